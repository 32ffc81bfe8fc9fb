using System.Text.Json.Serialization;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Chain.Storage;
using GovernanceRewards.Governance;
using GovernanceRewards.Host.Access;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Host.Health;
using GovernanceRewards.Host.Index;
using GovernanceRewards.Host.Telemetry;
using GovernanceRewards.Portal;
using GovernanceRewards.Indexer.Storage;
using GovernanceRewards.Rewards;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nethereum.Web3;
using Npgsql;
using Scalar.AspNetCore;

namespace GovernanceRewards.Host.Serve;

/// <summary>What <c>govrewards serve</c> runs against, and which of its parts.</summary>
internal sealed record ServeSettings(ChainSettings Chain, string Urls)
{
    public const int DefaultWorkers = 4;

    public ulong Confirmations { get; init; }

    /// <summary>"finalized" or "safe": the indexer also never goes past the node's block of that name.</summary>
    public string? FinalityTag { get; init; }

    /// <summary>Signs relayed votes and keeper transactions; without it the API is read-only and no keeper runs.</summary>
    public SigningKey? Operator { get; init; }

    /// <summary>Last say on the web host (tests serve it in memory with a TestServer instead of Kestrel).</summary>
    public Action<IWebHostBuilder>? ConfigureWebHost { get; init; }

    public bool RunIndexer { get; init; } = true;

    /// <summary>The governance slice's settings; whether it signs is the host's to say (it has an operator key or not).</summary>
    public GovernanceSettings Governance { get; init; } = new();

    /// <summary>The rewards slice's settings; whether it settles and guards is the host's to say (from the operator key).</summary>
    public RewardsSettings Rewards { get; init; } = new();

    /// <summary>How long a request may take before it is answered 503 (see <see cref="DependencyOutage"/>).</summary>
    public TimeSpan RequestDeadline { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Hangfire workers of this host.</summary>
    public int Workers { get; init; } = DefaultWorkers;

    /// <summary>
    /// Where the host's lines go: by default one JSON object per line on stderr, for log collectors (serve); when set,
    /// to the loggers the host is built with (the demo's, which keep its screen for the story and the rest for a file).
    /// </summary>
    public bool LogThroughGivenLoggers { get; init; }

    public WebHardeningOptions Web { get; init; } = new();

    /// <summary>How the portal presents the chain to wallets.</summary>
    public PortalSettings Portal { get; init; } = new();
}

/// <summary>
/// The composition root of the long-running host: the indexer (standby unless it holds the chain's lease), the
/// read models fed by its notifications, the Hangfire server with the keeper's recurring job, and the HTTP API.
/// </summary>
internal static partial class GovRewardsServer
{
    /// <summary>
    /// Hangfire on the same PostgreSQL: every host (and the indexer alone) enqueues into it; servers run the jobs. The
    /// storage and the job activator are this host's own, registered before Hangfire's defaults, which would otherwise
    /// take the process-wide <c>JobStorage.Current</c> and <c>JobActivator.Current</c>: several hosts in one process (as
    /// in the tests) would share the last one configured, enqueueing into another host's database and running jobs
    /// built from another host's services.
    /// </summary>
    public static IServiceCollection AddJobStorage(this IServiceCollection services, string connectionString)
    {
        var options = new PostgreSqlStorageOptions
        {
            QueuePollInterval = TimeSpan.FromMilliseconds(250),
            // Hangfire's locks are held for moments; one left by a killed host should not stall the others for long.
            DistributedLockTimeout = TimeSpan.FromSeconds(30),
        };
        services.AddSingleton<JobStorage>(new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        return services.AddHangfire((provider, configuration) =>
        {
            configuration.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (provider.GetService<ILoggerFactory>() is { } loggers) configuration.UseLogProvider(new HostLogProvider(loggers));
        });
    }

    /// <summary>The host's lines handed to loggers made outside it, which outlive it: not its to dispose.</summary>
    private sealed class GivenLoggers(ILoggerFactory loggers) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => loggers.CreateLogger(categoryName);

        public void Dispose()
        {
        }
    }

    /// <summary>
    /// Hangfire's log provider is process-wide and its job filters, cached process-wide too, ask it for loggers at any
    /// time. With several hosts in one process (the tests, the demo's host beside the CLI) the last host configured
    /// wins; once it stops, its disposed logger factory would fail every job the others schedule. This provider hands
    /// out loggers that go quiet instead.
    /// </summary>
    private sealed class HostLogProvider(ILoggerFactory loggers) : Hangfire.Logging.ILogProvider
    {
        private readonly AspNetCoreLogProvider _inner = new(loggers);

        public Hangfire.Logging.ILog GetLogger(string name)
        {
            try
            {
                return _inner.GetLogger(name);
            }
            catch (ObjectDisposedException)
            {
                return Silent.Instance;
            }
        }

        private sealed class Silent : Hangfire.Logging.ILog
        {
            public static readonly Silent Instance = new();

            public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
        }
    }

    /// <summary>
    /// The host's connections prepare the statements they repeat (measured on proof lookups: 1,588 requests/s
    /// unprepared, 2,630 prepared), and give up connecting after a few seconds (Npgsql waits 15). The connection
    /// string's own settings win.
    /// </summary>
    /// <remarks>
    /// The HTTP API reads through a data source of its own (<see cref="DataSources.ApiReads"/>; the jobs and the indexer
    /// keep Npgsql's 30 s for their longer writes): a database that stops answering must cost a request at most its
    /// deadline. Npgsql does not act on a request's cancellation while the server is frozen; its command timeout does,
    /// then it spends up to the connect timeout on a cancel request and, told not to wait for that (-1), drops the
    /// connection. Measured against a frozen proxy: command timeout plus connect timeout (plus as much again with TLS).
    /// </remarks>
    private static NpgsqlDataSource Database(string connectionString, bool apiReads = false)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        // Npgsql's own builder answers for every keyword it knows, so the given ones are read from the plain string.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var settings = builder.ConnectionStringBuilder;
        if (!given.Contains("MaxAutoPrepare")) settings.MaxAutoPrepare = 64;
        if (!given.Contains("Timeout")) settings.Timeout = apiReads ? 3 : 5;
        if (apiReads && !given.Contains("CommandTimeout")) settings.CommandTimeout = 4;
        if (apiReads && !given.Contains("CancellationTimeout")) settings.CancellationTimeout = -1;
        return builder.Build();
    }

    public static async Task<WebApplication> BuildAsync(ServeSettings settings, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var chain = settings.Chain;
        var connectionString = chain.Database;
        var migrations = loggers.CreateLogger("migrations");
        IndexerDatabase.Migrate(connectionString, migrations);
        GovernanceDatabase.Migrate(connectionString, migrations);
        RewardsDatabase.Migrate(connectionString, migrations);
        ApiKeyStore.Migrate(connectionString, migrations);
        await IndexCommand.EnsureChainAsync(chain, cancellationToken);
        var signer = settings.Operator is { } key
            ? await ChainConnection.ConnectAsync(chain.RpcUrl, key, chain.Manifest.ChainId, cancellationToken)
            : null;
        // A key that holds the guardian's role also runs the guardian's watch over every pending root.
        var guards = signer is not null && await IsGuardianAsync(new SuiteChain(signer.Web3, chain.Manifest), signer.Address);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(settings.Urls);
        settings.ConfigureWebHost?.Invoke(builder.WebHost);
        ConfigureLogs(builder.Logging, settings, loggers);
        var services = builder.Services;
        var chainId = (long)chain.Manifest.ChainId;
        // The chain kernel every slice builds on: the database, the chain's contracts, and the operator's signer if any.
        services.AddSingleton(_ => Database(connectionString));
        services.AddKeyedSingleton(DataSources.ApiReads, (_, _) => Database(connectionString, apiReads: true));
        services.AddSingleton(chain.Manifest);
        services.AddSingleton<IWeb3>(new Web3(chain.RpcUrl.ToString()));
        services.AddSingleton<SuiteChain>();
        if (signer is not null)
        {
            services.AddSingleton(signer);
            services.AddSingleton(sp => new SignerGate(sp.GetRequiredService<NpgsqlDataSource>(), signer.ChainId, signer.Address));
            services.AddSingleton<ITransactionJournal>(sp => new PostgresTransactionJournal(sp.GetRequiredService<NpgsqlDataSource>()));
            services.AddSingleton<TransactionLedger>();
        }
        services.AddMediator();
        services.AddGovernance(chainId, settings.Governance with { Signs = signer is not null });
        services.AddRewards(chainId, settings.Rewards with { Settles = signer is not null, Guards = guards });
        services.AddPortal(settings.Portal);
        services.AddJobStorage(connectionString);
        services.AddJobServer(settings.Workers);
        services.AddHostedService<RecurringJobsRegistration>();
        services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        if (settings.RunIndexer) services.AddIndexer(chain, settings.Confirmations, settings.FinalityTag);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new ManifestJson.BigIntegerStringConverter());
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        services.AddProblemDetails();
        services.AddDependencyOutageAnswers(settings.RequestDeadline);
        services.AddApiKeyAccess();
        services.AddWebHardening(settings.Web);
        services.AddOpenApi();
        services.AddGovRewardsHealth((long)chain.Manifest.ChainId, maximumLagBlocks: settings.Confirmations + 10);
        services.AddGovRewardsTelemetry();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestTimeouts();
        app.UseAuthentication();
        app.UseAuthorization();
        // The portal's pages carry antiforgery metadata (for forms), which this middleware honours; only there, since it
        // would also stand in the way of the jobs dashboard's own form posts.
        app.UseWhen(context => PortalSlice.IsPortalPage(context.Request.Path), portal => portal.UsePortalPages().UseAntiforgery());
        app.MapGovernanceApi(relay => relay.RequireAuthorization(AccessPolicies.Relay).ProducesProblem(401).ProducesProblem(403));
        app.MapRewardsApi(upload => upload.RequireAuthorization(AccessPolicies.Evidence).ProducesProblem(401).ProducesProblem(403).ProducesProblem(413));
        app.MapPortal();
        app.MapGovRewardsHealth();
        app.MapGovRewardsMetrics();
        app.MapOpenApi();
        // Browsable at /scalar: Scalar's page and script are served from the package itself, so it works offline.
        app.MapScalarApiReference(o => o.WithTitle("GovernanceRewards API"));
        app.MapJobsDashboard();
        return app;
    }

    /// <summary>
    /// Every line carries the trace and span of the request or job it belongs to (scopes), so one request's lines can be
    /// found together; serve writes them as JSON for log collectors, the demo through its own loggers.
    /// </summary>
    private static void ConfigureLogs(ILoggingBuilder logging, ServeSettings settings, ILoggerFactory loggers)
    {
        logging.ClearProviders()
            .Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId)
            .AddFilter("System.Net.Http", LogLevel.Warning).AddFilter("Microsoft.AspNetCore", LogLevel.Warning)
            .AddFilter("Hangfire", LogLevel.Warning).SetMinimumLevel(LogLevel.Information);
        if (settings.LogThroughGivenLoggers)
        {
            logging.AddProvider(new GivenLoggers(loggers));
            return;
        }
        logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            o.UseUtcTimestamp = true;
        });
    }

    private static IServiceCollection AddJobServer(this IServiceCollection services, int workers) =>
        services.AddHangfireServer(o =>
        {
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            // Health counts a server alive by its heartbeat (JobServerCheck.Silence is three of them).
            o.HeartbeatInterval = TimeSpan.FromSeconds(10);
            o.WorkerCount = workers;
            // Jobs still running then are aborted and handed back to the queue (every step is idempotent), before the
            // host's own shutdown timeout, which would cut Hangfire's stop short with an exception instead.
            o.ShutdownTimeout = ShutdownTimeout - TimeSpan.FromSeconds(2);
        });

    /// <summary>The indexer, standby unless this host holds the chain's lease; its notifications feed this host's slices.</summary>
    private static IServiceCollection AddIndexer(this IServiceCollection services, ChainSettings chain, ulong confirmations, string? finalityTag) =>
        services.AddHostedService(sp => new IndexerService(
            new IndexerRunner(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<IPublisher>(), sp.GetRequiredService<ILoggerFactory>(),
                sp.GetRequiredService<Indexer.Following.IndexerMetrics>()),
            chain.RpcUrl, IndexerRunner.OptionsFor(chain.Manifest, confirmations, finalityTag)));

    /// <summary>How long a signal's stop waits for requests, jobs and the indexer's step before it cuts them short.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Waits until <paramref name="app"/> is told to stop (SIGINT, SIGTERM or <paramref name="cancellationToken"/>) and has
    /// stopped; false when a background part of it gave up (the indexer finding another chain behind the RPC), which
    /// stopped it after logging why, so the exit code can tell a supervisor this was no ordinary stop.
    /// </summary>
    public static async Task<bool> WaitForStopAsync(WebApplication app, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await app.WaitForShutdownAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The shutdown timeout cut a part's stop short: its work is taken up again at the next start (jobs are
            // re-queued, the indexer resumes from its cursor), so this is still an ordinary stop.
            ShutdownCutShort(logger, ShutdownTimeout);
        }
        return !app.Services.GetServices<IHostedService>().OfType<BackgroundService>().Any(s => s.ExecuteTask is { IsFaulted: true });
    }

    [LoggerMessage(1, LogLevel.Warning, "Stopped after the {Timeout} shutdown timeout; unfinished jobs are re-queued for the next start")]
    private static partial void ShutdownCutShort(ILogger logger, TimeSpan timeout);

    private static async Task<bool> IsGuardianAsync(SuiteChain suite, string address)
    {
        var distributor = suite.Distributor();
        return await distributor.HasRoleQueryAsync(await distributor.GuardianRoleQueryAsync(), address);
    }

    /// <summary>
    /// Registers the recurring jobs the slices declared (each as an <c>Action&lt;IRecurringJobManager&gt;</c>) without
    /// holding up start: registering takes Hangfire's lock on the job, which a host killed while holding it keeps until
    /// the lock expires; the definitions already stored keep running meanwhile.
    /// </summary>
    private sealed partial class RecurringJobsRegistration(
        IRecurringJobManager manager, ILogger<RecurringJobsRegistration> logger, IEnumerable<Action<IRecurringJobManager>> registrations) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            var backoff = new Indexer.Following.Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
            foreach (var register in registrations)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    try
                    {
                        register(manager);
                        break;
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        var pause = backoff.Next();
                        RegistrationDelayed(logger, pause, e.GetBaseException().Message);
                        await Task.Delay(pause, stoppingToken);
                    }
                }
            }
        }

        [LoggerMessage(1, LogLevel.Warning, "Recurring job registration delayed, retrying in {Pause}: {Reason}")]
        private static partial void RegistrationDelayed(ILogger logger, TimeSpan pause, string reason);
    }

    private sealed class IndexerService(IndexerRunner runner, Uri rpcUrl, Indexer.Following.IndexerOptions options) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => runner.RunAsync(rpcUrl, options, stoppingToken);
    }
}
