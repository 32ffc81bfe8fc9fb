using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Indexer.Following;
using GovernanceRewards.Indexer.Notifications;
using GovernanceRewards.Indexer.Rpc;
using GovernanceRewards.Indexer.Storage;
using Mediator;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GovernanceRewards.Host.Index;

/// <summary>
/// Runs the indexer for one chain while this process holds the chain's lease, waiting as standby otherwise; the
/// notifications go to this process's Mediator, so the read models and jobs it hosts follow the chain.
/// </summary>
internal sealed partial class IndexerRunner(NpgsqlDataSource dataSource, IPublisher publisher, ILoggerFactory loggers, IndexerMetrics? metrics = null)
{
    public static IndexerOptions OptionsFor(DeploymentManifest deployment, ulong confirmations, string? finalityTag = null) => new()
    {
        FinalityTag = finalityTag,
        ChainId = (long)deployment.ChainId,
        Addresses = [.. deployment.Contracts.Values.Select(c => c.Address)],
        StartBlock = deployment.Contracts.Values.Min(c => c.BlockNumber),
        Confirmations = confirmations,
    };

    /// <summary>
    /// Indexes until cancelled, through any number of database or RPC outages: taking the lease, like each step, is
    /// retried with growing pauses. Only a node serving another chain ends it (<see cref="ChainException"/>), since
    /// waiting cannot mend that; the host then stops with a non-zero exit code for its supervisor to see.
    /// </summary>
    public async Task RunAsync(Uri rpcUrl, IndexerOptions options, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("index");
        // Each attempt has its own timeout inside the handler; this one only bounds a call with all its retries.
        using var http = new HttpClient(new RpcResilienceHandler(new RpcResilienceOptions())) { Timeout = TimeSpan.FromMinutes(2) };
        var store = new EventStore(dataSource, options.ChainId);
        var outbox = new OutboxPublisher(dataSource, publisher, options.ChainId);
        await using var heads = await HeadSubscription.TryOpenAsync(rpcUrl, logger, cancellationToken);
        using var follower = new ChainFollower(new JsonRpcClient(http, rpcUrl), store, outbox, options, loggers.CreateLogger<ChainFollower>(), metrics, heads);
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var lease = await IndexerLease.AcquireAsync(
                    dataSource, options.ChainId, TimeSpan.FromSeconds(1), () => Standby(logger, options.ChainId), cancellationToken);
                backoff.Reset();
                Leading(logger, options.ChainId, options.StartBlock);
                await follower.RunAsync(lease, cancellationToken);
            }
            catch (Exception e) when (e is not ChainException && !cancellationToken.IsCancellationRequested)
            {
                var pause = backoff.Next();
                LeaseUnavailable(logger, options.ChainId, backoff.Failures, pause, e.GetBaseException().Message);
                await Task.Delay(pause, cancellationToken);
            }
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Another indexer holds chain {ChainId}; waiting as standby")]
    private static partial void Standby(ILogger logger, long chainId);

    [LoggerMessage(2, LogLevel.Information, "Indexing chain {ChainId} from block {StartBlock}")]
    private static partial void Leading(ILogger logger, long chainId, ulong startBlock);

    [LoggerMessage(3, LogLevel.Warning, "Cannot take the indexer lease of chain {ChainId} ({Failures} in a row), retrying in {Pause}: {Reason}")]
    private static partial void LeaseUnavailable(ILogger logger, long chainId, int failures, TimeSpan pause, string reason);
}
