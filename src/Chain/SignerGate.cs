using GovernanceRewards.Chain.Storage;
using Npgsql;

namespace GovernanceRewards.Chain;

/// <summary>
/// Serialises every transaction one signer sends on one chain, within this process and, given a database, across
/// every host sharing it (a PostgreSQL advisory lock keyed by chain and address): the nonce is read and used by one
/// sender at a time, so concurrent jobs and relays never collide on it, and a restart simply reads it again from the
/// node. Without a database (a one-shot command) it serialises this process only.
/// </summary>
public sealed class SignerGate(NpgsqlDataSource? dataSource, ulong chainId, string signer) : IDisposable
{
    private readonly SemaphoreSlim _local = new(1, 1);
    private readonly long _key = AdvisoryLockKey.For($"signer:{chainId}:{signer.ToLowerInvariant()}");

    /// <summary>Runs <paramref name="send"/> (which should return once the node accepted the transaction) alone.</summary>
    public async Task<T> SendAsync<T>(Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        await _local.WaitAsync(cancellationToken);
        try
        {
            if (dataSource is null) return await send(cancellationToken);
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using (var locking = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection))
            {
                locking.Parameters.AddWithValue(_key);
                await locking.ExecuteNonQueryAsync(cancellationToken);
            }
            try
            {
                return await send(cancellationToken);
            }
            finally
            {
                await using var unlocking = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
                unlocking.Parameters.AddWithValue(_key);
                await unlocking.ExecuteNonQueryAsync(CancellationToken.None);
            }
        }
        finally
        {
            _local.Release();
        }
    }

    public void Dispose() => _local.Dispose();
}
