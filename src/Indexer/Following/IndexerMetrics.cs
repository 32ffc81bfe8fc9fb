using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace GovernanceRewards.Indexer.Following;

/// <summary>
/// The indexer's instruments: blocks and events indexed (rates come from the counters), reorgs, the lag behind the
/// head as last seen by each chain's follower (read at collection time, so a scrape costs no RPC call), and where a
/// step's time goes (<see cref="StepStage"/>), which says whether the node or the database holds a backfill back.
/// </summary>
public sealed class IndexerMetrics
{
    public const string MeterName = "GovernanceRewards.Indexer";

    public const string StepDurationName = "govrewards.indexer.step.duration";

    private readonly Counter<long> _blocks;
    private readonly Counter<long> _events;
    private readonly Counter<long> _reorgs;
    private readonly Counter<long> _delivered;
    private readonly Histogram<double> _stages;
    private readonly ConcurrentDictionary<long, long> _lag = new();
    private readonly ConcurrentDictionary<long, long> _deliveredThrough = new();

    public IndexerMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _blocks = meter.CreateCounter<long>("govrewards.indexer.blocks", "{block}", "Blocks indexed");
        _events = meter.CreateCounter<long>("govrewards.indexer.events", "{event}", "Contract events (logs) indexed");
        _reorgs = meter.CreateCounter<long>("govrewards.indexer.reorgs", "{reorg}", "Reorgs rolled back");
        _delivered = meter.CreateCounter<long>("govrewards.indexer.delivered", "{event}", "Events delivered to their handlers, by event");
        _stages = meter.CreateHistogram<double>(StepDurationName, "s",
            "Time an indexing step spent per stage: waiting for its range (read), checking it is still canonical (check), committing it (commit), delivering its notifications (deliver)");
        meter.CreateObservableGauge("govrewards.indexer.lag", () => _lag.Select(l => new Measurement<long>(l.Value, Chain(l.Key))),
            "{block}", "Blocks between the head and the last block indexed");
        meter.CreateObservableGauge("govrewards.indexer.delivered_through", () => _deliveredThrough.Select(d => new Measurement<long>(d.Value, Chain(d.Key))),
            "{delivery}", "The last outbox row delivered to every handler (compare with the outbox's newest id for a backlog)");
    }

    public void Indexed(long chainId, ulong blocks, int events, ulong lag)
    {
        _blocks.Add((long)blocks, Chain(chainId));
        _events.Add(events, Chain(chainId));
        _lag[chainId] = (long)lag;
    }

    public void RolledBack(long chainId) => _reorgs.Add(1, Chain(chainId));

    public void Delivered(long chainId, string eventName) => _delivered.Add(1, Chain(chainId), new("event", eventName));

    public void DeliveredThrough(long chainId, long deliveryId) => _deliveredThrough[chainId] = deliveryId;

    public void Stage(long chainId, StepStage stage, TimeSpan elapsed) =>
        _stages.Record(elapsed.TotalSeconds, Chain(chainId), new("stage", StageName(stage)));

    /// <summary>The value of the <c>stage</c> tag for <paramref name="stage"/>.</summary>
    public static string StageName(StepStage stage) => stage switch
    {
        StepStage.Read => "read",
        StepStage.Check => "check",
        StepStage.Commit => "commit",
        StepStage.Deliver => "deliver",
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    private static KeyValuePair<string, object?> Chain(long chainId) => new("chain_id", chainId);
}

/// <summary>The stages of an indexing step, in order; reading overlaps the steps before when ranges are read ahead.</summary>
public enum StepStage
{
    /// <summary>Waiting for the range to be read and decoded (only what was not done ahead, while earlier steps ran).</summary>
    Read,

    /// <summary>Checking that the cursor's block and the range's last block are still canonical.</summary>
    Check,

    /// <summary>The transaction that stores the range and moves the cursor.</summary>
    Commit,

    /// <summary>Delivering the step's notifications (and any left pending).</summary>
    Deliver,
}
