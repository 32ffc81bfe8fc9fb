using System.CommandLine;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Embedded;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Host.Deploy;
using GovernanceRewards.Rewards.Guardian;
using GovernanceRewards.Rewards.Policy;
using Microsoft.Extensions.Logging;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Web3;

namespace GovernanceRewards.Host.Rewards;

/// <summary>
/// <c>govrewards guard</c>: the guardian's independent check of the pending root, recomputed from chain events and the
/// policies given, vetoing a root that differs when the guardian's key is given (else it only reports, exit code 3).
/// </summary>
internal static class GuardCommand
{
    public static Command Create()
    {
        var chainOptions = new ChainOptions();
        var keystore = new Option<string?>("--keystore") { Description = "The guardian's keystore (else GOVREWARDS_KEY); without a key it only reports" };
        var readOnly = new Option<bool>("--report-only") { Description = "Never veto, even with a key at hand" };
        var policies = new Option<string[]>("--policy") { Description = "Policy files the funded epochs name by hash", Required = true, AllowMultipleArgumentsPerToken = true };
        var watch = new Option<int?>("--watch") { Description = "Check again every N seconds until stopped" };
        var command = new Command("guard", "Recompute the pending reward root from chain events and veto it if it differs") { keystore, readOnly, policies, watch };
        chainOptions.AddTo(command, withDatabase: false);
        command.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async loggers =>
        {
            var settings = chainOptions.Read(result);
            var known = new Dictionary<string, RewardPolicy>();
            foreach (var file in result.GetValue(policies)!)
            {
                var (policy, hash) = RewardPolicy.Load(file);
                known[hash.ToHex(true)] = policy;
            }
            IWeb3 reader = new Web3(settings.RpcUrl.ToString());
            TransactionLedger? guardian = null;
            // Only a key given on purpose vetoes: the development key a loopback RPC would fall back to is not the guardian's.
            if (!result.GetValue(readOnly) && (result.GetValue(keystore) is not null || SigningKey.FromEnvironment() is not null))
            {
                var key = await SignerResolver.ResolveAsync(result.GetValue(keystore), settings.RpcUrl, RepositoryLayout.Discover(), cancellationToken);
                var connection = await ChainConnection.ConnectAsync(settings.RpcUrl, key, settings.Manifest.ChainId, cancellationToken);
                guardian = TransactionLedger.InProcess(connection, loggers.CreateLogger<TransactionLedger>());
                reader = connection.Web3;
            }
            var chain = new SuiteChain(reader, settings.Manifest);
            var logger = loggers.CreateLogger<RootWatch>();
            var differs = false;
            do
            {
                VetoRoot? veto = guardian is null ? null : (epoch, _, reason, ct) => guardian.SendAsync($"veto of epoch {epoch}'s root",
                    $"guardian/veto/{epoch}", chain.DistributorAddress, new VetoRootFunction { Epoch = epoch, Reason = reason }, ct);
                var check = await new RootWatch(chain, reader, (hash, _) => Task.FromResult(known.GetValueOrDefault(hash.ToHex(true))), logger)
                    .CheckAsync(veto, cancellationToken);
                Console.WriteLine(check.Verdict switch
                {
                    RootVerdict.NothingPending => "no root is pending",
                    RootVerdict.Agrees => $"epoch {check.Epoch}: the pending root agrees with the chain's events",
                    RootVerdict.Vetoed => $"epoch {check.Epoch}: vetoed: {check.Reason}",
                    _ => $"epoch {check.Epoch}: DIFFERS (not vetoed, no guardian key): {check.Reason}",
                });
                differs = check.Verdict == RootVerdict.Differs;
                if (result.GetValue(watch) is not { } seconds) break;
                await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, seconds)), cancellationToken);
            }
            while (!cancellationToken.IsCancellationRequested);
            return differs ? 3 : 0;
        }));
        return command;
    }
}
