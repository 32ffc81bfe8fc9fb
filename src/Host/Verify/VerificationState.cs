using System.Text.Json;
using GovernanceRewards.Chain.Deployment;

namespace GovernanceRewards.Host.Verify;

/// <summary>Where one contract's verification stands with one service: queued under a ticket, verified or failed.</summary>
internal sealed record ContractVerification(string Address, string Status, string? Ticket, string? Message)
{
    public const string Queued = "queued";
    public const string Verified = "verified";
    public const string Failed = "failed";
}

/// <summary>
/// <c>deployments/&lt;chainId&gt;.verification.json</c>, beside the manifest: per service URL and contract, what was
/// submitted and how it ended. Written after every step through a temporary file, so a rerun skips what is verified
/// and asks again about a queued ticket instead of submitting twice.
/// </summary>
internal sealed class VerificationState
{
    private readonly string _path;
    private readonly Dictionary<string, Dictionary<string, ContractVerification>> _services;

    private VerificationState(string path, Dictionary<string, Dictionary<string, ContractVerification>> services) =>
        (_path, _services) = (path, services);

    public static string PathBeside(string manifestPath) => Path.ChangeExtension(manifestPath, ".verification.json");

    public static VerificationState Load(string path)
    {
        if (!File.Exists(path)) return new(path, []);
        try
        {
            return new(path, JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, ContractVerification>>>(
                File.ReadAllText(path), ManifestJson.Options) ?? []);
        }
        catch (JsonException e)
        {
            throw new DeploymentException($"{path} is not a verification state file: {e.Message}");
        }
    }

    /// <summary>What was recorded for this contract at this address; a redeployed contract starts afresh.</summary>
    public ContractVerification? Find(string service, VerifiableContract contract) =>
        _services.GetValueOrDefault(service)?.GetValueOrDefault(contract.Name) is { } recorded
        && string.Equals(recorded.Address, contract.Address, StringComparison.OrdinalIgnoreCase)
            ? recorded
            : null;

    public void Record(string service, string name, ContractVerification verification)
    {
        if (!_services.TryGetValue(service, out var contracts)) _services[service] = contracts = [];
        contracts[name] = verification;
        var temporary = _path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(_services, ManifestJson.Options) + "\n");
        File.Move(temporary, _path, overwrite: true);
    }
}
