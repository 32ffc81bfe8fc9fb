using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovernanceRewards.Indexer.Rpc;

/// <summary>
/// An <c>eth_getLogs</c> answer as it is deserialized from the response stream: the serializer holds one log's bytes
/// at a time, so a range of thousands of logs is never in memory as text. Buffered whole and parsed into a document,
/// every answer took large arrays (the response buffer, the document's copy and its index) that the shared array pool
/// kept: the indexer held 118 MB of large-object heap through a backfill, and peaked at 287 to 345 MB against 184 to
/// 236 MB streamed (the benchmark's 200,000 events, measured with dotnet-counters and /proc).
/// </summary>
internal sealed class LogsAnswer
{
    [JsonPropertyName("result")]
    public List<ChainLog>? Result { get; init; }

    [JsonPropertyName("error")]
    public RpcError? Error { get; init; }
}

internal sealed class RpcError
{
    [JsonPropertyName("code")]
    public int Code { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("data")]
    public JsonElement? Data { get; init; }
}

[JsonSerializable(typeof(LogsAnswer))]
[JsonSourceGenerationOptions(Converters = [typeof(ChainLogConverter)])]
internal sealed partial class RpcJson : JsonSerializerContext;

/// <summary>Reads one log object straight from its UTF-8 bytes: hex fields become bytes and numbers without strings.</summary>
internal sealed class ChainLogConverter : JsonConverter<ChainLog>
{
    public override ChainLog Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException($"A log is {reader.TokenType}, not an object.");
        ulong? blockNumber = null, blockTimestamp = null, logIndex = null, transactionIndex = null;
        byte[]? blockHash = null, transactionHash = null, address = null, data = null;
        byte[][]? topics = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = FieldOf(ref reader);
            reader.Read();
            switch (field)
            {
                case Field.BlockNumber: blockNumber = Number(ref reader); break;
                case Field.BlockHash: blockHash = Bytes(ref reader); break;
                case Field.BlockTimestamp: blockTimestamp = reader.TokenType == JsonTokenType.Null ? null : Number(ref reader); break;
                case Field.LogIndex: logIndex = Number(ref reader); break;
                case Field.TransactionHash: transactionHash = Bytes(ref reader); break;
                case Field.TransactionIndex: transactionIndex = Number(ref reader); break;
                case Field.Address: address = Bytes(ref reader); break;
                case Field.Topics: topics = Topics(ref reader); break;
                case Field.Data: data = Bytes(ref reader); break;
                // The serializer hands a converter its whole value, but not as the final block, where Skip refuses.
                default: if (!reader.TrySkip()) throw new JsonException("A log ended inside a field."); break;
            }
        }
        return new ChainLog(
            blockNumber ?? throw Missing("blockNumber"), blockHash ?? throw Missing("blockHash"), blockTimestamp,
            checked((int)(logIndex ?? throw Missing("logIndex"))), transactionHash ?? throw Missing("transactionHash"),
            checked((int)(transactionIndex ?? throw Missing("transactionIndex"))), address ?? throw Missing("address"),
            topics ?? throw Missing("topics"), data ?? throw Missing("data"));
    }

    public override void Write(Utf8JsonWriter writer, ChainLog value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Logs are only read.");

    private enum Field { Other, BlockNumber, BlockHash, BlockTimestamp, LogIndex, TransactionHash, TransactionIndex, Address, Topics, Data }

    private static Field FieldOf(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("blockNumber"u8) ? Field.BlockNumber
        : reader.ValueTextEquals("blockHash"u8) ? Field.BlockHash
        : reader.ValueTextEquals("blockTimestamp"u8) ? Field.BlockTimestamp
        : reader.ValueTextEquals("logIndex"u8) ? Field.LogIndex
        : reader.ValueTextEquals("transactionHash"u8) ? Field.TransactionHash
        : reader.ValueTextEquals("transactionIndex"u8) ? Field.TransactionIndex
        : reader.ValueTextEquals("address"u8) ? Field.Address
        : reader.ValueTextEquals("topics"u8) ? Field.Topics
        : reader.ValueTextEquals("data"u8) ? Field.Data
        : Field.Other;

    private static byte[][] Topics(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException($"A log's topics are {reader.TokenType}, not an array.");
        var topics = new List<byte[]>(4);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) topics.Add(Bytes(ref reader));
        return [.. topics];
    }

    private static byte[] Bytes(ref Utf8JsonReader reader) => Convert.FromHexString(Digits(ref reader));

    private static ulong Number(ref Utf8JsonReader reader) =>
        ulong.Parse(Digits(ref reader), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    /// <summary>The digits of a 0x-prefixed hex string value (nodes never escape them; an escaped one is unescaped).</summary>
    private static ReadOnlySpan<byte> Digits(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonException($"Expected a hex string, found {reader.TokenType}.");
        ReadOnlySpan<byte> value = reader.HasValueSequence || reader.ValueIsEscaped
            ? System.Text.Encoding.UTF8.GetBytes(reader.GetString()!)
            : reader.ValueSpan;
        if (value is not [(byte)'0', (byte)'x', ..]) throw new JsonException("A hex string does not start with 0x.");
        return value[2..];
    }

    private static JsonException Missing(string field) => new($"A log has no {field}.");
}
