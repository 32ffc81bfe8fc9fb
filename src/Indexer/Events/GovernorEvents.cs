using System.Numerics;
using GovernanceRewards.Chain.Bindings.DaoGovernor.ContractDefinition;

namespace GovernanceRewards.Indexer.Events;

/// <summary>The governor's <c>ProposalCreated</c>: what the proposal will call and when its vote runs (block numbers or timestamps, as the clock says).</summary>
public sealed record ProposalCreated(
    EventLocation Location, BigInteger ProposalId, string Proposer, IReadOnlyList<string> Targets, IReadOnlyList<BigInteger> Values,
    IReadOnlyList<string> Signatures, IReadOnlyList<byte[]> Calldatas, BigInteger VoteStart, BigInteger VoteEnd, string Description)
    : ChainEvent(Location)
{
    internal static ProposalCreated From(EventLocation at, ProposalCreatedEventDTO e) =>
        new(at, e.ProposalId, e.Proposer, e.Targets, e.Values, e.Signatures, e.Calldatas, e.VoteStart, e.VoteEnd, e.Description);
}

/// <summary>The governor's <c>VoteCast</c>: support 0 against, 1 for, 2 abstain, with the voter's weight at the snapshot.</summary>
public sealed record VoteCast(EventLocation Location, string Voter, BigInteger ProposalId, byte Support, BigInteger Weight, string Reason)
    : ChainEvent(Location)
{
    internal static VoteCast From(EventLocation at, VoteCastEventDTO e) => new(at, e.Voter, e.ProposalId, e.Support, e.Weight, e.Reason);
}

/// <summary>The governor's <c>VoteCastWithParams</c>: a vote like <see cref="VoteCast"/> that also carried parameters.</summary>
public sealed record VoteCastWithParams(
    EventLocation Location, string Voter, BigInteger ProposalId, byte Support, BigInteger Weight, string Reason, byte[] Params)
    : ChainEvent(Location)
{
    internal static VoteCastWithParams From(EventLocation at, VoteCastWithParamsEventDTO e) =>
        new(at, e.Voter, e.ProposalId, e.Support, e.Weight, e.Reason, e.Params);
}

/// <summary>The governor's <c>ProposalQueued</c>: the timelock may execute it from <see cref="EtaSeconds"/>.</summary>
public sealed record ProposalQueued(EventLocation Location, BigInteger ProposalId, BigInteger EtaSeconds) : ChainEvent(Location)
{
    internal static ProposalQueued From(EventLocation at, ProposalQueuedEventDTO e) => new(at, e.ProposalId, e.EtaSeconds);
}

/// <summary>The governor's <c>ProposalExecuted</c>.</summary>
public sealed record ProposalExecuted(EventLocation Location, BigInteger ProposalId) : ChainEvent(Location)
{
    internal static ProposalExecuted From(EventLocation at, ProposalExecutedEventDTO e) => new(at, e.ProposalId);
}

/// <summary>The governor's <c>ProposalCanceled</c>.</summary>
public sealed record ProposalCanceled(EventLocation Location, BigInteger ProposalId) : ChainEvent(Location)
{
    internal static ProposalCanceled From(EventLocation at, ProposalCanceledEventDTO e) => new(at, e.ProposalId);
}

/// <summary>The governor's <c>ProposalExtended</c>: a late quorum moved the vote's end.</summary>
public sealed record ProposalExtended(EventLocation Location, BigInteger ProposalId, ulong ExtendedDeadline) : ChainEvent(Location)
{
    internal static ProposalExtended From(EventLocation at, ProposalExtendedEventDTO e) => new(at, e.ProposalId, e.ExtendedDeadline);
}
