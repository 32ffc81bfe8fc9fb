using System.Numerics;
using GovernanceRewards.Rewards.Allocation;

namespace GovernanceRewards.Rewards.Merkle;

/// <summary>A cumulative leaf: everything <paramref name="Account"/> has earned up to the settled epoch.</summary>
public sealed record RewardLeaf(string Account, BigInteger CumulativeTotal)
{
    /// <summary>
    /// Adds an epoch's positive shares to <paramref name="cumulative"/> and returns its leaves in address order: the one
    /// rule by which the settler builds a tree and the guardian rebuilds it, so the two cannot drift apart.
    /// </summary>
    public static List<RewardLeaf> Accumulate(Dictionary<string, BigInteger> cumulative, IEnumerable<Share> shares)
    {
        foreach (var share in shares.Where(a => a.Amount > 0))
        {
            cumulative[share.Account] = cumulative.GetValueOrDefault(share.Account) + share.Amount;
        }
        return [.. cumulative.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new RewardLeaf(c.Key, c.Value))];
    }
}
