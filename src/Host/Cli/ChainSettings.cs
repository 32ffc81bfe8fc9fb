using GovernanceRewards.Chain;
using System.CommandLine;
using GovernanceRewards.Chain.Deployment;

namespace GovernanceRewards.Host.Cli;

/// <summary>Where a command finds the suite: its manifest, the RPC serving its chain, and (for most) the database.</summary>
internal sealed record ChainSettings(DeploymentManifest Manifest, Uri RpcUrl, string? ConnectionString)
{
    public string Database => ConnectionString ?? throw new CliException(CommonInputs.NoDatabase);
}

/// <summary>The options every chain-facing command shares, parsed and checked in one place.</summary>
internal sealed class ChainOptions
{
    public Option<string> Manifest { get; } = new("--manifest") { Description = "Deployment manifest (deployments/<chainId>.json)", Required = true };

    public Option<string> Rpc { get; } = new("--rpc") { Description = "JSON-RPC endpoint", DefaultValueFactory = _ => "http://127.0.0.1:8545" };

    public Option<string?> Database { get; } = CommonInputs.DatabaseOption();

    public void AddTo(Command command, bool withDatabase)
    {
        command.Options.Add(Manifest);
        command.Options.Add(Rpc);
        if (withDatabase) command.Options.Add(Database);
    }

    public ChainSettings Read(ParseResult result)
    {
        var manifest = DeploymentManifest.TryLoad(result.GetValue(Manifest)!)
            ?? throw new CliException($"no deployment manifest at {result.GetValue(Manifest)}");
        if (CommonInputs.HttpUrl(result.GetValue(Rpc)) is not { } rpcUrl)
        {
            throw new CliException($"--rpc must be an http(s) URL, not '{Redaction.Redact(result.GetValue(Rpc) ?? "")}'");
        }
        return new ChainSettings(manifest, rpcUrl, CommonInputs.Database(result, Database));
    }
}
