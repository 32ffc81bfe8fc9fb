namespace GovernanceRewards.Indexer.Following;

/// <summary>What to index and how carefully.</summary>
public sealed record IndexerOptions
{
    public required long ChainId { get; init; }

    /// <summary>Contract addresses whose logs are indexed (from the deployment manifest).</summary>
    public required IReadOnlyList<string> Addresses { get; init; }

    /// <summary>First block to read: the earliest deploy block of the suite.</summary>
    public required ulong StartBlock { get; init; }

    /// <summary>Blocks a log must be buried under before it is indexed; 0 on a local chain.</summary>
    public ulong Confirmations { get; init; }

    /// <summary>
    /// "finalized" or "safe" on chains whose nodes report them: nothing past the block the node names so is indexed
    /// (on top of <see cref="Confirmations"/>). A node that does not know the tag falls back to the confirmations alone.
    /// </summary>
    public string? FinalityTag { get; init; }

    public ulong InitialRange { get; init; } = DefaultInitialRange;

    public ulong MaximumRange { get; init; } = DefaultMaximumRange;

    /// <summary>The defaults the CLI shows and uses too, so its options and these never drift apart.</summary>
    public const ulong DefaultInitialRange = 10, DefaultMaximumRange = 10_000;

    /// <summary>Below this many logs an answer counts as sparse and the next range doubles.</summary>
    public int SparseResults { get; init; } = 2_000;

    /// <summary>
    /// Ranges read ahead of the one being stored (requests in flight, or answers waiting): fetching overlaps storing,
    /// and memory stays bounded by this many ranges. 0 reads each range only when it is its turn.
    /// </summary>
    public int ReadAhead { get; init; } = DefaultReadAhead;

    /// <summary>
    /// One: on the local node nothing, one and three ahead measure the same (bench/indexer-bench reports all three),
    /// because the commit is the critical path and fetching is cheap next to it; one overlaps them at the least memory.
    /// Against a remote provider's latency, more pays.
    /// </summary>
    public const int DefaultReadAhead = 1;

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>With a head subscription, the longest wait for a notification before looking at the head anyway.</summary>
    public TimeSpan SubscribedPollInterval { get; init; } = TimeSpan.FromSeconds(2);
}
