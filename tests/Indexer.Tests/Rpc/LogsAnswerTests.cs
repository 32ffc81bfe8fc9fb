using System.Net;
using System.Text;
using System.Text.Json;
using GovernanceRewards.Indexer.Rpc;

namespace GovernanceRewards.Indexer.Tests.Rpc;

/// <summary>How the indexer reads an <c>eth_getLogs</c> answer as it streams in, without a node: the scripted answers are
/// what providers send.</summary>
public sealed class LogsAnswerTests
{
    private static readonly string BlockHash = "0x" + new string('b', 64);
    private static readonly string TransactionHash = "0x" + new string('c', 64);
    private static readonly string Topic = "0x" + new string('1', 64);
    private const string Address = "0x5fbdb2315678afecb367f032d93f642f64180aa3";

    [Fact]
    public async Task Logs_are_read_whatever_the_order_of_their_fields_and_fields_the_indexer_does_not_keep_are_skipped()
    {
        var anvil = $$"""{"address":"{{Address}}","topics":["{{Topic}}"],"data":"0x00ff","blockHash":"{{BlockHash}}","blockNumber":"0x1b","blockTimestamp":"0x6553f100","transactionHash":"{{TransactionHash}}","transactionIndex":"0x2","logIndex":"0xa","removed":false}""";
        var other = $$"""{"removed":false,"extra":{"nested":[1,{"x":"0x1"}]},"logIndex":"0x\u0030b","transactionIndex":"0x0","transactionHash":"{{TransactionHash}}","blockTimestamp":null,"blockNumber":"0x1c","blockHash":"{{BlockHash}}","data":"0x","topics":[],"address":"{{Address}}"}""";

        // Hundreds of logs, so the answer is read in several pieces, as a range's answer is.
        var logs = await LogsAsync(Answer($$"""{"jsonrpc":"2.0","id":1,"result":[{{anvil}},{{string.Join(',', Enumerable.Repeat(other, 300))}}]}"""));

        Assert.Equal(301, logs.Count);
        var first = logs[0];
        Assert.Equal((27UL, 0x6553f100UL, 10, 2), (first.BlockNumber, first.BlockTimestamp!.Value, first.LogIndex, first.TransactionIndex));
        Assert.Equal(Convert.FromHexString(BlockHash[2..]), first.BlockHash);
        Assert.Equal(Convert.FromHexString(TransactionHash[2..]), first.TransactionHash);
        Assert.Equal(Convert.FromHexString(Address[2..]), first.Address);
        Assert.Equal([Convert.FromHexString(Topic[2..])], first.Topics);
        Assert.Equal(new byte[] { 0x00, 0xff }, first.Data);
        var second = logs[^1];
        Assert.Equal((28UL, (ulong?)null, 11, 0), (second.BlockNumber, second.BlockTimestamp, second.LogIndex, second.TransactionIndex));
        Assert.Empty(second.Topics);
        Assert.Empty(second.Data);
    }

    [Fact]
    public async Task A_provider_refusing_a_range_surfaces_its_code_and_hint_and_the_range_follows_the_hint()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => LogsAsync(Answer(
            """{"jsonrpc":"2.0","id":1,"error":{"code":-32005,"message":"query returned more than 10000 results","data":{"from":"0x64","to":"0xc7"}}}""")));

        Assert.Equal(-32005, error.Code);
        var range = new AdaptiveRange(initial: 1_000, maximum: 10_000, sparseResults: 2_000);
        Assert.True(range.Refused(error, fromBlock: 100));
        Assert.Equal(100UL, range.Blocks);
    }

    [Fact]
    public async Task An_answer_that_stops_arriving_fails_as_a_timeout_so_the_range_shrinks_instead_of_the_indexer_hanging()
    {
        var partial = $$"""{"jsonrpc":"2.0","id":1,"result":[{"address":"{{Address}}","topics":[],"data":"0x","blockHash":"{{BlockHash}}",""";
        var provider = new ScriptedProvider(_ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new StallingStream(Encoding.UTF8.GetBytes(partial))),
        }));
        var client = new JsonRpcClient(new HttpClient(provider) { Timeout = TimeSpan.FromMilliseconds(300) }, new Uri("http://provider.invalid/"));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => client.LogsAsync([Address], 1, 500, CancellationToken.None));

        Assert.Contains("blocks 1 to 500", error.Message, StringComparison.Ordinal);
        var range = new AdaptiveRange(initial: 500, maximum: 10_000, sparseResults: 2_000);
        Assert.True(range.Refused(error, fromBlock: 1));
        Assert.Equal(250UL, range.Blocks);
    }

    [Fact]
    public async Task A_log_without_a_field_the_indexer_stores_is_an_error_that_names_the_field()
    {
        var log = $$"""{"address":"{{Address}}","topics":[],"data":"0x","blockHash":"{{BlockHash}}","blockNumber":"0x1","transactionIndex":"0x0","logIndex":"0x0"}""";

        var error = await Assert.ThrowsAsync<JsonException>(() => LogsAsync(Answer($$"""{"jsonrpc":"2.0","id":1,"result":[{{log}}]}""")));

        Assert.Contains("transactionHash", error.Message, StringComparison.Ordinal);
    }

    private static Func<CancellationToken, Task<HttpResponseMessage>> Answer(string body) =>
        _ => ScriptedProvider.Answer(HttpStatusCode.OK, body);

    private static Task<IReadOnlyList<ChainLog>> LogsAsync(Func<CancellationToken, Task<HttpResponseMessage>> answer) =>
        new JsonRpcClient(new HttpClient(new ScriptedProvider(answer)), new Uri("http://provider.invalid/"))
            .LogsAsync([Address], 0, 100, CancellationToken.None);

    /// <summary>A response body that sends its first bytes and then nothing more, as a provider that stalls mid-answer.</summary>
    private sealed class StallingStream(byte[] first) : Stream
    {
        private int _sent;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _sent; set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_sent == first.Length) await Task.Delay(Timeout.Infinite, cancellationToken);
            var count = Math.Min(buffer.Length, first.Length - _sent);
            first.AsMemory(_sent, count).CopyTo(buffer);
            _sent += count;
            return count;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override void Flush() => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
