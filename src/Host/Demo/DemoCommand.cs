using System.CommandLine;
using GovernanceRewards.Contracts.Chain;
using GovernanceRewards.Contracts.Deployment;
using GovernanceRewards.Embedded;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Host.Deploy;
using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Host.Demo;

/// <summary>
/// <c>govrewards demo</c>: the main job on embedded parts. It starts its own anvil chain, deploys the whole suite
/// and prints the manifest; later issues grow it into the full contribute-govern-pay story.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var keepRunning = new Option<bool>("--keep-running") { Description = "Keep the chain running after the demo until Ctrl+C" };
        var command = new Command("demo", "Start an embedded chain, deploy the suite and print its manifest") { keepRunning };
        command.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async loggers =>
        {
            var layout = RepositoryLayout.Discover();
            var logger = loggers.CreateLogger("demo");
            await using var node = await AnvilNode.StartAsync(layout, new AnvilOptions(), logger, cancellationToken);
            var chain = await ChainConnection.ConnectAsync(
                node.RpcUrl, SigningKey.FromPrivateKey(node.DevelopmentKeys[0]), node.ChainId, cancellationToken);
            // The embedded chain is new on every run, so the previous run's manifest describes nothing.
            var manifestPath = DeploymentManifest.PathFor(Path.Combine(layout.DataDirectory, "demo", "deployments"), node.ChainId);
            if (File.Exists(manifestPath)) File.Delete(manifestPath);
            var outcome = await new SuiteDeployer(chain, loggers.CreateLogger<SuiteDeployer>())
                .DeployAsync(new DeployParameters(), manifestPath, cancellationToken);
            Console.Write(outcome.Manifest.ToJson());
            ManifestPrinter.PrintSummary(outcome, manifestPath);
            if (result.GetValue(keepRunning))
            {
                Console.WriteLine($"chain running at {node.RpcUrl}; Ctrl+C stops it");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C ends the demo.
                }
            }
            return 0;
        }));
        return command;
    }
}
