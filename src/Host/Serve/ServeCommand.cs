using System.CommandLine;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Governance;
using GovernanceRewards.Embedded;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Host.Deploy;
using GovernanceRewards.Rewards;
using GovernanceRewards.Rewards.Epochs;

namespace GovernanceRewards.Host.Serve;

/// <summary>
/// <c>govrewards serve</c>: indexer, read models, jobs and HTTP API against a configured chain and database. Settings
/// come from the configuration (see <see cref="ServeOptions"/>); a flag given here wins over the same setting there.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "Configuration file (default: appsettings.json in the current folder, if any)" };
        var flags = new (Option Option, string Key)[]
        {
            (new Option<string?>("--manifest") { Description = "Deployment manifest (deployments/<chainId>.json)" }, nameof(ServeOptions.Manifest)),
            (new Option<string?>("--rpc") { Description = "JSON-RPC endpoint (default http://127.0.0.1:8545)" }, nameof(ServeOptions.Rpc)),
            (CommonInputs.DatabaseOption(), nameof(ServeOptions.Database)),
            (new Option<string?>("--urls") { Description = "Where the API listens (default http://127.0.0.1:5080, loopback)" }, nameof(ServeOptions.Urls)),
            (new Option<string?>("--confirmations") { Description = "Blocks an event must be buried under before it counts (default 0)" }, nameof(ServeOptions.Confirmations)),
            (new Option<string?>("--finality") { Description = "Also never index past the node's 'finalized' (or 'safe') block" }, nameof(ServeOptions.Finality)),
            (new Option<string?>("--keystore") { Description = "Operator key that pays for relayed votes, keeper and reward transactions" }, nameof(ServeOptions.Keystore)),
            (new Option<string?>("--payout-batch-size") { Description = "Leaves per claimMany (default 100)" }, nameof(ServeOptions.PayoutBatchSize)),
            (new Option<string?>("--recheck-seconds") { Description = "Longest wait before re-checking a window or dispute window (default 60)" }, nameof(ServeOptions.RecheckSeconds)),
            (new Option<string?>("--reconcile-seconds") { Description = "How often unfinished epochs are carried on, 1 to 59 (default 15)" }, nameof(ServeOptions.ReconcileSeconds)),
        };
        var command = new Command("serve", "Run the indexer, the jobs and the HTTP API") { config };
        foreach (var (option, _) in flags) command.Options.Add(option);
        command.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async loggers =>
        {
            var given = flags
                .Select(f => (Key: $"{ServeOptions.Section}:{f.Key}", Value: result.GetResult(f.Option) is { Implicit: false } ? result.GetValue((Option<string?>)f.Option) : null))
                .Where(f => f.Value is not null)
                .ToDictionary(f => f.Key, f => f.Value);
            var options = ServeConfiguration.Read(ServeConfiguration.Build(result.GetValue(config), given));
            var chain = new ChainSettings(DeploymentManifest.TryLoad(options.Manifest!)!, new Uri(options.Rpc), options.Database);
            var key = await SignerResolver.ResolveAsync(options.Keystore, chain.RpcUrl, RepositoryLayout.Discover(), cancellationToken);
            await using var app = await GovRewardsServer.BuildAsync(
                new ServeSettings(chain, options.Urls)
                {
                    Confirmations = options.Confirmations,
                    FinalityTag = options.Finality,
                    Operator = key,
                    Workers = options.Workers,
                    Web = new WebHardeningOptions { MaxRequestBodyBytes = options.MaxRequestBodyBytes, MaxEvidenceBytes = options.MaxEvidenceBytes },
                    Governance = new GovernanceSettings { BallotsPerVoterPerMinute = options.BallotsPerVoterPerMinute, OpenRelay = options.OpenRelay() },
                    Portal = options.Portal(),
                    Rewards = new RewardsSettings
                    {
                        ProofTrees = options.ProofTrees,
                        ReconcileSeconds = options.ReconcileSeconds,
                        Payouts = new PayoutOptions
                        {
                            BatchSize = options.PayoutBatchSize,
                            MaxBatchGas = options.PayoutMaxBatchGas,
                            RecheckInterval = TimeSpan.FromSeconds(options.RecheckSeconds),
                            Push = options.PushPayouts,
                        },
                    },
                },
                loggers, cancellationToken);
            await app.StartAsync(cancellationToken);
            // The web host handles SIGINT and SIGTERM itself (its lifetime stops); the command line's token covers the
            // rest. Either way the host stops: requests end, jobs and the indexer step finish within its shutdown timeout.
            return await GovRewardsServer.WaitForStopAsync(app, loggers.CreateLogger("serve"), cancellationToken) ? 0 : 1;
        }));
        return command;
    }
}
