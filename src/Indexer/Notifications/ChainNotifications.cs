using System.Numerics;
using System.Text.Json;
using Mediator;

namespace GovernanceRewards.Indexer.Notifications;

/// <summary>Where an event sits on chain, and the outbox row that delivered it (the key for idempotent handlers).</summary>
public sealed record EventLocation(long DeliveryId, long ChainId, ulong BlockNumber, string BlockHash, int LogIndex, string TransactionHash);

/// <summary>An indexed contract event, final under the configured confirmations, with its decoded arguments.</summary>
public sealed record ChainEventIndexed(EventLocation Location, string Event, JsonElement Arguments) : INotification;

/// <summary>A reward epoch was funded by an executed proposal.</summary>
public sealed record EpochFunded(EventLocation Location, ulong Epoch, BigInteger Budget, ulong WindowStart, ulong WindowEnd, string PolicyHash)
    : INotification;

/// <summary>A reorg removed every block above <paramref name="ForkPoint"/>; read models undo what they took from them.</summary>
public sealed record BlocksRolledBack(long DeliveryId, long ChainId, ulong ForkPoint) : INotification;
