using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Embedded;

/// <summary>Options of a local anvil chain.</summary>
public sealed record AnvilOptions
{
    public ulong ChainId { get; init; } = 31337;

    /// <summary>Seconds between blocks; null mines a block per transaction (automine).</summary>
    public int? BlockTimeSeconds { get; init; }

    /// <summary>
    /// With <see cref="BlockTimeSeconds"/>: also mine each transaction at once (anvil's mixed mining), so the chain's
    /// clock and block height move on by themselves while nobody waits a block time for a receipt.
    /// </summary>
    public bool MineTransactionsAtOnce { get; init; }

    public int Accounts { get; init; } = 10;

    /// <summary>Port to listen on; null picks a free one.</summary>
    public int? Port { get; init; }

    /// <summary>Folder for the node's account file, kept after the node stops; null uses a temp folder.</summary>
    public string? WorkDirectory { get; init; }

    /// <summary>The account file anvil writes (its funded development keys) inside <paramref name="workDirectory"/>.</summary>
    public static string AccountsFile(string workDirectory) => Path.Combine(workDirectory, "anvil.json");
}

/// <summary>
/// A real anvil node started from node_modules on a free loopback port, killed on dispose. Its funded accounts
/// are the ones of anvil's public test mnemonic, read from the node's own <c>--config-out</c> file.
/// </summary>
public sealed class AnvilNode : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Process _process;
    private readonly string? _temporaryDirectory;

    private AnvilNode(Process process, string? temporaryDirectory, Uri rpcUrl, ulong chainId, IReadOnlyList<string> privateKeys)
    {
        _process = process;
        _temporaryDirectory = temporaryDirectory;
        RpcUrl = rpcUrl;
        ChainId = chainId;
        DevelopmentKeys = privateKeys;
    }

    public Uri RpcUrl { get; }

    public ulong ChainId { get; }

    /// <summary>Private keys of the funded development accounts (public test keys, never real funds).</summary>
    public IReadOnlyList<string> DevelopmentKeys { get; }

    public static async Task<AnvilNode> StartAsync(
        RepositoryLayout layout, AnvilOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var binary = layout.RequireTool(layout.AnvilBinary, "anvil");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryStartAsync(binary, options, logger, cancellationToken);
            }
            catch (IOException) when (attempt < 3 && options.Port is null)
            {
                // The free port was taken between choosing it and anvil binding it.
            }
        }
    }

    private static async Task<AnvilNode> TryStartAsync(
        string binary, AnvilOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var port = options.Port ?? FreePort.Next();
        var temporaryDirectory = options.WorkDirectory is null ? Directory.CreateTempSubdirectory("govrewards-anvil-").FullName : null;
        var workDirectory = options.WorkDirectory ?? temporaryDirectory!;
        Directory.CreateDirectory(workDirectory);
        var configFile = AnvilOptions.AccountsFile(workDirectory);
        File.Delete(configFile);
        var info = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--host", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture),
                     "--chain-id", options.ChainId.ToString(CultureInfo.InvariantCulture),
                     "--accounts", options.Accounts.ToString(CultureInfo.InvariantCulture),
                     "--config-out", configFile,
                 })
        {
            info.ArgumentList.Add(argument);
        }
        if (options.BlockTimeSeconds is { } blockTime)
        {
            info.ArgumentList.Add("--block-time");
            info.ArgumentList.Add(blockTime.ToString(CultureInfo.InvariantCulture));
            if (options.MineTransactionsAtOnce) info.ArgumentList.Add("--mixed-mining");
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start anvil");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var rpcUrl = new Uri($"http://127.0.0.1:{port}");
        try
        {
            await WaitUntilServingAsync(process, rpcUrl, output, cancellationToken);
            var keys = await ReadKeysAsync(configFile, cancellationToken);
            Log.AnvilStarted(logger, rpcUrl, options.ChainId, process.Id);
            return new AnvilNode(process, temporaryDirectory, rpcUrl, options.ChainId, keys);
        }
        catch
        {
            ProcessRunner.KillTree(process);
            process.Dispose();
            if (temporaryDirectory is not null) Directory.Delete(temporaryDirectory, recursive: true);
            throw;
        }
    }

    private static async Task WaitUntilServingAsync(
        Process process, Uri rpcUrl, IEnumerable<string> output, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                var text = string.Join('\n', output);
                if (text.Contains("Address already in use", StringComparison.OrdinalIgnoreCase)) throw new IOException(text);
                throw new InvalidOperationException($"anvil exited with {process.ExitCode}: {text}");
            }
            try
            {
                using var response = await http.PostAsJsonAsync(
                    rpcUrl, new { jsonrpc = "2.0", id = 1, method = "eth_chainId", @params = Array.Empty<object>() },
                    cancellationToken);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(50, cancellationToken);
        }
        throw new TimeoutException($"anvil did not answer on {rpcUrl} within 30 s: {string.Join('\n', output)}");
    }

    /// <summary>The development keys listed in an anvil account file.</summary>
    public static async Task<IReadOnlyList<string>> ReadKeysAsync(string configFile, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 100 && !File.Exists(configFile); i++) await Task.Delay(20, cancellationToken);
        await using var stream = File.OpenRead(configFile);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        return [.. document.RootElement.GetProperty("private_keys").EnumerateArray().Select(k => k.GetString()!)];
    }

    /// <summary>Calls an anvil or eth method (mining, time travel, impersonation) and returns its raw result.</summary>
    public async Task<JsonElement> RpcAsync(string method, object[] parameters, CancellationToken cancellationToken = default)
    {
        using var response = await Http.PostAsJsonAsync(
            RpcUrl, new { jsonrpc = "2.0", id = 1, method, @params = parameters }, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var document = await JsonDocument.ParseAsync(
            await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        if (document.RootElement.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException($"{method} failed: {error.GetRawText()}");
        }
        return document.RootElement.GetProperty("result").Clone();
    }

    /// <summary>Mines <paramref name="blocks"/> empty blocks.</summary>
    public Task MineAsync(int blocks, CancellationToken cancellationToken = default) =>
        RpcAsync("anvil_mine", ["0x" + blocks.ToString("x", CultureInfo.InvariantCulture)], cancellationToken);

    /// <summary>Moves the chain's clock forward and mines a block carrying the new time.</summary>
    public async Task IncreaseTimeAsync(ulong seconds, CancellationToken cancellationToken = default)
    {
        await RpcAsync("evm_increaseTime", [seconds], cancellationToken);
        await MineAsync(1, cancellationToken);
    }

    /// <summary>Fixes the timestamp of the next block, so time-dependent amounts can be computed exactly.</summary>
    public Task SetNextBlockTimestampAsync(ulong timestamp, CancellationToken cancellationToken = default) =>
        RpcAsync("evm_setNextBlockTimestamp", [timestamp], cancellationToken);

    /// <summary>Lets transactions be sent as <paramref name="address"/> (a contract, say) without its key, and funds it.</summary>
    public async Task ImpersonateAsync(string address, CancellationToken cancellationToken = default)
    {
        await RpcAsync("anvil_impersonateAccount", [address], cancellationToken);
        await RpcAsync("anvil_setBalance", [address, "0x56bc75e2d63100000"], cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        ProcessRunner.KillTree(_process);
        await _process.WaitForExitAsync();
        _process.Dispose();
        if (_temporaryDirectory is null) return;
        try
        {
            Directory.Delete(_temporaryDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
