using System.Numerics;
using System.Text.Json;

namespace GovernanceRewards.Contracts.Deployment;

/// <summary>
/// What a deployment is made of. The defaults suit the local chain (blocks and seconds are small so a whole
/// proposal cycle fits in a test); a testnet deployment passes a JSON file with its own values.
/// Token amounts are whole tokens (18 decimals are added on chain).
/// </summary>
public sealed record DeployParameters
{
    public string TokenName { get; init; } = "Governance Rewards";
    public string TokenSymbol { get; init; } = "GRW";
    public BigInteger TreasuryTokens { get; init; } = 900_000;
    public BigInteger DeployerTokens { get; init; } = 100_000;
    public ulong VotingDelayBlocks { get; init; } = 1;
    public uint VotingPeriodBlocks { get; init; } = 30;
    public BigInteger ProposalThresholdTokens { get; init; } = 0;
    public uint QuorumPercent { get; init; } = 4;
    public ulong LateQuorumExtensionBlocks { get; init; } = 5;
    public ulong TimelockDelaySeconds { get; init; } = 60;
    public ulong DisputeWindowSeconds { get; init; } = 120;

    /// <summary>Account allowed to post reward roots; the deployer when unset.</summary>
    public string? Settler { get; init; }

    /// <summary>Account allowed to veto pending roots; the deployer when unset.</summary>
    public string? Guardian { get; init; }

    /// <summary>Accounts allowed to record contributions from the start; the deployer when unset.</summary>
    public IReadOnlyList<string>? Attesters { get; init; }

    public static BigInteger ToUnits(BigInteger tokens) => tokens * BigInteger.Pow(10, 18);

    public static DeployParameters Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<DeployParameters>(File.ReadAllText(path), ManifestJson.Options)
                ?? throw new DeploymentException($"{path} is empty");
        }
        catch (JsonException e)
        {
            throw new DeploymentException($"{path} is not valid deploy parameters: {e.Message}");
        }
    }

    /// <summary>Refuses values the contracts would accept but that make governance unusable.</summary>
    public void Validate()
    {
        var problems = new List<string>();
        if (QuorumPercent is 0 or > 100) problems.Add("QuorumPercent must be between 1 and 100");
        if (VotingPeriodBlocks == 0) problems.Add("VotingPeriodBlocks must be positive");
        if (TreasuryTokens < 0 || DeployerTokens < 0) problems.Add("token amounts must not be negative");
        if (TreasuryTokens + DeployerTokens == 0) problems.Add("the token supply must not be zero");
        if (problems.Count > 0) throw new DeploymentException("invalid deploy parameters: " + string.Join("; ", problems));
    }
}
