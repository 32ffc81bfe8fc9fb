using GovernanceRewards.Chain;
using GovernanceRewards.Host.Access;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Host.Serve;
using GovernanceRewards.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GovernanceRewards.Host.Tests;

/// <summary>
/// The real host (indexer, read model, Hangfire with the keeper and reward jobs, HTTP API) in this process: served in
/// memory through <see cref="GovRewardsFactory"/>, or on a free loopback port when other processes (the CLI) call it.
/// </summary>
internal sealed class GovernanceServer : IAsyncDisposable
{
    public const int OperatorAccount = 9;

    private readonly GovRewardsFactory? _factory;
    private readonly WebApplication? _listening;
    private readonly string _manifestPath;

    private GovernanceServer(GovRewardsFactory? factory, WebApplication? listening, string manifestPath, string connectionString)
    {
        (_factory, _listening, _manifestPath, ConnectionString) = (factory, listening, manifestPath, connectionString);
        BaseAddress = listening is not null ? new Uri(listening.Urls.First() + "/") : factory!.Server.BaseAddress;
    }

    public Uri BaseAddress { get; }

    public string ManifestPath => _manifestPath;

    public string ConnectionString { get; }

    /// <summary>API keys made for this server, one per role.</summary>
    public string RelayKey { get; private set; } = "";

    public string ViewerKey { get; private set; } = "";

    public string AttesterKey { get; private set; } = "";

    public string OperatorKey { get; private set; } = "";

    /// <summary>A client of the API, sending <paramref name="apiKey"/> (none for anonymous reads).</summary>
    public HttpClient Client(string? apiKey = null)
    {
        var client = _factory is not null
            ? _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = BaseAddress, HandleCookies = false })
            : new HttpClient { BaseAddress = BaseAddress };
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

    /// <summary>
    /// Starts the host in memory, or on a loopback port when <c>listen</c> is set (for other processes); with the
    /// operator's key unless <c>signs</c> is false (a read-only host).
    /// </summary>
    public static async Task<GovernanceServer> StartAsync(
        ChainFixture chain, DatabaseFixture database, Suite suite, Uri? rpc = null, bool listen = false,
        GovernanceRewards.Rewards.RewardsSettings? rewards = null, bool signs = true)
    {
        var manifestPath = Path.Combine(Path.GetTempPath(), $"govrewards-serve-{Guid.NewGuid():N}.json");
        suite.Manifest.Save(manifestPath);
        var connectionString = await database.CreateDatabaseAsync();
        var settings = new ServeSettings(new ChainSettings(suite.Manifest, rpc ?? chain.Node.RpcUrl, connectionString), "http://127.0.0.1:0")
        {
            Operator = signs ? SigningKey.FromPrivateKey(chain.Node.DevelopmentKeys[OperatorAccount]) : null,
            Governance = new GovernanceRewards.Governance.GovernanceSettings { KeeperSchedule = "* * * * * *" },
            Rewards = rewards ?? new(),
            // As serve does for an RPC on loopback: wallets may add the chain with it.
            Portal = new GovernanceRewards.Portal.PortalSettings { PublicRpcUrl = rpc ?? chain.Node.RpcUrl },
        };
        GovRewardsFactory? factory = null;
        WebApplication? listening = null;
        if (listen)
        {
            listening = await GovRewardsServer.BuildAsync(settings, NullLoggerFactory.Instance, CancellationToken.None);
            await listening.StartAsync();
        }
        else
        {
            factory = new GovRewardsFactory(settings);
            factory.StartServer();
        }
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var keys = new ApiKeyStore(dataSource);
        return new GovernanceServer(factory, listening, manifestPath, connectionString)
        {
            RelayKey = (await keys.CreateAsync("test relay", [AccessRoles.Relay], CancellationToken.None)).Secret,
            ViewerKey = (await keys.CreateAsync("test viewer", [AccessRoles.Viewer], CancellationToken.None)).Secret,
            AttesterKey = (await keys.CreateAsync("test attester", [AccessRoles.Attester], CancellationToken.None)).Secret,
            OperatorKey = (await keys.CreateAsync("test operator", [AccessRoles.Operator], CancellationToken.None)).Secret,
        };
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_factory is not null) await _factory.DisposeAsync();
            if (_listening is not null)
            {
                await _listening.StopAsync();
                await _listening.DisposeAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // A job still running when the shutdown timeout ends; the test's own outcome is what matters.
        }
        File.Delete(_manifestPath);
    }
}
