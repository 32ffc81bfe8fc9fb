using GovernanceRewards.Chain;
using System.Numerics;
using GovernanceRewards.Governance;
using GovernanceRewards.Governance.Voting;
using GovernanceRewards.Portal;
using GovernanceRewards.Rewards;
using GovernanceRewards.Rewards.Epochs;
using GovernanceRewards.Host.Cli;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovernanceRewards.Host.Serve;

/// <summary>
/// What <c>serve</c> runs with, from the <c>Serve</c> section of its configuration: <c>appsettings.json</c> (or
/// <c>--config FILE</c>), then <c>GOVREWARDS_Serve__*</c> environment variables (and <c>GOVREWARDS_DB</c>), then flags.
/// </summary>
internal sealed class ServeOptions
{
    public const string Section = "Serve";

    public string? Manifest { get; set; }

    public string Rpc { get; set; } = "http://127.0.0.1:8545";

    public string? Database { get; set; }

    /// <summary>Where the API listens; loopback unless configured otherwise. Several URLs are separated by ';'.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    public ulong Confirmations { get; set; }

    /// <summary>"finalized" or "safe" where the chain has them; see <c>IndexerOptions.FinalityTag</c>.</summary>
    public string? Finality { get; set; }

    public string? Keystore { get; set; }

    public int PayoutBatchSize { get; set; } = PayoutOptions.Default.BatchSize;

    /// <summary>Most gas one claimMany may need; bigger batches are split (for chains with small blocks).</summary>
    public ulong PayoutMaxBatchGas { get; set; } = PayoutOptions.Default.MaxBatchGas;

    public int RecheckSeconds { get; set; } = (int)PayoutOptions.Default.RecheckInterval.TotalSeconds;

    /// <summary>Whether the host pays every earner itself once a root is usable; false leaves claiming to the earners.</summary>
    public bool PushPayouts { get; set; } = PayoutOptions.Default.Push;

    public int ReconcileSeconds { get; set; } = RewardsSettings.DefaultReconcileSeconds;

    public int Workers { get; set; } = ServeSettings.DefaultWorkers;

    public int BallotsPerVoterPerMinute { get; set; } = GovernanceSettings.DefaultBallotsPerVoterPerMinute;

    /// <summary>Epoch trees kept in memory for proof lookups, 32 bytes per node (64 MB at 1,000,000 leaves); 0 for none.</summary>
    public int ProofTrees { get; set; } = RewardsSettings.DefaultProofTrees;

    /// <summary>The largest request body taken; a larger one is answered 413 before it is read.</summary>
    public long MaxRequestBodyBytes { get; set; } = WebHardeningOptions.DefaultMaxRequestBodyBytes;

    /// <summary>The largest evidence file <c>POST /evidence</c> takes; a larger one is answered 413.</summary>
    public long MaxEvidenceBytes { get; set; } = WebHardeningOptions.DefaultMaxEvidenceBytes;

    /// <summary>The chain's name in the portal and in wallets that add it.</summary>
    public string? PortalChainName { get; set; }

    /// <summary>
    /// An RPC URL browsers' wallets may add the chain with; by default <see cref="Rpc"/> when both it and the portal are on
    /// loopback (a local chain), else none.
    /// </summary>
    public string? PortalPublicRpc { get; set; }

    /// <summary>A block explorer's base URL for the portal's transaction links.</summary>
    public string? PortalExplorer { get; set; }

    /// <summary>Whole tokens of voting power a holder needs at the snapshot for the portal to relay their signed ballot.</summary>
    public ulong OpenRelayMinimumTokens { get; set; } = 1;

    /// <summary>Gas the portal's relay may commit per UTC day; 0 closes it (holders then vote with their wallet's transactions).</summary>
    public ulong OpenRelayDailyGas { get; set; } = (ulong)OpenRelayLimits.Default.DailyGas;

    public PortalSettings Portal() => new()
    {
        ChainName = PortalChainName,
        // A loopback RPC is only of use to browsers on this machine: offered when the portal itself is served on loopback.
        PublicRpcUrl = CommonInputs.HttpUrl(PortalPublicRpc ?? "")
            ?? (CommonInputs.HttpUrl(Rpc) is { IsLoopback: true } loopback
                && Urls.Split(';', StringSplitOptions.RemoveEmptyEntries).All(url => CommonInputs.HttpUrl(url) is { IsLoopback: true }) ? loopback : null),
        ExplorerUrl = CommonInputs.HttpUrl(PortalExplorer ?? ""),
    };

    public OpenRelayLimits? OpenRelay() =>
        OpenRelayDailyGas == 0 ? null : new OpenRelayLimits(OpenRelayMinimumTokens * BigInteger.Pow(10, 18), OpenRelayDailyGas);
}

/// <summary>Every problem of a <see cref="ServeOptions"/> at once, each named by its configuration key.</summary>
internal sealed class ServeOptionsValidator : IValidateOptions<ServeOptions>
{
    public ValidateOptionsResult Validate(string? name, ServeOptions options)
    {
        var failures = new List<string>();
        void Require(bool ok, string key, string problem)
        {
            if (!ok) failures.Add($"{ServeOptions.Section}:{key}: {problem}");
        }

        Require(!string.IsNullOrWhiteSpace(options.Manifest), nameof(options.Manifest), "missing; the deployment manifest (deployments/<chainId>.json) is needed");
        if (!string.IsNullOrWhiteSpace(options.Manifest))
        {
            Require(File.Exists(options.Manifest), nameof(options.Manifest), $"no deployment manifest at {options.Manifest}");
        }
        Require(CommonInputs.HttpUrl(options.Rpc) is not null, nameof(options.Rpc), $"'{Redaction.Redact(options.Rpc)}' is not an http(s) URL");
        Require(!string.IsNullOrWhiteSpace(options.Database), nameof(options.Database), "missing; a PostgreSQL connection string (--db or GOVREWARDS_DB)");
        Require(options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries).All(url => CommonInputs.HttpUrl(url) is not null), nameof(options.Urls), $"'{options.Urls}' is not a ';'-separated list of http(s) URLs");
        Require(options.Finality is null or "finalized" or "safe", nameof(options.Finality), $"'{options.Finality}' is neither finalized nor safe");
        Require(options.PayoutBatchSize is >= 1 and <= 1_000, nameof(options.PayoutBatchSize), $"{options.PayoutBatchSize} is not from 1 to 1000 leaves");
        Require(options.PayoutMaxBatchGas >= 200_000, nameof(options.PayoutMaxBatchGas), $"{options.PayoutMaxBatchGas} is below 200,000 gas, too little for one leaf");
        Require(options.RecheckSeconds >= 1, nameof(options.RecheckSeconds), $"{options.RecheckSeconds} is not 1 or more seconds");
        Require(options.ReconcileSeconds is >= 1 and <= 59, nameof(options.ReconcileSeconds), $"{options.ReconcileSeconds} is not from 1 to 59 seconds");
        Require(options.Workers is >= 1 and <= 64, nameof(options.Workers), $"{options.Workers} is not from 1 to 64 job workers");
        Require(options.ProofTrees is >= 0 and <= 16, nameof(options.ProofTrees), $"{options.ProofTrees} is not from 0 to 16 trees");
        Require(options.MaxRequestBodyBytes is >= 1024 and <= 64 * 1024 * 1024, nameof(options.MaxRequestBodyBytes), $"{options.MaxRequestBodyBytes} is not from 1 KiB to 64 MiB");
        Require(options.MaxEvidenceBytes is >= 1024 and <= 1024L * 1024 * 1024, nameof(options.MaxEvidenceBytes), $"{options.MaxEvidenceBytes} is not from 1 KiB to 1 GiB");
        Require(options.PortalPublicRpc is null || CommonInputs.HttpUrl(options.PortalPublicRpc) is not null, nameof(options.PortalPublicRpc), $"'{Redaction.Redact(options.PortalPublicRpc ?? "")}' is not an http(s) URL");
        Require(options.PortalExplorer is null || CommonInputs.HttpUrl(options.PortalExplorer) is not null, nameof(options.PortalExplorer), $"'{options.PortalExplorer}' is not an http(s) URL");
        Require(options.OpenRelayDailyGas == 0 || options.OpenRelayMinimumTokens >= 1, nameof(options.OpenRelayMinimumTokens),
            "0 would let accounts holding a few wei of votes spend the open relay's budget; 1 or more (or OpenRelayDailyGas 0 to close it)");
        Require(options.BallotsPerVoterPerMinute >= 1, nameof(options.BallotsPerVoterPerMinute), $"{options.BallotsPerVoterPerMinute} is not 1 or more");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

internal static class ServeConfiguration
{
    /// <summary>The layered configuration; <paramref name="flags"/> holds only the flags actually given.</summary>
    public static IConfiguration Build(string? file, IReadOnlyDictionary<string, string?> flags)
    {
        if (file is not null && !File.Exists(file)) throw new CliException($"no configuration file at {file}");
        var legacy = new Dictionary<string, string?>();
        if (Environment.GetEnvironmentVariable(CommonInputs.DatabaseVariable) is { } database) legacy[$"{ServeOptions.Section}:{nameof(ServeOptions.Database)}"] = database;
        return new ConfigurationBuilder()
            .AddJsonFile(Path.GetFullPath(file ?? "appsettings.json"), optional: file is null)
            .AddInMemoryCollection(legacy)
            .AddEnvironmentVariables("GOVREWARDS_")
            .AddInMemoryCollection(flags)
            .Build();
    }

    /// <summary>
    /// Binds and validates the <c>Serve</c> section the way a host does at start (<c>ValidateOnStart</c>: the
    /// <see cref="IStartupValidator"/> runs every registered validator), but before anything is migrated, started or
    /// listened on; a bad value is a <see cref="CliException"/> naming every problem.
    /// </summary>
    public static ServeOptions Read(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddOptions<ServeOptions>().Bind(configuration.GetSection(ServeOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServeOptions>, ServeOptionsValidator>();
        using var provider = services.BuildServiceProvider();
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
            return provider.GetRequiredService<IOptions<ServeOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            throw new CliException("invalid configuration:\n  " + string.Join("\n  ", e.Failures));
        }
        catch (InvalidOperationException e)
        {
            throw new CliException($"invalid configuration: {e.Message}");
        }
    }
}
