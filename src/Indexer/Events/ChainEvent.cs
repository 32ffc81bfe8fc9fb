using Mediator;

namespace GovernanceRewards.Indexer.Events;

/// <summary>
/// Where an event sits on chain, when its block was mined (unix seconds), and the delivery that brought it: outbox
/// rows are numbered in chain order, so a handler that stores the last delivery it applied recognises a repeat.
/// </summary>
public sealed record EventLocation(
    long DeliveryId, long ChainId, ulong BlockNumber, string BlockHash, int LogIndex, string TransactionHash, ulong BlockTimestamp);

/// <summary>
/// An event of the suite's contracts that the backend acts on, final under the configured confirmations, decoded by
/// its generated binding (<see cref="ChainEventCatalog"/>). Each has its own type, so a handler subscribes to exactly
/// the events it handles and an event nobody handles reaches no one.
/// </summary>
public abstract record ChainEvent(EventLocation Location) : INotification;

/// <summary>A reorg removed every block above <paramref name="ForkPoint"/>; read models undo what they took from them.</summary>
public sealed record BlocksRolledBack(long DeliveryId, long ChainId, ulong ForkPoint) : INotification;

/// <summary>
/// Every event delivered up to <paramref name="ThroughDeliveryId"/> has reached its handlers, and the delivery cursor
/// moves past them as soon as this returns: handlers that gather their writes over a page store them now. A failure
/// here leaves the cursor where it was, so the whole page is delivered again.
/// </summary>
public sealed record PageDelivered(long ChainId, long ThroughDeliveryId) : INotification;
