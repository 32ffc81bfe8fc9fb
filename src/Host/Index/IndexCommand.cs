using System.CommandLine;
using GovernanceRewards.Chain;
using GovernanceRewards.Governance;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Host.Serve;
using GovernanceRewards.Rewards;
using GovernanceRewards.Indexer.Following;
using GovernanceRewards.Indexer.Storage;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GovernanceRewards.Host.Index;

/// <summary>
/// <c>govrewards index</c>: follows the events of a deployed suite into PostgreSQL, and the read models with them.
/// Several instances may run: one holds the chain's lease and writes, the others wait and take over when it stops.
/// </summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var chainOptions = new ChainOptions();
        var confirmations = new Option<ulong>("--confirmations") { Description = "Blocks an event must be buried under before it is indexed", DefaultValueFactory = _ => 0 };
        var initialRange = new Option<ulong>("--initial-range") { Description = "Blocks asked for by the first eth_getLogs", DefaultValueFactory = _ => IndexerOptions.DefaultInitialRange };
        var maximumRange = new Option<ulong>("--max-range") { Description = "Most blocks asked for by one eth_getLogs", DefaultValueFactory = _ => IndexerOptions.DefaultMaximumRange };
        var readAhead = new Option<int>("--read-ahead") { Description = "Ranges fetched ahead of the one being stored (memory holds that many; more hides a remote provider's latency)", DefaultValueFactory = _ => IndexerOptions.DefaultReadAhead };
        readAhead.Validators.Add(option =>
        {
            if (option.GetValue(readAhead) < 0) option.AddError("--read-ahead must be 0 or more");
        });
        var finality = new Option<string?>("--finality") { Description = "Also never index past the node's 'finalized' (or 'safe') block" };
        finality.AcceptOnlyFromAmong("finalized", "safe");
        var command = new Command("index", "Index the suite's events into PostgreSQL and follow the chain") { confirmations, finality, initialRange, maximumRange, readAhead };
        chainOptions.AddTo(command, withDatabase: true);
        command.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async loggers =>
        {
            var settings = chainOptions.Read(result);
            var logger = loggers.CreateLogger("index");
            IndexerDatabase.Migrate(settings.Database, logger);
            GovernanceDatabase.Migrate(settings.Database, logger);
            RewardsDatabase.Migrate(settings.Database, logger);
            await EnsureChainAsync(settings, cancellationToken);
            await using var dataSource = NpgsqlDataSource.Create(settings.Database);
            // Read models apply here; reward jobs are only enqueued, for the Hangfire servers of `govrewards serve`.
            await using var services = new ServiceCollection().AddSingleton(dataSource).AddSingleton(loggers).AddJobStorage(settings.Database).AddMediator().BuildServiceProvider();
            var options = IndexerRunner.OptionsFor(settings.Manifest, result.GetValue(confirmations), result.GetValue(finality)) with
            {
                InitialRange = result.GetValue(initialRange),
                MaximumRange = result.GetValue(maximumRange),
                ReadAhead = result.GetValue(readAhead),
            };
            try
            {
                await new IndexerRunner(dataSource, services.GetRequiredService<IPublisher>(), loggers).RunAsync(settings.RpcUrl, options, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // SIGINT or SIGTERM is how an indexer is stopped: the step in flight was abandoned before its commit
                // (the cursor moves with the events) and the lease was released on the way out.
            }
            return 0;
        }));
        return command;
    }

    public static async Task EnsureChainAsync(ChainSettings settings, CancellationToken cancellationToken)
    {
        var chainId = await ChainConnection.ReadChainIdAsync(settings.RpcUrl, cancellationToken);
        if (chainId != settings.Manifest.ChainId)
        {
            throw new ChainException($"the RPC at {Redaction.Redact(settings.RpcUrl)} serves chain {chainId}, but the manifest is for chain {settings.Manifest.ChainId}");
        }
    }
}
