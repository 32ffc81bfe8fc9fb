using System.CommandLine;
using GovernanceRewards.Embedded;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Host.Deploy;
using GovernanceRewards.Rewards.Epochs;

namespace GovernanceRewards.Host.Serve;

/// <summary><c>govrewards serve</c>: indexer, read models, jobs and HTTP API against a configured chain and database.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var chainOptions = new ChainOptions();
        var urls = new Option<string>("--urls") { Description = "Where the API listens (loopback unless you say otherwise)", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var confirmations = new Option<ulong>("--confirmations") { Description = "Blocks an event must be buried under before it counts", DefaultValueFactory = _ => 0 };
        var keystore = new Option<string?>("--keystore") { Description = "Operator key that pays for relayed votes and keeper transactions" };
        var batchSize = new Option<int>("--payout-batch-size") { Description = "Leaves per claimMany", DefaultValueFactory = _ => 100 };
        var recheck = new Option<int>("--recheck-seconds") { Description = "Longest wait before re-checking a window or dispute window", DefaultValueFactory = _ => 60 };
        var reconcile = new Option<int>("--reconcile-seconds") { Description = "How often unfinished epochs are carried on (1 to 59)", DefaultValueFactory = _ => 15 };
        var command = new Command("serve", "Run the indexer, the jobs and the HTTP API") { urls, confirmations, keystore, batchSize, recheck, reconcile };
        chainOptions.AddTo(command, withDatabase: true);
        command.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async loggers =>
        {
            var settings = chainOptions.Read(result);
            var key = await SignerResolver.ResolveAsync(result.GetValue(keystore), settings.RpcUrl, RepositoryLayout.Discover(), cancellationToken);
            await using var app = await GovRewardsServer.BuildAsync(
                new ServeSettings(settings, result.GetValue(urls)!)
                {
                    Confirmations = result.GetValue(confirmations),
                    Operator = key,
                    Payouts = new PayoutOptions
                    {
                        BatchSize = result.GetValue(batchSize) is var size and > 0 ? size : throw new CliException("--payout-batch-size must be positive"),
                        RecheckInterval = TimeSpan.FromSeconds(Math.Max(1, result.GetValue(recheck))),
                    },
                    ReconcileSchedule = result.GetValue(reconcile) is var every and >= 1 and <= 59
                        ? $"*/{every} * * * * *" : throw new CliException("--reconcile-seconds must be between 1 and 59"),
                },
                loggers, cancellationToken);
            await app.StartAsync(cancellationToken);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C stops the host.
            }
            await app.StopAsync(CancellationToken.None);
            return 0;
        }));
        return command;
    }
}
