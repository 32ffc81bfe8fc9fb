using GovernanceRewards.Contracts.Chain;
using GovernanceRewards.Host.Access;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Host.Serve;
using GovernanceRewards.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GovernanceRewards.Host.Tests;

/// <summary>The real host (indexer, read model, Hangfire with the keeper job, HTTP API) in this process, on a free port.</summary>
internal sealed class GovernanceServer(WebApplication app, string manifestPath, string connectionString) : IAsyncDisposable
{
    public const int OperatorAccount = 9;

    public Uri BaseAddress { get; } = new(app.Urls.First() + "/");

    public string ManifestPath => manifestPath;

    public string ConnectionString => connectionString;

    /// <summary>API keys made for this server, one per role.</summary>
    public string RelayKey { get; private set; } = "";

    public string ViewerKey { get; private set; } = "";

    public string OperatorKey { get; private set; } = "";

    /// <summary>A client of the API, sending <paramref name="apiKey"/> (none for anonymous reads).</summary>
    public HttpClient Client(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null) client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    /// <summary>GETs <paramref name="path"/> and checks the answer is a problem+json with that status and message.</summary>
    public async Task AssertProblemAsync(string path, int status, string message)
    {
        using var client = Client();
        var response = await client.GetAsync(path);
        Assert.Equal((System.Net.HttpStatusCode)status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    public static async Task<GovernanceServer> StartAsync(ChainFixture chain, DatabaseFixture database, Suite suite, Uri? rpc = null)
    {
        var manifestPath = Path.Combine(Path.GetTempPath(), $"govrewards-serve-{Guid.NewGuid():N}.json");
        suite.Manifest.Save(manifestPath);
        var connectionString = await database.CreateDatabaseAsync();
        var settings = new ServeSettings(new ChainSettings(suite.Manifest, rpc ?? chain.Node.RpcUrl, connectionString), "http://127.0.0.1:0")
        {
            Operator = SigningKey.FromPrivateKey(chain.Node.DevelopmentKeys[OperatorAccount]),
            KeeperSchedule = "* * * * * *",
        };
        var app = await GovRewardsServer.BuildAsync(settings, NullLoggerFactory.Instance, CancellationToken.None);
        await app.StartAsync();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var keys = new ApiKeyStore(dataSource);
        return new GovernanceServer(app, manifestPath, connectionString)
        {
            RelayKey = (await keys.CreateAsync("test relay", [AccessRoles.Relay], CancellationToken.None)).Secret,
            ViewerKey = (await keys.CreateAsync("test viewer", [AccessRoles.Viewer], CancellationToken.None)).Secret,
            OperatorKey = (await keys.CreateAsync("test operator", [AccessRoles.Operator], CancellationToken.None)).Secret,
        };
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await app.StopAsync();
        }
        catch (OperationCanceledException)
        {
            // A job still running when the shutdown timeout ends; the test's own outcome is what matters.
        }
        await app.DisposeAsync();
        File.Delete(manifestPath);
    }
}
