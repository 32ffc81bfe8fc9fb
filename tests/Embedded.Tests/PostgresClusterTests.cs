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

    [Fact]
    public async Task The_cluster_admits_its_own_generated_password_only_over_tcp_and_its_socket()
    {
        await using var cluster = await StartAsync();
        // A server named by GOVREWARDS_DB has its own rules.
        if (!cluster.IsEmbedded) return;
        var own = new NpgsqlConnectionStringBuilder(cluster.ConnectionString);
        Assert.False(string.IsNullOrEmpty(own.Password));
        await ExecuteAsync(cluster.ConnectionString, "SELECT 1");

        foreach (var host in new[] { own.Host!, SocketDirectory(own.Port) })
        {
            var wrong = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Host = host, Password = "not-" + own.Password };
            var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(wrong.ConnectionString, "SELECT 1"));
            Assert.Equal(PostgresErrorCodes.InvalidPassword, refused.SqlState);
        }
    }

    /// <summary>The folder of the Unix socket serving <paramref name="port"/>: the cluster's own temp folder.</summary>
    private static string SocketDirectory(int port) =>
        Directory.GetDirectories(Path.GetTempPath(), "govrewards-pg-*").Single(d => File.Exists(Path.Combine(d, $".s.PGSQL.{port}")));

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
