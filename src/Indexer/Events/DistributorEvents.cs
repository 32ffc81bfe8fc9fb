using System.Numerics;
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;

namespace GovernanceRewards.Indexer.Events;

/// <summary>The distributor's <c>EpochFunded</c>: an executed proposal funded an epoch's budget for a window under a policy.</summary>
public sealed record EpochFunded(EventLocation Location, ulong Epoch, BigInteger Budget, ulong WindowStart, ulong WindowEnd, byte[] PolicyHash)
    : ChainEvent(Location)
{
    internal static EpochFunded From(EventLocation at, EpochFundedEventDTO e) => new(at, e.Epoch, e.Budget, e.WindowStart, e.WindowEnd, e.PolicyHash);
}

/// <summary>The distributor's <c>RootPosted</c>: a root pending until <see cref="AcceptAt"/> unless vetoed or replaced.</summary>
public sealed record RootPosted(EventLocation Location, ulong Epoch, byte[] Root, BigInteger CumulativeTotal, ulong AcceptAt, string TreeUri)
    : ChainEvent(Location)
{
    internal static RootPosted From(EventLocation at, RootPostedEventDTO e) => new(at, e.Epoch, e.Root, e.CumulativeTotal, e.AcceptAt, e.TreeUri);
}

/// <summary>The distributor's <c>RootReplaced</c>: a later epoch's root took a pending root's place.</summary>
public sealed record RootReplaced(EventLocation Location, ulong Epoch, byte[] Root, ulong ByEpoch) : ChainEvent(Location)
{
    internal static RootReplaced From(EventLocation at, RootReplacedEventDTO e) => new(at, e.Epoch, e.Root, e.ByEpoch);
}

/// <summary>The distributor's <c>RootVetoed</c>: the guardian refused a pending root, saying why.</summary>
public sealed record RootVetoed(EventLocation Location, ulong Epoch, byte[] Root, string Reason) : ChainEvent(Location)
{
    internal static RootVetoed From(EventLocation at, RootVetoedEventDTO e) => new(at, e.Epoch, e.Root, e.Reason);
}

/// <summary>The distributor's <c>Claimed</c>: <see cref="Account"/> was paid <see cref="Amount"/>, bringing what it claimed to <see cref="CumulativeTotal"/>.</summary>
public sealed record Claimed(EventLocation Location, string Account, BigInteger Amount, BigInteger CumulativeTotal) : ChainEvent(Location)
{
    internal static Claimed From(EventLocation at, ClaimedEventDTO e) => new(at, e.Account, e.Amount, e.CumulativeTotal);
}

/// <summary>The distributor's <c>DisputeWindowSet</c>: roots posted from now on wait <see cref="NewWindow"/> seconds.</summary>
public sealed record DisputeWindowSet(EventLocation Location, ulong OldWindow, ulong NewWindow) : ChainEvent(Location)
{
    internal static DisputeWindowSet From(EventLocation at, DisputeWindowSetEventDTO e) => new(at, e.OldWindow, e.NewWindow);
}
