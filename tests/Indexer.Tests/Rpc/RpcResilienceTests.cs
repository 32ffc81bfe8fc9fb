using System.Net;
using GovernanceRewards.Indexer.Rpc;

namespace GovernanceRewards.Indexer.Tests.Rpc;

public sealed class RpcResilienceTests
{
    private static readonly RpcResilienceOptions Fast = new()
    {
        Retries = 3, FirstDelay = TimeSpan.FromMilliseconds(1), AttemptTimeout = TimeSpan.FromMilliseconds(500),
    };

    [Fact]
    public async Task A_rate_limit_and_a_gateway_error_are_retried_with_the_same_request_until_the_answer_comes()
    {
        var provider = new ScriptedProvider(
            _ => Answer(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.Zero),
            _ => Answer(HttpStatusCode.ServiceUnavailable),
            _ => Answer(HttpStatusCode.OK, """{"jsonrpc":"2.0","id":1,"result":"0x10"}"""));

        Assert.Equal(16UL, await Client(provider).BlockNumberAsync(CancellationToken.None));
        Assert.Equal(3, provider.Bodies.Count);
        Assert.Single(provider.Bodies.Distinct());
        Assert.Contains("eth_blockNumber", provider.Bodies[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hanging_attempt_is_cut_and_tried_again()
    {
        var provider = new ScriptedProvider(
            async token => { await Task.Delay(TimeSpan.FromSeconds(30), token); return await Answer(HttpStatusCode.OK, "{}"); },
            _ => Answer(HttpStatusCode.OK, """{"jsonrpc":"2.0","id":1,"result":"0x2a"}"""));

        Assert.Equal(42UL, await Client(provider).BlockNumberAsync(CancellationToken.None));
        Assert.Equal(2, provider.Bodies.Count);
    }

    [Fact]
    public async Task A_bad_request_is_not_retried_and_an_outage_fails_after_the_last_retry()
    {
        var refused = new ScriptedProvider(_ => Answer(HttpStatusCode.BadRequest));
        await Assert.ThrowsAsync<HttpRequestException>(() => Client(refused).BlockNumberAsync(CancellationToken.None));
        Assert.Single(refused.Bodies);

        var down = new ScriptedProvider(Enumerable.Repeat<Func<CancellationToken, Task<HttpResponseMessage>>>(_ => Answer(HttpStatusCode.BadGateway), 10).ToArray());
        await Assert.ThrowsAsync<HttpRequestException>(() => Client(down).BlockNumberAsync(CancellationToken.None));
        Assert.Equal(Fast.Retries + 1, down.Bodies.Count);
    }

    private static JsonRpcClient Client(ScriptedProvider provider) =>
        new(new HttpClient(new RpcResilienceHandler(Fast, provider)), new Uri("http://provider.invalid/"));

    private static Task<HttpResponseMessage> Answer(HttpStatusCode status, string body = "", TimeSpan? retryAfter = null) =>
        ScriptedProvider.Answer(status, body, retryAfter);
}
