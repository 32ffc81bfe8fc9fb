using System.Numerics;
using System.Runtime.CompilerServices;
using GovernanceRewards.Rewards.Policy;

namespace GovernanceRewards.Rewards.Allocation;

/// <summary>
/// What one account did inside an epoch's window: units per contribution kind, the voting weight it cast that counts as
/// participation (<see cref="Participation"/>), and its bond: the lowest stake it held throughout the window.
/// </summary>
public sealed record ContributorActivity(string Account, IReadOnlyDictionary<string, BigInteger> Units, BigInteger VotingWeight, BigInteger Bond);

/// <summary>One account's share: the weighted contribution units it was credited and the tokens it earned in all.</summary>
public sealed record Share(string Account, BigInteger WeightedUnits, BigInteger Amount);

/// <summary>An epoch split: every share, and what no one could take (a side nobody earned in, the cap's excess, rounding).</summary>
public sealed record EpochSplit(IReadOnlyList<Share> Shares, BigInteger Unallocated);

/// <summary>
/// Splits a budget in integers only. The policy reserves a share of the budget for governance participation;
/// contributions share the rest (a side nobody earned in leaves its part unallocated, so withholding contributions
/// or votes never moves the other side's part to oneself). Contribution units
/// weigh the policy's weight per kind (data, storage and compute only for accounts whose bond reaches the minimum) and
/// share by largest remainder (floors first, then one unit each to the largest remainders, ties to the lower
/// address), an account above the cap held at the cap and the rest split again among the others. Participation is
/// shared in proportion to credited voting weight, rounded down, and never capped: both rules are linear, so splitting
/// voting power over more addresses never earns more together, where a per-address cap or rounding up would reward
/// exactly that. Excluded accounts earn nothing. What the cap and participation's rounding (under a wei per voter)
/// leave stays unallocated, so shares plus it sum to the budget exactly. Same inputs, same result.
/// </summary>
public static class EpochAllocation
{
    public static EpochSplit Allocate(RewardPolicy policy, BigInteger budget, IEnumerable<ContributorActivity> activity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(budget);
        var excluded = policy.Exclusions.Select(a => a.ToLowerInvariant()).ToHashSet();
        var byAccount = new Dictionary<string, (BigInteger Contribution, BigInteger VotingWeight)>();
        foreach (var item in activity)
        {
            var account = item.Account.ToLowerInvariant();
            var (contribution, weight) = byAccount.GetValueOrDefault(account);
            byAccount[account] = (contribution + Weigh(policy, item), weight + BigInteger.Max(item.VotingWeight, 0));
        }
        var accounts = new string[byAccount.Count];
        var contributions = new BigInteger[byAccount.Count];
        var weights = new BigInteger[byAccount.Count];
        var next = 0;
        foreach (var (account, (contribution, weight)) in byAccount.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            accounts[next] = account;
            contributions[next] = excluded.Contains(account) ? BigInteger.Zero : contribution;
            weights[next++] = excluded.Contains(account) ? BigInteger.Zero : weight;
        }

        var totalWeight = weights.Aggregate(BigInteger.Zero, (sum, w) => sum + w);
        var participationBudget = budget * policy.ParticipationBasisPoints / 10_000;
        var amounts = new BigInteger[accounts.Length];
        var unallocated = ShareContributions(budget - participationBudget, budget * policy.CapBasisPoints / 10_000, contributions, amounts);
        var participationLeft = participationBudget;
        for (var i = 0; i < accounts.Length && !totalWeight.IsZero; i++)
        {
            if (weights[i].IsZero) continue;
            var share = participationBudget * weights[i] / totalWeight;
            amounts[i] += share;
            participationLeft -= share;
        }
        unallocated += participationLeft;

        var shares = new Share[accounts.Length];
        for (var i = 0; i < accounts.Length; i++) shares[i] = new Share(accounts[i], contributions[i], amounts[i]);
        return new EpochSplit(shares, unallocated);
    }

    /// <summary>Adds each contribution's capped largest-remainder share to <paramref name="amounts"/>; returns what the cap left.</summary>
    private static BigInteger ShareContributions(BigInteger remaining, BigInteger cap, BigInteger[] weights, BigInteger[] amounts)
    {
        var open = Enumerable.Range(0, weights.Length).Where(i => weights[i] > 0).ToList();
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
                return 0;
            }
            open = stillOpen;
        }
        return remaining;
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
        var bonded = activity.Bond >= policy.MinimumBond;
        var weight = BigInteger.Zero;
        foreach (var (kind, units) in activity.Units)
        {
            if (RewardPolicy.BondedKinds.Contains(kind) && !bonded) continue;
            weight += policy.Weights.GetValueOrDefault(kind) * units;
        }
        return weight;
    }
}
