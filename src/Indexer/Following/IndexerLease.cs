using Npgsql;

namespace GovernanceRewards.Indexer.Following;

/// <summary>
/// The right to be the one indexer writing a chain: a PostgreSQL session-level advisory lock held on a connection
/// of its own. Other instances wait as hot standby; when the holder dies its session ends, the lock is released and
/// a standby takes over within a poll interval.
/// </summary>
public sealed class IndexerLease : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;

    private IndexerLease(NpgsqlConnection connection) => _connection = connection;

    /// <summary>A stable lock key per chain ("govrewards indexer" in the high bits, the chain id in the low ones).</summary>
    public static long KeyFor(long chainId) => (0x6772_6978L << 32) ^ chainId;

    /// <summary>Waits until this instance holds the lease.</summary>
    public static async Task<IndexerLease> AcquireAsync(
        NpgsqlDataSource dataSource, long chainId, TimeSpan pollInterval, Action? waiting, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var announced = false;
            while (true)
            {
                await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection);
                command.Parameters.AddWithValue(KeyFor(chainId));
                if ((bool)(await command.ExecuteScalarAsync(cancellationToken))!) return new IndexerLease(connection);
                if (!announced) waiting?.Invoke();
                announced = true;
                await Task.Delay(pollInterval, cancellationToken);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Throws when the lease's connection is gone: another instance may hold the lock by now.</summary>
    public async Task EnsureHeldAsync(CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT 1", _connection);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
