using System.Numerics;

namespace GovernanceRewards.Rewards.Allocation;

/// <summary>A change of an account's stake (staked, asked to withdraw, slashed), at its block's timestamp.</summary>
public sealed record StakeChange(string Account, ulong Timestamp, BigInteger Delta);

/// <summary>
/// The bond of an epoch: the lowest stake an account held at any moment of the window, from the stake it had when the
/// window opened through every change inside it. Stake added late, or withdrawn for part of the window, does not
/// bond the window; a withdrawal request counts from the request, since tokens in cooldown are leaving.
/// </summary>
public static class Bond
{
    /// <summary>Lowest stake per account (lower-case) through [windowStart, end of <paramref name="changes"/>], from changes in chain order.</summary>
    public static Dictionary<string, BigInteger> Lowest(IEnumerable<StakeChange> changes, ulong windowStart)
    {
        var balance = new Dictionary<string, BigInteger>();
        var lowest = new Dictionary<string, BigInteger>();
        foreach (var change in changes)
        {
            var account = change.Account.ToLowerInvariant();
            var before = balance.GetValueOrDefault(account);
            var after = before + change.Delta;
            balance[account] = after;
            if (change.Timestamp < windowStart) continue;
            lowest[account] = BigInteger.Min(lowest.TryGetValue(account, out var low) ? low : before, after);
        }
        foreach (var (account, held) in balance) lowest.TryAdd(account, held);
        return lowest;
    }
}
