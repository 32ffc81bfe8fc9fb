using GovernanceRewards.Indexer.Events;
using Mediator;
using Npgsql;

namespace GovernanceRewards.Rewards;

/// <summary>
/// Writes the chain facts the reward read model keeps (Migrations/0003). Its handlers add one statement per event, each
/// idempotent by the row's key (a re-delivered event changes nothing); the statements of a delivered page are stored
/// together in one transaction when the page is done (<see cref="PageDelivered"/>), before the delivery cursor moves,
/// instead of one commit per event (measured: about 150 µs an event, most of a backfill's time). Readers lose nothing
/// by the wait: what they read is bounded by <c>DeliveredHead</c>, which the cursor moves.
/// </summary>
public sealed class RewardFacts(NpgsqlDataSource dataSource) : INotificationHandler<PageDelivered>
{
    private readonly Lock _lock = new();
    private List<NpgsqlBatchCommand> _page = [];

    /// <summary>Adds <paramref name="sql"/> with <paramref name="values"/> as $1, $2, … to the page being delivered.</summary>
    public void Add(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        lock (_lock) _page.Add(command);
    }

    /// <summary>The first values of every fact row: chain, block, log index.</summary>
    public static object[] At(ChainEvent e) => [e.Location.ChainId, (long)e.Location.BlockNumber, e.Location.LogIndex];

    public async ValueTask Handle(PageDelivered notification, CancellationToken cancellationToken) => await StoreAsync([], cancellationToken);

    /// <summary>
    /// Stores what the page gathered so far, then runs each of <paramref name="statements"/> with $1 the chain and $2 the
    /// fork point, all in one transaction: the orphaned blocks' rows go, whether stored before or gathered now.
    /// </summary>
    public async ValueTask RollBackAsync(BlocksRolledBack rollback, IEnumerable<string> statements, CancellationToken cancellationToken) =>
        await StoreAsync([.. statements.Select(sql =>
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.AddWithValue(rollback.ChainId);
            command.Parameters.AddWithValue((long)rollback.ForkPoint);
            return command;
        })], cancellationToken);

    /// <summary>
    /// Runs the gathered statements and then <paramref name="after"/> in one transaction. The page is forgotten either
    /// way: if storing fails, the cursor has not moved and the page's events are delivered again.
    /// </summary>
    private async Task StoreAsync(IReadOnlyList<NpgsqlBatchCommand> after, CancellationToken cancellationToken)
    {
        List<NpgsqlBatchCommand> page;
        lock (_lock) (page, _page) = (_page, []);
        if (page.Count == 0 && after.Count == 0) return;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var command in page.Concat(after)) batch.BatchCommands.Add(command);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
