using System.CommandLine;

namespace GovernanceRewards.Host.Cli;

/// <summary>Inputs several commands share, read and checked one way: the database and http(s) URLs.</summary>
internal static class CommonInputs
{
    public const string DatabaseVariable = "GOVREWARDS_DB";

    public const string NoDatabase = "no database: pass --db or set " + DatabaseVariable;

    public static Option<string?> DatabaseOption() => new("--db") { Description = $"PostgreSQL connection string (default: {DatabaseVariable})" };

    /// <summary>The flag's connection string, else the environment's; null when neither is set.</summary>
    public static string? Database(ParseResult result, Option<string?> option) =>
        result.GetValue(option) ?? Environment.GetEnvironmentVariable(DatabaseVariable);

    public static string RequireDatabase(ParseResult result, Option<string?> option) => Database(result, option) ?? throw new CliException(NoDatabase);

    /// <summary>The text as an absolute http(s) URL, or null.</summary>
    public static Uri? HttpUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : null;
}
