using System.Collections.Frozen;
using GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition;
using GovernanceRewards.Chain.Bindings.DaoGovernor.ContractDefinition;
using GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using GovernanceRewards.Chain.Bindings.StakingPool.ContractDefinition;
using GovernanceRewards.Indexer.Rpc;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace GovernanceRewards.Indexer.Events;

/// <summary>One event the backend acts on: its name, topic, binding and typed notification.</summary>
public sealed class ChainEventType
{
    private readonly Func<ChainLog, EventLocation, ChainEvent> _decode;

    private ChainEventType(string name, byte[] topic, Type binding, Type notification, Func<ChainLog, EventLocation, ChainEvent> decode)
    {
        Name = name;
        Topic = topic;
        Binding = binding;
        Notification = notification;
        _decode = decode;
    }

    /// <summary>The Solidity event's name, also the outbox row's kind.</summary>
    public string Name { get; }

    public byte[] Topic { get; }

    /// <summary>The generated event DTO the log is decoded into.</summary>
    public Type Binding { get; }

    /// <summary>The <see cref="ChainEvent"/> record handlers subscribe to.</summary>
    public Type Notification { get; }

    /// <summary>The notification for <paramref name="log"/>; throws <see cref="FormatException"/> (and the decoder's own errors) when the log does not match the event.</summary>
    public ChainEvent Decode(ChainLog log, EventLocation location) => _decode(log, location);

    internal static ChainEventType Of<TEvent, TNotification>(Func<EventLocation, TEvent, TNotification> from)
        where TEvent : IEventDTO, new() where TNotification : ChainEvent
    {
        var decoder = new EventDecoder<TEvent>();
        return new ChainEventType(decoder.Abi.Name, Convert.FromHexString(decoder.Abi.Sha3Signature), typeof(TEvent), typeof(TNotification),
            (log, location) => from(location, decoder.Decode(log)));
    }
}

/// <summary>
/// The events the backend acts on, each mapped from its generated binding to its typed notification. An event not
/// listed here is kept as a raw log and delivered to no one; a Solidity event renamed or changed breaks the build (the
/// binding is regenerated) or <c>ChainEventCatalogTests</c> (a parameter the notification does not carry).
/// </summary>
public sealed class ChainEventCatalog
{
    private static readonly Lazy<ChainEventCatalog> Default = new(() => new ChainEventCatalog(
    [
        ChainEventType.Of<ProposalCreatedEventDTO, ProposalCreated>(ProposalCreated.From),
        ChainEventType.Of<VoteCastEventDTO, VoteCast>(VoteCast.From),
        ChainEventType.Of<VoteCastWithParamsEventDTO, VoteCastWithParams>(VoteCastWithParams.From),
        ChainEventType.Of<ProposalQueuedEventDTO, ProposalQueued>(ProposalQueued.From),
        ChainEventType.Of<ProposalExecutedEventDTO, ProposalExecuted>(ProposalExecuted.From),
        ChainEventType.Of<ProposalCanceledEventDTO, ProposalCanceled>(ProposalCanceled.From),
        ChainEventType.Of<ProposalExtendedEventDTO, ProposalExtended>(ProposalExtended.From),
        ChainEventType.Of<DelegateChangedEventDTO, DelegateChanged>(DelegateChanged.From),
        ChainEventType.Of<DelegateVotesChangedEventDTO, DelegateVotesChanged>(DelegateVotesChanged.From),
        ChainEventType.Of<ContributionRecordedEventDTO, ContributionRecorded>(ContributionRecorded.From),
        ChainEventType.Of<EpochFundedEventDTO, EpochFunded>(EpochFunded.From),
        ChainEventType.Of<RootPostedEventDTO, RootPosted>(RootPosted.From),
        ChainEventType.Of<RootReplacedEventDTO, RootReplaced>(RootReplaced.From),
        ChainEventType.Of<RootVetoedEventDTO, RootVetoed>(RootVetoed.From),
        ChainEventType.Of<ClaimedEventDTO, Claimed>(Claimed.From),
        ChainEventType.Of<DisputeWindowSetEventDTO, DisputeWindowSet>(DisputeWindowSet.From),
        ChainEventType.Of<StakedEventDTO, Staked>(Staked.From),
        ChainEventType.Of<WithdrawalRequestedEventDTO, WithdrawalRequested>(WithdrawalRequested.From),
        ChainEventType.Of<WithdrawnEventDTO, Withdrawn>(Withdrawn.From),
        ChainEventType.Of<RewardPaidEventDTO, RewardPaid>(RewardPaid.From),
        ChainEventType.Of<SlashedEventDTO, Slashed>(Slashed.From),
    ]));

    private readonly FrozenDictionary<string, ChainEventType> _byTopic;
    private readonly FrozenDictionary<string, ChainEventType> _byName;

    private ChainEventCatalog(IReadOnlyList<ChainEventType> types)
    {
        Types = types;
        _byTopic = types.ToFrozenDictionary(t => Convert.ToHexStringLower(t.Topic));
        _byName = types.ToFrozenDictionary(t => t.Name);
    }

    public static ChainEventCatalog Current => Default.Value;

    public IReadOnlyList<ChainEventType> Types { get; }

    /// <summary>The event type of <paramref name="log"/>, or null when the backend does not act on it.</summary>
    public ChainEventType? TypeOf(ChainLog log) =>
        log.Topics.Length > 0 && _byTopic.TryGetValue(Convert.ToHexStringLower(log.Topics[0]), out var type) ? type : null;

    /// <summary>The event type named <paramref name="name"/> (an outbox row's kind), or null.</summary>
    public ChainEventType? Named(string name) => _byName.GetValueOrDefault(name);
}
