using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceRewards.Chain;
using Nethereum.Util;

namespace GovernanceRewards.Rewards.Policy;

/// <summary>
/// How an epoch's budget is shared: weight per contribution kind, the share of the budget that rewards governance
/// participation by voting weight (see <see cref="Allocation.Participation"/>), the bond a data, storage or compute contributor must hold
/// throughout the window, a cap on what contributions earn one account, and excluded accounts. Its canonical hash is
/// what <c>fundEpoch</c> records, so the computation can prove it used the voted policy.
/// </summary>
/// <remarks>
/// Version 2. Version 1 credited a fixed number of units per vote, whatever its weight: free to farm with throwaway
/// accounts, so it is refused.
/// </remarks>
public sealed record RewardPolicy
{
    public static readonly IReadOnlyList<string> Kinds = ["data", "storage", "compute", "modelTraining", "code"];

    /// <summary>The kinds whose units count only for an account whose bond reaches <see cref="MinimumBond"/>.</summary>
    public static readonly IReadOnlySet<string> BondedKinds = new HashSet<string> { "data", "storage", "compute" };

    public const int CurrentVersion = 2;

    public int Version { get; init; } = CurrentVersion;

    /// <summary>Weight per contribution kind (data, storage, compute, modelTraining, code); a missing kind weighs 0.</summary>
    public Dictionary<string, BigInteger> Weights { get; init; } = [];

    /// <summary>
    /// Share of the budget, in basis points, that rewards the voting weight cast on proposals that count; the rest
    /// rewards contributions. A side nobody earned in leaves its part unallocated, for governance to sweep back.
    /// </summary>
    public int ParticipationBasisPoints { get; init; }

    /// <summary>Stake (token base units) an account must hold throughout the window for its data, storage and compute units to count.</summary>
    public BigInteger MinimumBond { get; init; }

    /// <summary>
    /// Largest share of the budget one account's contributions may earn, in basis points (10,000 = no cap). Participation
    /// is not capped: a cap per address would reward splitting voting power.
    /// </summary>
    public int CapBasisPoints { get; init; } = 10_000;

    public List<string> Exclusions { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new Chain.Deployment.ManifestJson.BigIntegerStringConverter() },
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Reads and validates a policy file, and hashes it.</summary>
    public static (RewardPolicy Policy, byte[] Hash) Load(string path)
    {
        var policy = Parse(File.ReadAllText(path), path);
        return (policy, Hash(policy));
    }

    /// <summary>Parses and validates a policy document.</summary>
    public static RewardPolicy Parse(string json, string source = "the policy")
    {
        RewardPolicy policy;
        try
        {
            policy = JsonSerializer.Deserialize<RewardPolicy>(json, Json) ?? throw new RewardPolicyException($"{source} is empty");
        }
        catch (JsonException e)
        {
            throw new RewardPolicyException($"{source} is not a reward policy: {e.Message}");
        }
        policy.Validate();
        return policy;
    }

    /// <summary>The canonical JSON the hash is taken over, also what is stored.</summary>
    public string ToCanonicalJson() => Canonical(JsonSerializer.SerializeToNode(Normalized(), Json));

    private RewardPolicy Normalized() => this with { Exclusions = [.. Exclusions.Select(a => a.ToLowerInvariant()).Order(StringComparer.Ordinal)] };

    /// <summary>keccak256 of the canonical JSON: keys sorted, no whitespace, integers as decimal strings, addresses lower-case.</summary>
    public static byte[] Hash(RewardPolicy policy) => Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(policy.ToCanonicalJson()));

    /// <summary>Every rule that decides the split, one line each, in words.</summary>
    public IReadOnlyList<string> Describe()
    {
        var participation = Percent(ParticipationBasisPoints);
        var rest = 10_000 - ParticipationBasisPoints;
        var contributions = rest == 0 ? "nothing" : $"the other {Percent(rest)}";
        var bonded = string.Join(", ", Kinds.Where(BondedKinds.Contains));
        return
        [
            "weights per unit: " + string.Join(", ", Kinds.Select(k => $"{k} {Weights.GetValueOrDefault(k)}")),
            ParticipationBasisPoints == 0
                ? "participation: nothing for votes; contributions share the whole budget"
                : $"participation: {participation} of the budget by voting weight cast, never capped; "
                  + $"contributions share {contributions}",
            MinimumBond.IsZero
                ? "bond: none needed"
                : $"bond: {bonded} units count only with {TokenAmount.Format(MinimumBond)} GRW staked through the window",
            CapBasisPoints == 10_000
                ? "cap: none"
                : $"cap: one account's contributions earn at most {Percent(CapBasisPoints)} of the budget; "
                  + "the excess is shared by the others, or left unallocated",
            Exclusions.Count == 0 ? "exclusions: none" : "excluded (earn nothing): " + string.Join(", ", Exclusions),
        ];
    }

    private static string Percent(int basisPoints) =>
        (basisPoints / 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    public void Validate()
    {
        var problems = new List<string>();
        if (Version == 1) problems.Add("version 1 credited units per vote whatever its weight (free to farm with empty accounts); write version 2 with participationBasisPoints");
        else if (Version != CurrentVersion) problems.Add($"version {Version} is not supported ({CurrentVersion} is)");
        problems.AddRange(Weights.Keys.Where(k => !Kinds.Contains(k)).Select(k => $"unknown contribution kind '{k}' (known: {string.Join(", ", Kinds)})"));
        if (Weights.Values.Any(w => w < 0)) problems.Add("weights must not be negative");
        if (Weights.Values.All(w => w.IsZero) && ParticipationBasisPoints == 0) problems.Add("every weight and participationBasisPoints are zero: nobody could earn");
        if (ParticipationBasisPoints is < 0 or > 10_000) problems.Add("participationBasisPoints must be between 0 and 10000");
        if (MinimumBond < 0) problems.Add("minimumBond must not be negative");
        if (CapBasisPoints is < 1 or > 10_000) problems.Add("capBasisPoints must be between 1 and 10000");
        problems.AddRange(Exclusions.Where(a => !AddressUtil.Current.IsValidEthereumAddressHexFormat(a)).Select(a => $"exclusion '{a}' is not an address"));
        if (problems.Count > 0) throw new RewardPolicyException("invalid reward policy: " + string.Join("; ", problems));
    }

    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => JsonSerializer.Serialize(p.Key) + ":" + Canonical(p.Value))) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        JsonValue v when v.TryGetValue<int>(out var number) => number.ToString(CultureInfo.InvariantCulture),
        null => "null",
        _ => node.ToJsonString(),
    };
}

/// <summary>A policy file that cannot be used; the message lists what is wrong.</summary>
public sealed class RewardPolicyException(string message) : Exception(message);
