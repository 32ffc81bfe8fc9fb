using System.CommandLine;
using GovernanceRewards.Contracts.Chain;
using GovernanceRewards.Contracts.Deployment;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Indexer.Following;
using GovernanceRewards.Indexer.Notifications;
using GovernanceRewards.Indexer.Rpc;
using GovernanceRewards.Indexer.Storage;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GovernanceRewards.Host.Index;

/// <summary>
/// <c>govrewards index</c>: follows the events of a deployed suite into PostgreSQL. Several instances may run: one
/// holds the chain's lease and writes, the others wait and take over when it stops.
/// </summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var manifest = new Option<string>("--manifest") { Description = "Deployment manifest (deployments/<chainId>.json)", Required = true };
        var rpc = new Option<string>("--rpc") { Description = "JSON-RPC endpoint", DefaultValueFactory = _ => "http://127.0.0.1:8545" };
        var database = new Option<string?>("--db") { Description = "PostgreSQL connection string (default: GOVREWARDS_DB)" };
        var confirmations = new Option<ulong>("--confirmations") { Description = "Blocks an event must be buried under before it is indexed", DefaultValueFactory = _ => 0 };
        var initialRange = new Option<ulong>("--initial-range") { Description = "Blocks asked for by the first eth_getLogs", DefaultValueFactory = _ => 10 };
        var maximumRange = new Option<ulong>("--max-range") { Description = "Most blocks asked for by one eth_getLogs", DefaultValueFactory = _ => 10_000 };
        var command = new Command("index", "Index the suite's events into PostgreSQL and follow the chain") { manifest, rpc, database, confirmations, initialRange, maximumRange };
        command.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async loggers =>
        {
            var deployment = DeploymentManifest.TryLoad(result.GetValue(manifest)!)
                ?? throw new CliException($"no deployment manifest at {result.GetValue(manifest)}");
            var connectionString = result.GetValue(database) ?? Environment.GetEnvironmentVariable("GOVREWARDS_DB")
                ?? throw new CliException("no database: pass --db or set GOVREWARDS_DB");
            if (!Uri.TryCreate(result.GetValue(rpc), UriKind.Absolute, out var rpcUrl))
            {
                throw new CliException($"--rpc must be a URL, not '{result.GetValue(rpc)}'");
            }
            var logger = loggers.CreateLogger("index");
            IndexerDatabase.Migrate(connectionString, logger);
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var client = new JsonRpcClient(http, rpcUrl);
            await EnsureChainAsync(rpcUrl, deployment.ChainId, cancellationToken);

            var options = new IndexerOptions
            {
                ChainId = (long)deployment.ChainId,
                Addresses = [.. deployment.Contracts.Values.Select(c => c.Address)],
                StartBlock = deployment.Contracts.Values.Min(c => c.BlockNumber),
                Confirmations = result.GetValue(confirmations),
                InitialRange = result.GetValue(initialRange),
                MaximumRange = result.GetValue(maximumRange),
            };
            await using var services = new ServiceCollection().AddMediator().BuildServiceProvider();
            var store = new EventStore(dataSource, options.ChainId);
            var outbox = new OutboxPublisher(dataSource, services.GetRequiredService<IPublisher>(), options.ChainId);
            var follower = new ChainFollower(client, store, outbox, options, loggers.CreateLogger<ChainFollower>());
            while (!cancellationToken.IsCancellationRequested)
            {
                await using var lease = await IndexerLease.AcquireAsync(
                    dataSource, options.ChainId, TimeSpan.FromSeconds(1), () => Log.Standby(logger, options.ChainId), cancellationToken);
                Log.Leading(logger, options.ChainId, options.StartBlock);
                await follower.RunAsync(lease, cancellationToken);
            }
            return 0;
        }));
        return command;
    }

    private static async Task EnsureChainAsync(Uri rpcUrl, ulong expected, CancellationToken cancellationToken)
    {
        var chainId = await ChainConnection.ReadChainIdAsync(rpcUrl, cancellationToken);
        if (chainId != expected) throw new ChainException($"the RPC at {rpcUrl} serves chain {chainId}, but the manifest is for chain {expected}");
    }
}

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Another indexer holds chain {ChainId}; waiting as standby")]
    public static partial void Standby(ILogger logger, long chainId);

    [LoggerMessage(2, LogLevel.Information, "Indexing chain {ChainId} from block {StartBlock}")]
    public static partial void Leading(ILogger logger, long chainId, ulong startBlock);
}
