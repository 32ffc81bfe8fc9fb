using System.Diagnostics;

namespace GovernanceRewards.Host.Tests;

/// <summary>What one run of the real <c>govrewards</c> executable did.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error);

/// <summary>Runs the built CLI as a separate process, the way an operator does.</summary>
internal static class GovRewardsProcess
{
    public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "govrewards.dll"));
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment.Remove("GOVREWARDS_KEY");
        info.Environment.Remove("GOVREWARDS_KEYSTORE_PASSWORD");
        foreach (var (name, value) in environment) info.Environment[name] = value;
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }
}
