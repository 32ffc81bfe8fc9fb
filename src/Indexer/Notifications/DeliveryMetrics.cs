using GovernanceRewards.Indexer.Events;
using GovernanceRewards.Indexer.Following;
using Mediator;

namespace GovernanceRewards.Indexer.Notifications;

/// <summary>
/// Counts every event delivered, by event (<c>govrewards.indexer.delivered</c>), and keeps the last delivery done
/// (<c>govrewards.indexer.delivered_through</c>). It handles the base type, so every event has at least this handler
/// wherever the indexer's notifications are published, and an event no feature acts on is counted and goes no further.
/// </summary>
public sealed class DeliveryMetrics(IndexerMetrics? metrics = null) : INotificationHandler<ChainEvent>, INotificationHandler<PageDelivered>
{
    public ValueTask Handle(PageDelivered notification, CancellationToken cancellationToken)
    {
        metrics?.DeliveredThrough(notification.ChainId, notification.ThroughDeliveryId);
        return default;
    }

    public ValueTask Handle(ChainEvent notification, CancellationToken cancellationToken)
    {
        metrics?.Delivered(notification.Location.ChainId, notification.GetType().Name);
        return default;
    }
}
