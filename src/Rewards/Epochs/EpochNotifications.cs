using GovernanceRewards.Indexer.Events;
using Hangfire;
using Mediator;
using Npgsql;

namespace GovernanceRewards.Rewards.Epochs;

/// <summary>
/// Starts the pipeline when an epoch's funding is final, and sends a vetoed root's epoch back to computation with
/// the guardian's reason. A reorg that orphans a funding not acted on yet forgets the epoch (the new chain funds it
/// again, or not); one already computed is left for the operator with a note, since its root may be on chain. All are
/// safe to receive twice: the epoch row is inserted once and every job checks the
/// epoch's status before doing anything.
/// </summary>
public sealed class EpochNotifications(NpgsqlDataSource dataSource, IBackgroundJobClient jobs)
    : INotificationHandler<EpochFunded>, INotificationHandler<RootVetoed>, INotificationHandler<BlocksRolledBack>
{
    public async ValueTask Handle(EpochFunded notification, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO reward_epochs (chain_id, epoch, budget, window_start, window_end, policy_hash, funded_block, status)
            VALUES ($1, $2, $3, $4, $5, $6, $7, 'funded') ON CONFLICT DO NOTHING
            """);
        var location = notification.Location;
        command.Parameters.AddWithValue(location.ChainId);
        command.Parameters.AddWithValue((long)notification.Epoch);
        command.Parameters.AddWithValue(notification.Budget);
        command.Parameters.AddWithValue((long)notification.WindowStart);
        command.Parameters.AddWithValue((long)notification.WindowEnd);
        command.Parameters.AddWithValue(notification.PolicyHash);
        command.Parameters.AddWithValue((long)location.BlockNumber);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            jobs.Enqueue<ComputeEpochJob>(j => j.RunAsync(location.ChainId, notification.Epoch, CancellationToken.None));
        }
    }

    public async ValueTask Handle(RootVetoed notification, CancellationToken cancellationToken)
    {
        var (epoch, reason, chainId) = (notification.Epoch, notification.Reason, notification.Location.ChainId);
        if (await new EpochStore(dataSource).MoveAsync(chainId, epoch, EpochStatus.Vetoed, $"root vetoed by the guardian: {reason}",
                cancellationToken, EpochStatus.Posted, EpochStatus.Computed))
        {
            jobs.Enqueue<ComputeEpochJob>(j => j.RunAsync(chainId, epoch, CancellationToken.None));
        }
    }

    public async ValueTask Handle(BlocksRolledBack notification, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var sql in new[]
        {
            "DELETE FROM reward_epochs WHERE chain_id = $1 AND funded_block > $2 AND status = 'funded'",
            "UPDATE reward_epochs SET reason = 'its funding block was reorganised away after it was computed; check the chain' WHERE chain_id = $1 AND funded_block > $2",
        })
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.AddWithValue(notification.ChainId);
            command.Parameters.AddWithValue((long)notification.ForkPoint);
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
