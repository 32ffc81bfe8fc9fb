using GovernanceRewards.Indexer.Events;
using Npgsql;

namespace GovernanceRewards.Rewards;

/// <summary>
/// How the reward read model's handlers write the chain facts they keep (Migrations/0003): one statement per event,
/// idempotent by the row's key (a re-delivered event changes nothing), and a rollback that deletes what the orphaned
/// blocks brought.
/// </summary>
internal static class RewardFacts
{
    /// <summary>Runs <paramref name="sql"/> with <paramref name="values"/> as $1, $2, …</summary>
    public static async ValueTask WriteAsync(NpgsqlDataSource dataSource, string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs each statement of <paramref name="statements"/> with $1 the chain and $2 the fork point, in one transaction.</summary>
    public static async ValueTask RollBackAsync(
        NpgsqlDataSource dataSource, BlocksRolledBack rollback, IEnumerable<string> statements, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var sql in statements)
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.AddWithValue(rollback.ChainId);
            command.Parameters.AddWithValue((long)rollback.ForkPoint);
            batch.BatchCommands.Add(command);
        }
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        batch.Transaction = transaction;
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The first values of every fact row: chain, block, log index.</summary>
    public static object[] At(ChainEvent e) => [e.Location.ChainId, (long)e.Location.BlockNumber, e.Location.LogIndex];
}
