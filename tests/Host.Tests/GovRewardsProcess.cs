using System.Diagnostics;

namespace GovernanceRewards.Host.Tests;

/// <summary>What one run of the real <c>govrewards</c> executable did.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error);

/// <summary>Runs the built CLI as a separate process, the way an operator does.</summary>
internal static class GovRewardsProcess
{
    public static Task<CliRun> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        RunAsync(StartInfo(environment, arguments));

    /// <summary>Runs any command (an installed <c>govrewards</c>, <c>dotnet pack</c>) to its end.</summary>
    public static async Task<CliRun> RunAsync(ProcessStartInfo info)
    {
        info.RedirectStandardOutput = info.RedirectStandardError = info.RedirectStandardInput = true;
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }

    /// <summary>A loopback port nothing listens on (a moment ago).</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts a long-running command (index, chain) whose output is collected until it is killed.</summary>
    public static RunningCli Start(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        Start(StartInfo(environment, arguments));

    public static RunningCli Start(ProcessStartInfo info)
    {
        info.RedirectStandardOutput = info.RedirectStandardError = info.RedirectStandardInput = true;
        return new(Process.Start(info)!);
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string?> environment, string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet");
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "govrewards.dll"));
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment.Remove("GOVREWARDS_KEY");
        info.Environment.Remove("GOVREWARDS_KEYSTORE_PASSWORD");
        foreach (var (name, value) in environment) info.Environment[name] = value;
        return info;
    }
}

/// <summary>A CLI process still running; <see cref="Kill"/> is SIGKILL, as a crash or an OOM kill would be.</summary>
internal sealed class RunningCli : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _error = new();

    public RunningCli(Process process)
    {
        _process = process;
        process.StandardInput.Close();
        process.ErrorDataReceived += (_, e) => { lock (_error) _error.AppendLine(e.Data); };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
    }

    public string Error
    {
        get { lock (_error) return _error.ToString(); }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Waits for <paramref name="condition"/> (an HTTP call refused while the process starts counts as not yet); fails
    /// with what the process wrote when it exits first or <paramref name="limit"/> (90 s) passes.
    /// </summary>
    public async Task UntilAsync(Func<Task<bool>> condition, TimeSpan? limit = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (await condition()) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            Assert.True(clock.Elapsed < (limit ?? TimeSpan.FromSeconds(90)) && !HasExited, "never came: " + Error);
            await Task.Delay(200);
        }
    }

    /// <summary>Sends a POSIX signal (TERM, INT), as a supervisor or a terminal would.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", [$"-{name}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    /// <summary>The exit code once the process ends within <paramref name="timeout"/>, else null (it is left running).</summary>
    public async Task<int?> ExitCodeWithinAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
