using System.Collections.Concurrent;
using GovernanceRewards.Indexer.Events;
using Mediator;

namespace GovernanceRewards.Indexer.Tests.Notifications;

/// <summary>What the handlers received, in order; can be told to fail once on a given delivery, as a crash would.</summary>
public sealed class NotificationLog
{
    public ConcurrentQueue<INotification> Received { get; } = new();

    public long? FailOnceAtDelivery { get; set; }

    public void Record(INotification notification, long deliveryId)
    {
        if (FailOnceAtDelivery == deliveryId)
        {
            FailOnceAtDelivery = null;
            throw new InvalidOperationException($"handler failed on delivery {deliveryId}");
        }
        Received.Enqueue(notification);
    }
}

/// <summary>Records every chain event (through their base type) and every rollback.</summary>
public sealed class RecordingHandler(NotificationLog log) : INotificationHandler<ChainEvent>, INotificationHandler<BlocksRolledBack>
{
    public ValueTask Handle(ChainEvent notification, CancellationToken cancellationToken)
    {
        log.Record(notification, notification.Location.DeliveryId);
        return default;
    }

    public ValueTask Handle(BlocksRolledBack notification, CancellationToken cancellationToken)
    {
        log.Record(notification, notification.DeliveryId);
        return default;
    }
}
