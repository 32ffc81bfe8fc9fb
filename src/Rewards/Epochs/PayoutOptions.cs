namespace GovernanceRewards.Rewards.Epochs;

/// <summary>How payouts are cut.</summary>
public sealed record PayoutOptions
{
    public static readonly PayoutOptions Default = new();

    /// <summary>
    /// Leaves per <c>claimMany</c>: about 56,000 gas each, so 100 stay far below a block's gas limit.
    /// </summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>
    /// Most gas one <c>claimMany</c> may need: a batch estimated above it is split in halves (down to single leaves),
    /// so payouts also fit chains whose blocks are smaller than <see cref="BatchSize"/> assumes.
    /// </summary>
    public ulong MaxBatchGas { get; init; } = 10_000_000;

    /// <summary>
    /// Longest wait before checking again whether a window or a dispute window is over: chain time can run ahead of
    /// the wall clock (a testnet catching up, a local chain told to skip ahead), so waits are capped and re-checked.
    /// </summary>
    public TimeSpan RecheckInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Whether the host pays every leaf itself once the root is usable (at the operator's gas); when false it only
    /// accepts the matured root and earners claim their own with the served proofs (at theirs).
    /// </summary>
    public bool Push { get; init; } = true;

    /// <summary>The delay before a job looks again for <paramref name="chainSeconds"/> of chain time to pass.</summary>
    public TimeSpan Wait(ulong chainSeconds) =>
        TimeSpan.FromSeconds(Math.Clamp(chainSeconds, 1, Math.Max(1, RecheckInterval.TotalSeconds)));
}
