using DbUp;
using DbUp.Engine.Output;
using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Chain.Storage;

/// <summary>
/// Runs the versioned SQL scripts a feature assembly embeds under a <c>Migrations</c> folder (DbUp), each once, in
/// name order. Every feature keeps its own scripts; one journal records them all, by their full resource names.
/// </summary>
public static class SchemaMigrations
{
    public static void Run(string connectionString, System.Reflection.Assembly scripts, ILogger logger)
    {
        var result = Engine(connectionString, scripts, logger).PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException($"database migration {result.ErrorScript?.Name} failed: {result.Error.Message}", result.Error);
        }
    }

    /// <summary>The scripts of <paramref name="scripts"/> not yet applied to the database, by name; applies nothing.</summary>
    public static IReadOnlyList<string> Pending(string connectionString, System.Reflection.Assembly scripts) =>
        [.. Engine(connectionString, scripts, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance).GetScriptsToExecute().Select(s => s.Name)];

    private static DbUp.Engine.UpgradeEngine Engine(string connectionString, System.Reflection.Assembly scripts, ILogger logger) =>
        DeployChanges.To.PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(scripts, name => name.Contains(".Migrations.", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogTo(new UpgradeLog(logger))
            .Build();

    private sealed class UpgradeLog(ILogger logger) : IUpgradeLog
    {
        public void LogTrace(string format, params object[] args) { }

        public void LogDebug(string format, params object[] args) { }

        public void LogInformation(string format, params object[] args) => Log.Migration(logger, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));

        public void LogWarning(string format, params object[] args) => Log.MigrationWarning(logger, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));

        public void LogError(string format, params object[] args) => Log.MigrationWarning(logger, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));

        public void LogError(Exception ex, string format, params object[] args) => LogError(format, args);
    }
}
