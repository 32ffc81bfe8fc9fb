using System.CommandLine;
using GovernanceRewards.Chain;
using GovernanceRewards.Embedded;
using GovernanceRewards.Host.Cli;

namespace GovernanceRewards.Host.Chain;

/// <summary><c>govrewards chain</c>: a local anvil chain on a fixed port until Ctrl+C, for deploy and wallets.</summary>
internal static class ChainCommand
{
    public static string WorkDirectory(RepositoryLayout layout) => Path.Combine(layout.DataDirectory, "chain");

    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port to listen on (loopback only)", DefaultValueFactory = _ => 8545 };
        var chainId = new Option<ulong>("--chain-id") { Description = "Chain id to serve", DefaultValueFactory = _ => 31337 };
        var blockTime = new Option<int?>("--block-time") { Description = "Seconds per block; automine when unset" };
        var command = new Command("chain", "Run a local anvil chain with funded development accounts until Ctrl+C") { port, chainId, blockTime };
        command.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async loggers =>
        {
            var layout = RepositoryLayout.Discover();
            var options = new AnvilOptions
            {
                Port = result.GetValue(port),
                ChainId = result.GetValue(chainId),
                BlockTimeSeconds = result.GetValue(blockTime),
                WorkDirectory = WorkDirectory(layout),
            };
            await using var node = await AnvilNode.StartAsync(layout, options, loggers.CreateLogger("chain"), cancellationToken);
            Console.WriteLine($"RPC {node.RpcUrl} (chain id {node.ChainId}); funded development accounts:");
            foreach (var key in node.DevelopmentKeys) Console.WriteLine("  " + SigningKey.FromPrivateKey(key).Address);
            Console.WriteLine("`govrewards deploy` signs with the first one. Ctrl+C stops the chain.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C is the normal way to stop.
            }
            return 0;
        }));
        return command;
    }
}
