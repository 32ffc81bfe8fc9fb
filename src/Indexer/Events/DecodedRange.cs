using GovernanceRewards.Indexer.Rpc;

namespace GovernanceRewards.Indexer.Events;

/// <summary>
/// A range's logs sorted into what the store writes: each log of an event the backend acts on, decoded into its
/// notification (numbered when stored), in chain order; and the raw logs the backend does not decode (events it does
/// not act on, and logs that do not match their event's ABI, reported), kept so nothing on chain is lost. Built while
/// the range is read, so storing it is only writing.
/// </summary>
public sealed class DecodedRange
{
    private DecodedRange(
        IReadOnlyList<ChainLog> logs, List<(ChainLog Log, ChainEventType Type, ChainEvent Event)> events, List<ChainLog> raw, List<(ChainLog Log, string Reason)> undecodable,
        Dictionary<ulong, ulong> blockTimestamps)
    {
        BlockTimestamps = blockTimestamps;
        Logs = logs;
        Events = events;
        Raw = raw;
        Undecodable = undecodable;
    }

    public IReadOnlyList<ChainLog> Logs { get; }

    /// <summary>Decoded events in chain order, each with its log and type (stored once, in the outbox).</summary>
    public IReadOnlyList<(ChainLog Log, ChainEventType Type, ChainEvent Event)> Events { get; }

    /// <summary>Logs kept raw: no notification for their event, or undecodable.</summary>
    public IReadOnlyList<ChainLog> Raw { get; }

    public IReadOnlyList<(ChainLog Log, string Reason)> Undecodable { get; }

    /// <summary>The time of every block with a decoded event, by number.</summary>
    public IReadOnlyDictionary<ulong, ulong> BlockTimestamps { get; }

    /// <summary>
    /// Sorts and decodes <paramref name="logs"/>; each decoded event's block time comes from its log or, where the node
    /// leaves it out, from <paramref name="blockTimestamps"/> (by block number).
    /// </summary>
    public static DecodedRange Of(IReadOnlyList<ChainLog> logs, long chainId, IReadOnlyDictionary<ulong, ulong>? blockTimestamps = null)
    {
        var catalog = ChainEventCatalog.Current;
        var events = new List<(ChainLog Log, ChainEventType Type, ChainEvent Event)>();
        var raw = new List<ChainLog>();
        var undecodable = new List<(ChainLog Log, string Reason)>();
        var times = new Dictionary<ulong, ulong>();
        foreach (var log in logs.OrderBy(l => l.BlockNumber).ThenBy(l => l.LogIndex))
        {
            if (catalog.TypeOf(log) is not { } type)
            {
                raw.Add(log);
                continue;
            }
            var timestamp = log.BlockTimestamp ?? (blockTimestamps?.TryGetValue(log.BlockNumber, out var t) == true ? t
                : throw new InvalidOperationException($"no timestamp for block {log.BlockNumber}: the reader fetches the header when the node leaves it out of the log"));
            times[log.BlockNumber] = timestamp;
            try
            {
                events.Add((log, type, type.Decode(log, Location(log, chainId, timestamp))));
            }
            catch (Exception e) when (e is FormatException or ArgumentException or InvalidCastException or IndexOutOfRangeException or OverflowException)
            {
                raw.Add(log);
                undecodable.Add((log, $"{type.Name}: {e.Message}"));
            }
        }
        return new DecodedRange(logs, events, raw, undecodable, times);
    }

    /// <summary>Where <paramref name="log"/> sits, not yet numbered for delivery.</summary>
    public static EventLocation Location(ChainLog log, long chainId, ulong timestamp, long deliveryId = 0) =>
        new(deliveryId, chainId, log.BlockNumber, Hex.From(log.BlockHash), log.LogIndex, Hex.From(log.TransactionHash), timestamp);
}
