using GovernanceRewards.Embedded;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace GovernanceRewards.Testing;

/// <summary>A real PostgreSQL server for one test class; each test takes a fresh database of its own.</summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private PostgresCluster? _cluster;

    public async Task InitializeAsync() => _cluster = await PostgresCluster.StartAsync(
        RepositoryLayout.Discover(), new PostgresOptions { Database = "fixture_" + Guid.NewGuid().ToString("N") },
        NullLogger.Instance, CancellationToken.None);

    public Task<string> CreateDatabaseAsync() =>
        (_cluster ?? throw new InvalidOperationException("the database is not started"))
        .CreateDatabaseAsync("test_" + Guid.NewGuid().ToString("N"), CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
    }
}
