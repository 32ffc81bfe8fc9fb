using System.Numerics;

namespace GovernanceRewards.Rewards.Epochs;

/// <summary>Where an epoch is in the pipeline.</summary>
public enum EpochStatus
{
    Funded, Computed, Posted, Paid, Vetoed,
}

/// <summary>One funded epoch as the pipeline tracks it.</summary>
public sealed record RewardEpoch(
    long ChainId, ulong Epoch, BigInteger Budget, ulong WindowStart, ulong WindowEnd, byte[] PolicyHash, EpochStatus Status,
    byte[]? Root, BigInteger? CumulativeTotal, BigInteger? Allocated, BigInteger? Unallocated, int? LeafCount, int Computations, string? Reason)
{
    /// <summary>Ledger operations are keyed by computation, so a root re-posted after a veto is a new transaction.</summary>
    public string Operation(string step) => $"rewards/{step}/{Epoch}/{Computations}";
}
