using System.Numerics;

namespace GovernanceRewards.Rewards.Allocation;

/// <summary>A vote cast before an epoch's window ended; <paramref name="InWindow"/> when it was cast inside the window.</summary>
public sealed record CastVote(string Voter, BigInteger ProposalId, byte Support, BigInteger Weight, bool InWindow);

/// <summary>How a proposal stood when the window ended: its quorum (fixed at its snapshot) and whether it was canceled.</summary>
public sealed record ProposalStanding(BigInteger Quorum, bool Canceled);

/// <summary>
/// Governance participation credit, built so that throwaway accounts gain nothing. An account is credited the voting
/// weight it cast inside the window on proposals that, by the window's end, reached their quorum (for and abstain
/// weight at least the quorum, as the governor counts it) and were not canceled. Credit is linear in weight, so
/// splitting one holder's power over many addresses never raises what they earn together (voting power at a snapshot
/// is conserved across addresses); a vote of weight zero earns zero; a proposal that nobody else joined to quorum, or
/// that was canceled, credits nobody, so creating proposals never raises anyone's credit.
/// </summary>
public static class Participation
{
    private const byte Against = 0;

    /// <summary>Credited voting weight per voter (lower-case), for voters with any credit.</summary>
    public static Dictionary<string, BigInteger> Credit(IEnumerable<CastVote> votes, IReadOnlyDictionary<BigInteger, ProposalStanding> proposals)
    {
        // The governor takes one vote per voter and proposal; a repeated row (a replayed event) counts once.
        var unique = new Dictionary<(string Voter, BigInteger Proposal), CastVote>();
        foreach (var vote in votes) unique.TryAdd((vote.Voter.ToLowerInvariant(), vote.ProposalId), vote);
        var tallies = new Dictionary<BigInteger, BigInteger>();
        foreach (var vote in unique.Values.Where(v => v.Support != Against))
        {
            tallies[vote.ProposalId] = tallies.GetValueOrDefault(vote.ProposalId) + vote.Weight;
        }
        var credit = new Dictionary<string, BigInteger>();
        foreach (var ((voter, proposal), vote) in unique)
        {
            if (!vote.InWindow || vote.Weight <= 0 || !Counts(proposal, proposals, tallies)) continue;
            credit[voter] = credit.GetValueOrDefault(voter) + vote.Weight;
        }
        return credit;
    }

    private static bool Counts(BigInteger proposal, IReadOnlyDictionary<BigInteger, ProposalStanding> proposals, Dictionary<BigInteger, BigInteger> tallies) =>
        proposals.TryGetValue(proposal, out var standing) && !standing.Canceled && standing.Quorum > 0
        && tallies.GetValueOrDefault(proposal) >= standing.Quorum;
}
