using System.Numerics;
using GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;

namespace GovernanceRewards.Indexer.Events;

/// <summary>The token's <c>DelegateChanged</c>: <see cref="Delegator"/>'s votes now go to <see cref="ToDelegate"/>.</summary>
public sealed record DelegateChanged(EventLocation Location, string Delegator, string FromDelegate, string ToDelegate) : ChainEvent(Location)
{
    internal static DelegateChanged From(EventLocation at, DelegateChangedEventDTO e) => new(at, e.Delegator, e.FromDelegate, e.ToDelegate);
}

/// <summary>The token's <c>DelegateVotesChanged</c>: the votes delegated to <see cref="Delegate"/>, before and after.</summary>
public sealed record DelegateVotesChanged(EventLocation Location, string Delegate, BigInteger PreviousVotes, BigInteger NewVotes) : ChainEvent(Location)
{
    internal static DelegateVotesChanged From(EventLocation at, DelegateVotesChangedEventDTO e) => new(at, e.Delegate, e.PreviousVotes, e.NewVotes);
}
