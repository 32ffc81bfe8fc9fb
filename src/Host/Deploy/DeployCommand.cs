using System.CommandLine;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Embedded;
using GovernanceRewards.Host.Cli;
using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Host.Deploy;

/// <summary>
/// <c>govrewards deploy</c>: deploys the suite to a chain and writes <c>deployments/&lt;chainId&gt;.json</c>; run again,
/// it verifies what the manifest records and sends nothing (or finishes an interrupted deployment).
/// </summary>
internal static class DeployCommand
{
    public static Command Create()
    {
        var rpc = new Option<string>("--rpc") { Description = "JSON-RPC endpoint", DefaultValueFactory = _ => "http://127.0.0.1:8545" };
        var keystore = new Option<string?>("--keystore") { Description = $"Web3 Secret Storage file (password from {SignerResolver.PasswordVariable} or a prompt)" };
        var chainId = new Option<ulong?>("--chain-id") { Description = "Refuse to send unless the RPC serves this chain id" };
        var parameters = new Option<string?>("--parameters") { Description = "JSON file of deploy parameters (token supply, voting and timelock settings, roles)" };
        var deployments = new Option<string?>("--deployments") { Description = "Folder of manifests (default: deployments/ in the checkout, else in ~/.local/share/govrewards)" };
        var confirmations = new Option<ulong>("--confirmations")
        {
            Description = "Blocks each step must be buried under before it is recorded (2 or more on public networks)", DefaultValueFactory = _ => 0,
        };
        var command = new Command("deploy", "Deploy the contract suite and write its manifest") { rpc, keystore, chainId, parameters, deployments, confirmations };
        command.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async loggers =>
        {
            var layout = RepositoryLayout.Discover();
            if (CommonInputs.HttpUrl(result.GetValue(rpc)) is not { } rpcUrl)
            {
                throw new ChainException($"--rpc must be an http(s) URL, not '{Redaction.Redact(result.GetValue(rpc) ?? "")}'");
            }
            var key = await SignerResolver.ResolveAsync(result.GetValue(keystore), rpcUrl, layout, cancellationToken);
            var chain = await ChainConnection.ConnectAsync(rpcUrl, key, result.GetValue(chainId), cancellationToken);
            var deployParameters = result.GetValue(parameters) is { } file ? DeployParameters.Load(file) : new DeployParameters();
            var manifestPath = DeploymentManifest.PathFor(result.GetValue(deployments) ?? layout.DeploymentsDirectory, chain.ChainId);
            var outcome = await new SuiteDeployer(chain, loggers.CreateLogger<SuiteDeployer>(), result.GetValue(confirmations))
                .DeployAsync(deployParameters, manifestPath, cancellationToken);
            ManifestPrinter.PrintSummary(outcome, manifestPath);
            return 0;
        }));
        return command;
    }
}
