using System.Numerics;
using GovernanceRewards.Chain.Bindings.StakingPool.ContractDefinition;

namespace GovernanceRewards.Indexer.Events;

/// <summary>The pool's <c>Staked</c>.</summary>
public sealed record Staked(EventLocation Location, string Account, BigInteger Amount) : ChainEvent(Location)
{
    internal static Staked From(EventLocation at, StakedEventDTO e) => new(at, e.Account, e.Amount);
}

/// <summary>The pool's <c>WithdrawalRequested</c>: the amount leaves the stake and waits in the cooldown until <see cref="ReadyAt"/>.</summary>
public sealed record WithdrawalRequested(EventLocation Location, string Account, BigInteger Amount, ulong ReadyAt) : ChainEvent(Location)
{
    internal static WithdrawalRequested From(EventLocation at, WithdrawalRequestedEventDTO e) => new(at, e.Account, e.Amount, e.ReadyAt);
}

/// <summary>The pool's <c>Withdrawn</c>: paid out of the cooldown.</summary>
public sealed record Withdrawn(EventLocation Location, string Account, BigInteger Amount) : ChainEvent(Location)
{
    internal static Withdrawn From(EventLocation at, WithdrawnEventDTO e) => new(at, e.Account, e.Amount);
}

/// <summary>The pool's <c>RewardPaid</c>: stream rewards claimed.</summary>
public sealed record RewardPaid(EventLocation Location, string Account, BigInteger Amount) : ChainEvent(Location)
{
    internal static RewardPaid From(EventLocation at, RewardPaidEventDTO e) => new(at, e.Account, e.Amount);
}

/// <summary>The pool's <c>Slashed</c>: governance asked for <see cref="Requested"/> and took what was there, from the stake first.</summary>
public sealed record Slashed(EventLocation Location, string Account, BigInteger Requested, BigInteger FromStake, BigInteger FromCooldown, string Reason)
    : ChainEvent(Location)
{
    internal static Slashed From(EventLocation at, SlashedEventDTO e) => new(at, e.Account, e.Requested, e.FromStake, e.FromCooldown, e.Reason);
}
