using System.CommandLine;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Host.Access;
using GovernanceRewards.Host.Chain;
using GovernanceRewards.Host.Contributions;
using GovernanceRewards.Host.Demo;
using GovernanceRewards.Host.Doctor;
using GovernanceRewards.Host.Deploy;
using GovernanceRewards.Host.Governance;
using GovernanceRewards.Host.Index;
using GovernanceRewards.Host.Publish;
using GovernanceRewards.Host.Rewards;
using GovernanceRewards.Host.Serve;
using GovernanceRewards.Host.Verify;
using GovernanceRewards.Governance.Templates;
using GovernanceRewards.Rewards.Policy;
using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Host.Cli;

/// <summary>The <c>govrewards</c> command line: one subcommand per feature folder.</summary>
internal static class GovRewardsCli
{
    public static RootCommand Build() =>
        new RootCommand("GovernanceRewards: contribute, govern, earn. Contracts, indexer, reward jobs and API.")
        {
            ChainCommand.Create(),
            DeployCommand.Create(),
            DemoCommand.Create(),
            IndexCommand.Create(),
            ServeCommand.Create(),
            ProposalsCommand.Create(),
            PolicyCommand.Create(),
            ApiKeyCommand.Create(),
            DoctorCommand.Create(),
            GuardCommand.Create(),
            PublishCommand.Create(),
            VerifyCommand.Create(),
        }.WithAll(HolderCommands.Create()).WithAll(RewardCommands.Create()).WithAll(ContributionCommands.Create());

    private static RootCommand WithAll(this RootCommand root, IEnumerable<Command> commands)
    {
        foreach (var command in commands) root.Subcommands.Add(command);
        return root;
    }

    /// <summary>
    /// Runs a command body with console logging on stderr (stdout carries only results, so they can be piped), and
    /// turns the failures a user can fix into one clear line and exit code 1 instead of a stack trace.
    /// </summary>
    public static async Task<int> RunAsync(Func<ILoggerFactory, Task<int>> body)
    {
        using var loggerFactory = LoggerFactory.Create(builder => builder
            .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.TimestampFormat = "HH:mm:ss ";
            })
            .AddFilter("System.Net.Http", LogLevel.Warning)
            .SetMinimumLevel(LogLevel.Information));
        try
        {
            return await body(loggerFactory);
        }
        catch (Exception e) when (e is KeyException or ChainException or DeploymentException or FileNotFoundException or CliException
                                   or TransactionRevertedException or ProposalValidationException or RewardPolicyException)
        {
            // Messages may quote a URL or connection string from the node, the database or the user's own flags.
            await Console.Error.WriteLineAsync($"error: {Redaction.Redact(e.Message)}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("cancelled");
            return 130;
        }
    }
}

/// <summary>A command was given what it cannot work with; the message says what to pass instead.</summary>
internal sealed class CliException(string message) : Exception(message);
