using System.Numerics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GovernanceRewards.Embedded.Tests;

public sealed class PostgresClusterTests
{
    private static readonly RepositoryLayout Layout = RepositoryLayout.Discover();

    [Fact]
    public async Task A_throwaway_cluster_stores_uint256_amounts_exactly_and_is_gone_after_dispose()
    {
        var maxUint256 = BigInteger.Pow(2, 256) - 1;
        string connectionString;
        await using (var cluster = await StartAsync())
        {
            connectionString = cluster.ConnectionString;
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT $1::numeric(78,0) - 1", connection);
            command.Parameters.AddWithValue(maxUint256);
            Assert.Equal(maxUint256 - 1, await ReadBigIntegerAsync(command));
            Assert.True(cluster.IsEmbedded || Environment.GetEnvironmentVariable("GOVREWARDS_DB") is not null);
        }
        if (Environment.GetEnvironmentVariable("GOVREWARDS_DB") is null)
        {
            await using var after = new NpgsqlConnection(connectionString);
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => after.OpenAsync());
        }
    }

    [Fact]
    public async Task The_server_never_runs_as_root()
    {
        await using var cluster = await StartAsync();
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var pid = (int)(await command.ExecuteScalarAsync())!;

        var status = await File.ReadAllLinesAsync($"/proc/{pid}/status");
        var uid = status.Single(l => l.StartsWith("Uid:", StringComparison.Ordinal)).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1];
        Assert.NotEqual("0", uid);
    }

    [Fact]
    public async Task Two_clusters_run_side_by_side_with_separate_data()
    {
        await using var first = await StartAsync();
        await using var second = await StartAsync();
        await ExecuteAsync(first.ConnectionString, "CREATE TABLE only_in_first (id int)");

        Assert.NotEqual(first.ConnectionString, second.ConnectionString);
        await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(second.ConnectionString, "SELECT * FROM only_in_first"));
    }

    private static Task<PostgresCluster> StartAsync() => PostgresCluster.StartAsync(
        Layout, new PostgresOptions { Database = "test_" + Guid.NewGuid().ToString("N") }, NullLogger.Instance, CancellationToken.None);

    private static async Task<BigInteger> ReadBigIntegerAsync(NpgsqlCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetFieldValue<BigInteger>(0);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
