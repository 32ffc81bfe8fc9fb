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
    public Task<JsonElement> CallAsync(string method, object[] parameters, CancellationToken cancellationToken) =>
        CallAsync(method, parameters, result => result.Clone(), cancellationToken);

    /// <summary>
    /// Calls <paramref name="method"/> and turns its result into <typeparamref name="T"/> while the response is parsed,
    /// so a large answer (a range of logs) is not copied out of the parser's buffers first.
    /// </summary>
    public async Task<T> CallAsync<T>(string method, object[] parameters, Func<JsonElement, T> read, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(url, new { jsonrpc = "2.0", id = 1, method, @params = parameters }, cancellationToken);
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
        return read(document.RootElement.GetProperty("result"));
    }

    public async Task<ulong> BlockNumberAsync(CancellationToken cancellationToken) =>
        Hex.ToUInt64((await CallAsync("eth_blockNumber", [], cancellationToken)).GetString()!);

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

    public async Task<IReadOnlyList<ChainLog>> LogsAsync(
        IReadOnlyList<string> addresses, ulong fromBlock, ulong toBlock, CancellationToken cancellationToken)
    {
        return await CallAsync<IReadOnlyList<ChainLog>>("eth_getLogs",
            [new { address = addresses, fromBlock = Hex.From(fromBlock), toBlock = Hex.From(toBlock) }],
            logs => [.. logs.EnumerateArray().Select(ChainLog.From)], cancellationToken);
    }
}
