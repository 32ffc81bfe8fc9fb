using System.Numerics;
using GovernanceRewards.Rewards.Policy;

namespace GovernanceRewards.Rewards.Allocation;

/// <summary>What one account did inside an epoch's window: units per contribution kind, votes cast, and its stake.</summary>
public sealed record ContributorActivity(string Account, IReadOnlyDictionary<string, BigInteger> Units, int Votes, BigInteger Stake);

/// <summary>One account's share: the weighted units it was credited and the tokens they earned.</summary>
public sealed record Allocation(string Account, BigInteger WeightedUnits, BigInteger Amount);

/// <summary>An epoch split: every share, and what no one could take (only when every earner is at the cap).</summary>
public sealed record AllocationResult(IReadOnlyList<Allocation> Allocations, BigInteger Unallocated);

/// <summary>
/// Splits a budget among contributors in integers only. Weighted units are the policy's weight per kind times the
/// units (data, storage and compute count only for accounts holding the minimum bond), plus units per vote; excluded
/// accounts weigh nothing. Shares are the largest-remainder apportionment of the budget (floors first, then one
/// unit each to the largest remainders, ties to the lower address), so they sum to the budget exactly; an account
/// above the cap is held at the cap and the rest is split again among the others. Same inputs, same result.
/// </summary>
public static class EpochAllocation
{
    private static readonly HashSet<string> BondedKinds = ["data", "storage", "compute"];

    public static AllocationResult Allocate(RewardPolicy policy, BigInteger budget, IEnumerable<ContributorActivity> activity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(budget);
        var excluded = policy.Exclusions.Select(a => a.ToLowerInvariant()).ToHashSet();
        var weights = activity
            .GroupBy(a => a.Account.ToLowerInvariant())
            .Select(g => (Account: g.Key, Weight: excluded.Contains(g.Key) ? BigInteger.Zero : g.Aggregate(BigInteger.Zero, (sum, a) => sum + Weigh(policy, a))))
            .OrderBy(w => w.Account, StringComparer.Ordinal)
            .ToList();
        var amounts = weights.ToDictionary(w => w.Account, _ => BigInteger.Zero);
        var cap = budget * policy.CapBasisPoints / 10_000;
        var open = weights.Where(w => w.Weight > 0).ToList();
        var remaining = budget;
        while (open.Count > 0 && remaining > 0)
        {
            var shares = LargestRemainder(remaining, open);
            var capped = open.Where(w => shares[w.Account] > cap).ToList();
            if (capped.Count == 0)
            {
                foreach (var (account, share) in shares) amounts[account] = share;
                remaining = 0;
                break;
            }
            foreach (var (account, _) in capped)
            {
                amounts[account] = cap;
                remaining -= cap;
            }
            open = [.. open.Except(capped)];
        }
        return new AllocationResult([.. weights.Select(w => new Allocation(w.Account, w.Weight, amounts[w.Account]))], remaining);
    }

    /// <summary>Floors of budget·w/W, then one more unit to the largest remainders (ties: lower address first).</summary>
    public static Dictionary<string, BigInteger> LargestRemainder(BigInteger budget, IReadOnlyList<(string Account, BigInteger Weight)> weights)
    {
        var total = weights.Aggregate(BigInteger.Zero, (sum, w) => sum + w.Weight);
        var shares = new Dictionary<string, BigInteger>(weights.Count);
        var remainders = new List<(string Account, BigInteger Remainder)>(weights.Count);
        var given = BigInteger.Zero;
        foreach (var (account, weight) in weights)
        {
            var share = BigInteger.DivRem(budget * weight, total, out var remainder);
            shares[account] = share;
            remainders.Add((account, remainder));
            given += share;
        }
        var left = (int)(budget - given);
        foreach (var (account, _) in remainders
                     .OrderByDescending(r => r.Remainder)
                     .ThenBy(r => r.Account, StringComparer.Ordinal)
                     .Take(left))
        {
            shares[account] += 1;
        }
        return shares;
    }

    private static BigInteger Weigh(RewardPolicy policy, ContributorActivity activity)
    {
        var bonded = activity.Stake >= policy.MinimumBond;
        var weight = policy.UnitsPerVote * activity.Votes;
        foreach (var (kind, units) in activity.Units)
        {
            if (BondedKinds.Contains(kind) && !bonded) continue;
            weight += policy.Weights.GetValueOrDefault(kind) * units;
        }
        return weight;
    }
}
