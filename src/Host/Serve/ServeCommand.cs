using System.CommandLine;
using GovernanceRewards.Embedded;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Host.Deploy;

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
        var command = new Command("serve", "Run the indexer, the jobs and the HTTP API") { urls, confirmations, keystore };
        chainOptions.AddTo(command, withDatabase: true);
        command.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async loggers =>
        {
            var settings = chainOptions.Read(result);
            var key = await SignerResolver.ResolveAsync(result.GetValue(keystore), settings.RpcUrl, RepositoryLayout.Discover(), cancellationToken);
            await using var app = await GovRewardsServer.BuildAsync(
                new ServeSettings(settings, result.GetValue(urls)!) { Confirmations = result.GetValue(confirmations), Operator = key },
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
