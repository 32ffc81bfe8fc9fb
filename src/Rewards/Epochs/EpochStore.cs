using System.Numerics;
using Npgsql;

namespace GovernanceRewards.Rewards.Epochs;

/// <summary>Reads and moves the pipeline state of epochs (table <c>reward_epochs</c>).</summary>
public sealed class EpochStore(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        chain_id, epoch, budget, window_start, window_end, policy_hash, status, root, cumulative_total, allocated, unallocated,
        leaf_count, computations, reason
        """;

    public NpgsqlDataSource DataSource => dataSource;

    public async Task<RewardEpoch?> FindAsync(long chainId, ulong epoch, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM reward_epochs WHERE chain_id = $1 AND epoch = $2");
        command.Parameters.AddWithValue(chainId);
        command.Parameters.AddWithValue((long)epoch);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<RewardEpoch>> ListAsync(long chainId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM reward_epochs WHERE chain_id = $1 ORDER BY epoch");
        command.Parameters.AddWithValue(chainId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var epochs = new List<RewardEpoch>();
        while (await reader.ReadAsync(cancellationToken)) epochs.Add(Read(reader));
        return epochs;
    }

    /// <summary>Moves an epoch to <paramref name="status"/>, optionally only from one of <paramref name="from"/>; false when it was elsewhere.</summary>
    public async Task<bool> MoveAsync(long chainId, ulong epoch, EpochStatus status, string? reason, CancellationToken cancellationToken, params EpochStatus[] from)
    {
        await using var command = dataSource.CreateCommand(
            """
            UPDATE reward_epochs SET status = $3, reason = coalesce($4, reason), updated_at = now()
            WHERE chain_id = $1 AND epoch = $2 AND (cardinality($5::text[]) = 0 OR status = ANY($5))
            """);
        command.Parameters.AddWithValue(chainId);
        command.Parameters.AddWithValue((long)epoch);
        command.Parameters.AddWithValue(Name(status));
        command.Parameters.AddWithValue(reason is null ? DBNull.Value : reason);
        command.Parameters.AddWithValue(from.Select(Name).ToArray());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task NoteAsync(long chainId, ulong epoch, string reason, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE reward_epochs SET reason = $3, updated_at = now() WHERE chain_id = $1 AND epoch = $2");
        command.Parameters.AddWithValue(chainId);
        command.Parameters.AddWithValue((long)epoch);
        command.Parameters.AddWithValue(reason);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static string Name(EpochStatus status) => status.ToString().ToLowerInvariant();

    internal static RewardEpoch Read(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), (ulong)reader.GetInt64(1), reader.GetFieldValue<BigInteger>(2), (ulong)reader.GetInt64(3), (ulong)reader.GetInt64(4),
        (byte[])reader[5], Enum.Parse<EpochStatus>(reader.GetString(6), ignoreCase: true),
        reader.IsDBNull(7) ? null : (byte[])reader[7], reader.IsDBNull(8) ? null : reader.GetFieldValue<BigInteger>(8),
        reader.IsDBNull(9) ? null : reader.GetFieldValue<BigInteger>(9), reader.IsDBNull(10) ? null : reader.GetFieldValue<BigInteger>(10),
        reader.IsDBNull(11) ? null : reader.GetInt32(11), reader.GetInt32(12), reader.IsDBNull(13) ? null : reader.GetString(13));
}
