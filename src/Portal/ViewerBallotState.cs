using GovernanceRewards.Governance.Proposals;

namespace GovernanceRewards.Portal;

/// <summary>
/// The viewer's standing on one proposal, as <see cref="Components.ViewerBallot"/> shows it and hands it to the vote form
/// in its slot: the viewer's address, their power at the snapshot (at the last indexed block while the snapshot is still
/// ahead, <see cref="SnapshotPassed"/> false) and their vote if they cast one.
/// </summary>
public sealed record ViewerBallotState(string Viewer, ProposalSummary Proposal, VotingPower Power, bool SnapshotPassed, ProposalVote? Vote)
{
    /// <summary>The governor would take a vote now: the proposal is active, the viewer has not voted and has power to vote with.</summary>
    public bool CanVote => Proposal.State == ProposalState.Active && Vote is null && !Power.Total.IsZero;
}
