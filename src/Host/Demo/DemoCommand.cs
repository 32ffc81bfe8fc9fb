using System.CommandLine;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Embedded;
using GovernanceRewards.Host.Cli;
using Spectre.Console;

namespace GovernanceRewards.Host.Demo;

/// <summary>
/// <c>govrewards demo</c>: the main job on embedded parts. It starts its own PostgreSQL and a local chain that mines
/// every second, and tells the whole story (see <see cref="DemoStory"/>); with <c>--serve</c> the API stays up after.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var serve = new Option<bool>("--serve") { Description = "Keep the chain, the database and the API running after the story until Ctrl+C" };
        var contributors = new Option<int>("--contributors")
        {
            Description = $"How many contributors take part (1 to {DemoCast.MaximumContributors})",
            DefaultValueFactory = _ => 8,
        };
        var urls = new Option<string>("--urls") { Description = "Where the API listens", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var command = new Command("demo", "Run the whole contribute-govern-earn story on an embedded chain and database") { serve, contributors, urls };
        command.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async _ =>
        {
            var count = result.GetValue(contributors);
            if (count is < 1 or > DemoCast.MaximumContributors) throw new CliException($"--contributors must be from 1 to {DemoCast.MaximumContributors}");
            var layout = RepositoryLayout.Discover();
            var console = AnsiConsole.Create(new AnsiConsoleSettings());
            // Redirected to a file, lines with a transaction hash would otherwise wrap at 80 columns.
            if (Console.IsOutputRedirected) console.Profile.Width = 160;
            using var log = DemoLog.Open(Path.Combine(layout.DataDirectory, "demo", "demo.log"));
            console.MarkupLineInterpolated($"[grey]What the chain, database, host and libraries log: {log.Path}[/]");
            var loggers = log.Loggers;
            var logger = loggers.CreateLogger("demo");
            // A database of its own, so a demo against an external server (GOVREWARDS_DB) never meets an earlier run's chain.
            await using var database = await PostgresCluster.StartAsync(
                layout, new PostgresOptions { Database = $"govrewards_demo_{Guid.NewGuid():N}" }, logger, cancellationToken);
            await using var node = await AnvilNode.StartAsync(
                layout, new AnvilOptions { BlockTimeSeconds = 1, MineTransactionsAtOnce = true, Accounts = DemoCast.Principals + count }, logger, cancellationToken);
            // The embedded chain is new on every run, so the previous run's manifest describes nothing.
            var manifestPath = DeploymentManifest.PathFor(Path.Combine(layout.DataDirectory, "demo", "deployments"), node.ChainId);
            if (File.Exists(manifestPath)) File.Delete(manifestPath);

            var cast = DemoCast.From(node.DevelopmentKeys, count);
            console.MarkupLineInterpolated(
                $"Chain {node.RpcUrl} (id {node.ChainId}, a block a second) and a PostgreSQL database of its own");
            var narrator = new DemoNarrator(console);
            await using var story = new DemoStory(
                new DemoStage(node.RpcUrl, node.ChainId, database.ConnectionString, manifestPath, result.GetValue(urls)!), cast, narrator, loggers);
            narrator.Summarize(await story.RunAsync(cancellationToken), cast);
            if (result.GetValue(serve))
            {
                console.MarkupLineInterpolated($"Serving the portal and the API at {story.Api} on chain {node.RpcUrl}; Ctrl+C stops.");
                // The dashboard's operator key goes to a file of the user's own, never to the screen (a shared terminal,
                // a recording); it goes with the run's database.
                var keyFile = Path.Combine(layout.DataDirectory, "demo", "dashboard-key");
                File.Delete(keyFile);
                var ownerOnly = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows()) ownerOnly.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                await using (var writer = new StreamWriter(keyFile, ownerOnly))
                {
                    await writer.WriteLineAsync(story.DashboardKey.AsMemory(), cancellationToken);
                }
                console.MarkupLineInterpolated($"Jobs dashboard {new Uri(story.Api!, "hangfire")}: any user name, the password in {keyFile}");
                try
                {
                    // Ctrl+C or SIGTERM stops the API's host; then the chain and the database stop and their folders go.
                    if (!await story.WaitForShutdownAsync(cancellationToken)) return 1;
                }
                finally
                {
                    File.Delete(keyFile);
                }
            }
            return 0;
        }));
        return command;
    }
}
