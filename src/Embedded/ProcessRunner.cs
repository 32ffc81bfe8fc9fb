using System.Diagnostics;

namespace GovernanceRewards.Embedded;

/// <summary>
/// Runs a helper command (initdb, pg_ctl, node scripts) to completion. A non-zero exit throws with everything the
/// command printed; otherwise its standard output is returned.
/// </summary>
public static class ProcessRunner
{
    public static Task<string> RunAsync(string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        RunAsync(fileName, arguments, workingDirectory: null, standardInput: null, cancellationToken);

    public static async Task<string> RunAsync(
        string fileName, IEnumerable<string> arguments, string? workingDirectory, string? standardInput, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = standardInput is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput.AsMemory(), cancellationToken);
            process.StandardInput.Close();
        }
        await process.WaitForExitAsync(cancellationToken);
        var output = await stdout;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(fileName)} {string.Join(' ', info.ArgumentList)} exited with {process.ExitCode}: {output}{await stderr}");
        }
        return output;
    }

    internal static void KillTree(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }
    }
}
