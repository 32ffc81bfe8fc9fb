using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Nethereum.Hex.HexConvertors.Extensions;

namespace GovernanceRewards.Governance.Proposals;

/// <summary>Reads the decoded arguments the indexer publishes (snake_case names, numbers as decimal strings, bytes as hex).</summary>
internal static class EventArguments
{
    public static BigInteger Number(this JsonElement arguments, string name) => Number(arguments.GetProperty(name));

    public static long Int64(this JsonElement arguments, string name) => (long)arguments.Number(name);

    public static byte[] Bytes(this JsonElement arguments, string name) => arguments.GetProperty(name).GetString()!.HexToByteArray();

    public static string Text(this JsonElement arguments, string name) => arguments.GetProperty(name).GetString() ?? "";

    public static byte[][] BytesArray(this JsonElement arguments, string name) =>
        [.. arguments.GetProperty(name).EnumerateArray().Select(e => e.GetString()!.HexToByteArray())];

    public static BigInteger[] NumberArray(this JsonElement arguments, string name) =>
        [.. arguments.GetProperty(name).EnumerateArray().Select(Number)];

    private static BigInteger Number(JsonElement value) => value.ValueKind == JsonValueKind.Number
        ? new BigInteger(value.GetDecimal())
        : BigInteger.Parse(value.GetString()!, CultureInfo.InvariantCulture);
}
