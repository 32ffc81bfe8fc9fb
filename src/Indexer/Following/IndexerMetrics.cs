using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace GovernanceRewards.Indexer.Following;

/// <summary>
/// The indexer's instruments: blocks and events indexed (rates come from the counters), reorgs, and the lag behind
/// the head as last seen by each chain's follower (read at collection time, so a scrape costs no RPC call).
/// </summary>
public sealed class IndexerMetrics
{
    public const string MeterName = "GovernanceRewards.Indexer";

    private readonly Counter<long> _blocks;
    private readonly Counter<long> _events;
    private readonly Counter<long> _reorgs;
    private readonly ConcurrentDictionary<long, long> _lag = new();

    public IndexerMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _blocks = meter.CreateCounter<long>("govrewards.indexer.blocks", "{block}", "Blocks indexed");
        _events = meter.CreateCounter<long>("govrewards.indexer.events", "{event}", "Contract events (logs) indexed");
        _reorgs = meter.CreateCounter<long>("govrewards.indexer.reorgs", "{reorg}", "Reorgs rolled back");
        meter.CreateObservableGauge("govrewards.indexer.lag", () => _lag.Select(l => new Measurement<long>(l.Value, Chain(l.Key))),
            "{block}", "Blocks between the head and the last block indexed");
    }

    public void Indexed(long chainId, ulong blocks, int events, ulong lag)
    {
        _blocks.Add((long)blocks, Chain(chainId));
        _events.Add(events, Chain(chainId));
        _lag[chainId] = (long)lag;
    }

    public void RolledBack(long chainId) => _reorgs.Add(1, Chain(chainId));

    private static KeyValuePair<string, object?> Chain(long chainId) => new("chain_id", chainId);
}
