using GovernanceRewards.Indexer.Notifications;
using GovernanceRewards.Indexer.Rpc;

namespace GovernanceRewards.Indexer.Decoding;

/// <summary>
/// A range's logs with what the store writes besides them: each log of a known event decoded into its table's row,
/// the logs that do not match their event's ABI (kept raw, reported), and one announcement per decoded event in
/// chain order (numbered when stored). Built while the range is read, so storing it is only writing.
/// </summary>
public sealed class DecodedRange
{
    private DecodedRange(
        IReadOnlyList<ChainLog> logs, List<(ChainLog Log, DecodedEvent Event)> decoded, List<(ChainLog Log, string Reason)> undecodable,
        List<OutboxRow> announcements)
    {
        Logs = logs;
        Decoded = decoded;
        Undecodable = undecodable;
        Announcements = announcements;
    }

    public IReadOnlyList<ChainLog> Logs { get; }

    public IReadOnlyList<(ChainLog Log, DecodedEvent Event)> Decoded { get; }

    public IReadOnlyList<(ChainLog Log, string Reason)> Undecodable { get; }

    public IReadOnlyList<OutboxRow> Announcements { get; }

    public static DecodedRange Of(IReadOnlyList<ChainLog> logs)
    {
        var catalog = EventCatalog.Current;
        var decoded = new List<(ChainLog Log, DecodedEvent Event)>();
        var undecodable = new List<(ChainLog Log, string Reason)>();
        foreach (var log in logs)
        {
            if (catalog.TableOf(log) is not { } table) continue;
            try
            {
                decoded.Add((log, EventCatalog.Decode(table, log)));
            }
            catch (Exception e) when (e is FormatException or ArgumentException or InvalidCastException or IndexOutOfRangeException or OverflowException)
            {
                undecodable.Add((log, $"{table.Name}: {e.Message}"));
            }
        }
        var announcements = decoded.OrderBy(d => d.Log.BlockNumber).ThenBy(d => d.Log.LogIndex)
            .Select(d => new OutboxRow(0, d.Event.Table.Name, d.Log.BlockNumber, d.Log.BlockHash, d.Log.LogIndex, d.Event.Arguments(), d.Log.TransactionHash))
            .ToList();
        return new DecodedRange(logs, decoded, undecodable, announcements);
    }
}
