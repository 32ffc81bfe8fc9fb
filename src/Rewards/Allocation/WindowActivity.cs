using System.Numerics;

namespace GovernanceRewards.Rewards.Allocation;

/// <summary>
/// Everything an epoch's window holds, as each account's <see cref="ContributorActivity"/>: the settler reads the
/// inputs from the indexer's tables and the guardian from raw chain logs, and both assemble them here, so the two
/// computations cannot drift apart.
/// </summary>
public static class WindowActivity
{
    /// <param name="units">contribution units per account and kind inside the window</param>
    /// <param name="votes">votes cast before the window's end (see <see cref="Participation"/>)</param>
    /// <param name="proposals">how those votes' proposals stood when the window ended</param>
    /// <param name="stakeChanges">every stake change before the window's end, in chain order (see <see cref="Bond"/>)</param>
    /// <param name="windowStart">the window's first second</param>
    public static List<ContributorActivity> Of(
        IReadOnlyDictionary<string, Dictionary<string, BigInteger>> units, IEnumerable<CastVote> votes,
        IReadOnlyDictionary<BigInteger, ProposalStanding> proposals, IEnumerable<StakeChange> stakeChanges, ulong windowStart)
    {
        var credit = Participation.Credit(votes, proposals);
        var bonds = Bond.Lowest(stakeChanges, windowStart);
        return
        [
            .. units.Keys.Union(credit.Keys).Order(StringComparer.Ordinal).Select(account => new ContributorActivity(
                account, units.GetValueOrDefault(account) ?? [], credit.GetValueOrDefault(account), bonds.GetValueOrDefault(account))),
        ];
    }
}
