namespace GovernanceRewards.Governance.Proposals;

/// <summary>The governor's <c>ProposalState</c>, in its on-chain order.</summary>
public enum ProposalState : byte
{
    Pending, Active, Canceled, Defeated, Succeeded, Queued, Expired, Executed,
}
