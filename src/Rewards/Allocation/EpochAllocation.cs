using System.Numerics;
using System.Runtime.CompilerServices;
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
        var byAccount = new Dictionary<string, BigInteger>();
        foreach (var item in activity)
        {
            var account = item.Account.ToLowerInvariant();
            byAccount[account] = byAccount.GetValueOrDefault(account) + Weigh(policy, item);
        }
        var accounts = new string[byAccount.Count];
        var weights = new BigInteger[byAccount.Count];
        var next = 0;
        foreach (var (account, weight) in byAccount)
        {
            accounts[next] = account;
            weights[next++] = excluded.Contains(account) ? BigInteger.Zero : weight;
        }
        Array.Sort(accounts, weights, StringComparer.Ordinal);

        var amounts = new BigInteger[accounts.Length];
        var cap = budget * policy.CapBasisPoints / 10_000;
        var open = Enumerable.Range(0, accounts.Length).Where(i => weights[i] > 0).ToList();
        var remaining = budget;
        while (open.Count > 0 && remaining > 0)
        {
            var shares = LargestRemainder(remaining, [.. open.Select(i => weights[i])]);
            var stillOpen = new List<int>(open.Count);
            for (var k = 0; k < open.Count; k++)
            {
                if (shares[k] > cap)
                {
                    amounts[open[k]] = cap;
                    remaining -= cap;
                }
                else
                {
                    stillOpen.Add(open[k]);
                }
            }
            if (stillOpen.Count == open.Count)
            {
                for (var k = 0; k < open.Count; k++) amounts[open[k]] = shares[k];
                remaining = 0;
                break;
            }
            open = stillOpen;
        }
        var allocations = new Allocation[accounts.Length];
        for (var i = 0; i < accounts.Length; i++) allocations[i] = new Allocation(accounts[i], weights[i], amounts[i]);
        return new AllocationResult(allocations, remaining);
    }

    /// <summary>
    /// Floors of budget·w/W, then one more unit to the largest remainders; ties go to the earlier position, which is
    /// the lower address since callers pass weights in address order. When the products fit in 128 bits and the total
    /// weight in 64 (every realistic epoch), the arithmetic and the ordering run on machine integers; otherwise on
    /// <see cref="BigInteger"/>. Both give the same shares (a property test compares them).
    /// </summary>
    internal static BigInteger[] LargestRemainder(BigInteger budget, BigInteger[] weights)
    {
        var total = BigInteger.Zero;
        var largest = BigInteger.Zero;
        foreach (var weight in weights)
        {
            total += weight;
            if (weight > largest) largest = weight;
        }
        return total <= ulong.MaxValue && budget * largest <= UInt128.MaxValue
            ? LargestRemainderInMachineIntegers((UInt128)budget, weights, (ulong)total)
            : LargestRemainderInBigIntegers(budget, weights, total);
    }

    internal static BigInteger[] LargestRemainderInBigIntegers(BigInteger budget, BigInteger[] weights, BigInteger total)
    {
        var shares = new BigInteger[weights.Length];
        var remainders = new BigInteger[weights.Length];
        var given = BigInteger.Zero;
        for (var i = 0; i < weights.Length; i++)
        {
            shares[i] = BigInteger.DivRem(budget * weights[i], total, out remainders[i]);
            given += shares[i];
        }
        var left = (int)(budget - given);
        if (left == 0) return shares;
        var order = new int[weights.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => remainders[a] != remainders[b] ? remainders[b].CompareTo(remainders[a]) : a.CompareTo(b));
        for (var k = 0; k < left; k++) shares[order[k]] += 1;
        return shares;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static BigInteger[] LargestRemainderInMachineIntegers(UInt128 budget, BigInteger[] weights, ulong total)
    {
        var shares = new BigInteger[weights.Length];
        // Remainders complemented, so an ascending sort puts the largest first.
        var keys = new ulong[weights.Length];
        var order = new int[weights.Length];
        UInt128 given = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var (share, remainder) = UInt128.DivRem(budget * (ulong)weights[i], total);
            shares[i] = share;
            given += share;
            keys[i] = ~(ulong)remainder;
            order[i] = i;
        }
        var left = (int)(budget - given);
        if (left == 0) return shares;
        Array.Sort(keys, order);
        for (var start = 0; start < left;)
        {
            // The sort is not stable: equal remainders are put back in position order.
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            if (end - start > 1) Array.Sort(order, start, end - start);
            start = end;
        }
        for (var k = 0; k < left; k++) shares[order[k]] += 1;
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
