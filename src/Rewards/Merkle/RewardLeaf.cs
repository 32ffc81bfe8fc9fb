using System.Numerics;

namespace GovernanceRewards.Rewards.Merkle;

/// <summary>A cumulative leaf: everything <paramref name="Account"/> has earned up to the settled epoch.</summary>
public sealed record RewardLeaf(string Account, BigInteger CumulativeTotal);
