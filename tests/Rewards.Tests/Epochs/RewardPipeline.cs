using System.Diagnostics;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Rewards.Epochs;
using GovernanceRewards.Rewards.Publication;
using GovernanceRewards.Testing;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.Web3;

namespace GovernanceRewards.Rewards.Tests.Epochs;

/// <summary>
/// The whole reward pipeline on real parts: the indexer following anvil (stepped continuously in the background),
/// its notifications to the reward handlers through Mediator, and a Hangfire server on PostgreSQL running the jobs
/// with the settler's key (account 9).
/// </summary>
internal sealed class RewardPipeline : IAsyncDisposable
{
    public const int Settler = 9;

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _indexing;
    private readonly BackgroundJobServer _server;

    private RewardPipeline(TestIndexer indexer, JobStorage storage, ServiceProvider services)
    {
        Indexer = indexer;
        Storage = storage;
        Epochs = new EpochStore(indexer.Database);
        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            WorkerCount = 2,
            SchedulePollingInterval = TimeSpan.FromMilliseconds(500),
            Activator = new ServiceActivator(services),
        }, storage);
        _indexing = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                await indexer.CatchUpAsync();
                await Task.Delay(100);
            }
        });
    }

    public TestIndexer Indexer { get; }

    public JobStorage Storage { get; }

    public EpochStore Epochs { get; }

    public static async Task<RewardPipeline> StartAsync(ChainFixture chain, DatabaseFixture database, Suite suite, PayoutOptions? payouts = null)
    {
        JobStorage? storage = null;
        var indexer = await TestIndexer.CreateAsync(chain, database, suite, dataSource =>
        {
            var storageOptions = new PostgreSqlStorageOptions { QueuePollInterval = TimeSpan.FromMilliseconds(100) };
            storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(dataSource.ConnectionString, storageOptions), storageOptions);
            var signer = ChainConnection.ConnectAsync(chain.Node.RpcUrl, chain.Key(Settler), chain.Node.ChainId, CancellationToken.None).GetAwaiter().GetResult();
            return new ServiceCollection()
                .AddSingleton(dataSource)
                .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
                .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
                .AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(storage))
                .AddSingleton(new SuiteChain(new Web3(chain.Node.RpcUrl.ToString()), suite.Manifest))
                .AddSingleton(signer)
                .AddSingleton(new SignerGate(dataSource, signer.ChainId, signer.Address))
                .AddSingleton<ITransactionJournal>(new PostgresTransactionJournal(dataSource))
                .AddSingleton<TransactionLedger>()
                .AddSingleton<EpochStore>()
                .AddSingleton(payouts ?? new PayoutOptions { BatchSize = 2, RecheckInterval = TimeSpan.FromSeconds(1) })
                .AddSingleton<ComputeEpochJob>()
                .AddSingleton<ContentStore>()
                .AddSingleton<TreePublisher>()
                .AddSingleton<PostRootJob>()
                .AddSingleton<PayEpochJob>()
                .AddMediator()
                .BuildServiceProvider();
        }, initialRange: 1_000, migrate: connectionString => RewardsDatabase.Migrate(connectionString, NullLogger.Instance));
        return new RewardPipeline(indexer, storage!, (ServiceProvider)indexer.Services);
    }

    /// <summary>Waits until the epoch reaches <paramref name="status"/> (the jobs run by themselves); fails on a job failure.</summary>
    public async Task<RewardEpoch> WaitForAsync(ulong epoch, EpochStatus status, Func<Task>? meanwhile = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var current = await Epochs.FindAsync(Indexer.ChainId, epoch, CancellationToken.None);
            if (current?.Status == status) return current;
            var states = JobStates();
            Assert.False(states.Contains("error:", StringComparison.Ordinal), "a reward job failed: " + states);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(150), $"epoch {epoch} stayed {current?.Status} ({current?.Reason}), never {status}; jobs: {JobStates()}");
            if (meanwhile is not null) await meanwhile();
            await Task.Delay(200);
        }
    }

    /// <summary>Every job's method, state and last error, for failure messages.</summary>
    private string JobStates()
    {
        var monitoring = Storage.GetMonitoringApi();
        var ids = monitoring.ScheduledJobs(0, 50).Select(j => j.Key)
            .Concat(monitoring.SucceededJobs(0, 50).Select(j => j.Key))
            .Concat(monitoring.ProcessingJobs(0, 50).Select(j => j.Key))
            .Concat(monitoring.EnqueuedJobs("default", 0, 50).Select(j => j.Key))
            .Concat(monitoring.FailedJobs(0, 50).Select(j => j.Key));
        return string.Join("; ", ids.Select(id =>
        {
            var details = monitoring.JobDetails(id);
            var error = details.History.Select(h => h.Data.TryGetValue("ExceptionMessage", out var m) ? m : null).FirstOrDefault(m => m is not null);
            return $"{details.Job?.Method.Name} {details.History.FirstOrDefault()?.StateName}" + (error is null ? "" : $" error: {error}");
        }));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _indexing;
        _server.SendStop();
        _server.Dispose();
        await Indexer.DisposeAsync();
    }

    private sealed class ServiceActivator(IServiceProvider services) : JobActivator
    {
        public override object ActivateJob(Type jobType) => services.GetRequiredService(jobType);
    }
}
