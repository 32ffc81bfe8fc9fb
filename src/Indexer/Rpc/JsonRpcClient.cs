using System.Net.Http.Json;
using System.Text.Json;

namespace GovernanceRewards.Indexer.Rpc;

/// <summary>A JSON-RPC error as the node sent it: code, message and data (where providers put range hints).</summary>
public sealed class RpcException(int code, string message, string? data) : Exception($"RPC error {code}: {message}")
{
    public int Code { get; } = code;
    public string RpcMessage { get; } = message;
    public string? ErrorData { get; } = data;
}

/// <summary>
/// A lean JSON-RPC client over HTTP. Logs are read as raw JSON rather than through Nethereum's DTOs: it is the hot
/// path of the backfill, and it keeps fields such as <c>blockTimestamp</c> that the DTOs drop.
/// </summary>
public sealed class JsonRpcClient(HttpClient http, Uri url)
{
    public async Task<JsonElement> CallAsync(string method, object[] parameters, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(url, Request(method, parameters), cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        if (document.RootElement.TryGetProperty("error", out var error))
        {
            throw new RpcException(
                error.TryGetProperty("code", out var code) ? code.GetInt32() : 0,
                error.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "",
                error.TryGetProperty("data", out var data) ? data.GetRawText() : null);
        }
        return document.RootElement.GetProperty("result").Clone();
    }

    public async Task<ulong> BlockNumberAsync(CancellationToken cancellationToken) =>
        Hex.ToUInt64((await CallAsync("eth_blockNumber", [], cancellationToken)).GetString()!);

    public async Task<ulong> ChainIdAsync(CancellationToken cancellationToken) =>
        Hex.ToUInt64((await CallAsync("eth_chainId", [], cancellationToken)).GetString()!);

    /// <summary>The number of the block the node names by <paramref name="tag"/> ("finalized", "safe"), or null if none yet.</summary>
    public async Task<ulong?> TaggedBlockNumberAsync(string tag, CancellationToken cancellationToken)
    {
        var block = await CallAsync("eth_getBlockByNumber", [tag, false], cancellationToken);
        return block.ValueKind == JsonValueKind.Null ? null : Hex.ToUInt64(block.GetProperty("number").GetString()!);
    }

    /// <summary>The header of block <paramref name="number"/>, or null when the chain is not that long (any more).</summary>
    public async Task<BlockHeader?> BlockAsync(ulong number, CancellationToken cancellationToken)
    {
        var block = await CallAsync("eth_getBlockByNumber", [Hex.From(number), false], cancellationToken);
        return block.ValueKind == JsonValueKind.Null ? null : BlockHeader.From(block);
    }

    /// <summary>
    /// The logs of <paramref name="addresses"/> from <paramref name="fromBlock"/> to <paramref name="toBlock"/>, read as the
    /// answer streams in (<see cref="LogsAnswer"/>). The answer has as long as the client's timeout to arrive whole; one
    /// that takes longer fails with a <see cref="TimeoutException"/>, which the range takes as "ask for fewer blocks".
    /// </summary>
    public async Task<IReadOnlyList<ChainLog>> LogsAsync(
        IReadOnlyList<string> addresses, ulong fromBlock, ulong toBlock, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(http.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = JsonContent.Create(Request("eth_getLogs", [new { address = addresses, fromBlock = Hex.From(fromBlock), toBlock = Hex.From(toBlock) }])),
            };
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            response.EnsureSuccessStatusCode();
            await using var stream = await response.Content.ReadAsStreamAsync(deadline.Token);
            var answer = await JsonSerializer.DeserializeAsync(stream, RpcJson.Default.LogsAnswer, deadline.Token)
                ?? throw new JsonException("eth_getLogs answered null.");
            if (answer.Error is { } error) throw new RpcException(error.Code, error.Message ?? "", error.Data?.GetRawText());
            return answer.Result ?? throw new JsonException("eth_getLogs answered neither a result nor an error.");
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"eth_getLogs of blocks {fromBlock} to {toBlock} took longer than {http.Timeout}.");
        }
    }

    private static object Request(string method, object[] parameters) => new { jsonrpc = "2.0", id = 1, method, @params = parameters };
}
