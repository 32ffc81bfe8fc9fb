using System.Globalization;
using System.Text.Json;

namespace GovernanceRewards.Indexer.Rpc;

/// <summary>The part of a block header the indexer keeps.</summary>
public sealed record BlockHeader(ulong Number, byte[] Hash, byte[] ParentHash, ulong Timestamp)
{
    public static BlockHeader From(JsonElement block) => new(
        Hex.ToUInt64(block.GetProperty("number").GetString()!),
        Hex.ToBytes(block.GetProperty("hash").GetString()!),
        Hex.ToBytes(block.GetProperty("parentHash").GetString()!),
        Hex.ToUInt64(block.GetProperty("timestamp").GetString()!));
}

/// <summary>
/// One log as <c>eth_getLogs</c> returns it (read by <see cref="ChainLogConverter"/>). <see cref="BlockTimestamp"/> is
/// null where the node omits it.
/// </summary>
public sealed record ChainLog(
    ulong BlockNumber, byte[] BlockHash, ulong? BlockTimestamp, int LogIndex, byte[] TransactionHash, int TransactionIndex,
    byte[] Address, byte[][] Topics, byte[] Data);

internal static class Hex
{
    public static string From(ulong value) => "0x" + value.ToString("x", CultureInfo.InvariantCulture);

    public static string From(byte[] bytes) => "0x" + Convert.ToHexStringLower(bytes);

    public static ulong ToUInt64(string hex) => ulong.Parse(hex.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    public static byte[] ToBytes(string hex) => Convert.FromHexString(hex.AsSpan(2));
}
