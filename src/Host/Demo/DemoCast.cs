using System.Numerics;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Content;
using GovernanceRewards.Rewards.Policy;

namespace GovernanceRewards.Host.Demo;

/// <summary>One contribution the attester records: who, which kind (the registry's enum order), how much, and its evidence file.</summary>
internal sealed record DemoContribution(string Contributor, byte Kind, BigInteger Units, byte[] EvidenceFile)
{
    /// <summary>A short file is one raw block: its CID is what `ipfs add --cid-version 1 --raw-leaves` gives it.</summary>
    public Cid Evidence { get; } = Cid.Of(Cid.RawCodec, EvidenceFile);
}

/// <summary>
/// Who plays which part in the demo, on the local chain's funded development accounts (public test keys): the founder
/// who deploys and holds the first tokens, the operator whose key the host signs with, the attester, two holders, and
/// the contributors. Their contributions are drawn from a fixed seed, so every run tells the same story.
/// </summary>
internal sealed class DemoCast
{
    /// <summary>Accounts the cast needs besides its contributors.</summary>
    public const int Principals = 5;

    public const int MaximumContributors = 95;

    private DemoCast(IReadOnlyList<SigningKey> keys, int contributors)
    {
        Founder = keys[0];
        Operator = keys[1];
        Attester = keys[2];
        Ada = keys[3];
        Ben = keys[4];
        Contributors = keys.Skip(Principals).Take(contributors).ToList();
        var random = new Random(2026);
        Contributions = [.. Contributors.SelectMany((contributor, i) => ContributionsOf(contributor.Address, i, random))];
        Stakers = [.. Contributors.Where(c => Contributions.Any(x => x.Contributor == c.Address && x.Kind <= Compute))];
        SelfClaimer = Contributors.LastOrDefault(c => !Stakers.Contains(c)) ?? Contributors[^1];
    }

    public SigningKey Founder { get; }

    /// <summary>Settles reward roots, relays signed votes and runs the keeper: the key <c>serve</c> holds.</summary>
    public SigningKey Operator { get; }

    public SigningKey Attester { get; }

    /// <summary>A holder who proposes and votes herself.</summary>
    public SigningKey Ada { get; }

    /// <summary>A holder who votes by signature only, paying no gas.</summary>
    public SigningKey Ben { get; }

    public IReadOnlyList<SigningKey> Contributors { get; }

    public IReadOnlyList<DemoContribution> Contributions { get; }

    /// <summary>Contributors of data, storage or compute, whose units count only with a bonded stake (see <see cref="Policy"/>).</summary>
    public IReadOnlyList<SigningKey> Stakers { get; }

    /// <summary>The contributor who claims with a proof instead of waiting for the push payment.</summary>
    public SigningKey SelfClaimer { get; }

    public static BigInteger AdaTokens => DeployParameters.ToUnits(20_000);

    public static BigInteger BenTokens => DeployParameters.ToUnits(10_000);

    public static BigInteger Stake => DeployParameters.ToUnits(150);

    public static BigInteger EpochBudget => DeployParameters.ToUnits(10_000);

    public static BigInteger StakingStream => DeployParameters.ToUnits(600);

    public static TimeSpan StakingStreamLength => TimeSpan.FromMinutes(10);

    /// <summary>Weights per kind, 10% of the budget for voting weight cast, a 100-token bond for data, storage and compute, a 40% cap.</summary>
    public static RewardPolicy Policy { get; } = new()
    {
        Weights = new() { ["data"] = 3, ["storage"] = 1, ["compute"] = 2, ["modelTraining"] = 4, ["code"] = 5 },
        ParticipationBasisPoints = 1_000,
        MinimumBond = DeployParameters.ToUnits(100),
        CapBasisPoints = 4_000,
    };

    /// <summary>The last of the kinds that need a bond: data (0), storage (1) and compute (2).</summary>
    private const byte Compute = 2;

    public static DemoCast From(IReadOnlyList<string> developmentKeys, int contributors)
    {
        if (contributors is < 1 or > MaximumContributors) throw new ArgumentOutOfRangeException(nameof(contributors), $"from 1 to {MaximumContributors}");
        if (developmentKeys.Count < Principals + contributors) throw new ArgumentException($"{Principals + contributors} funded accounts needed", nameof(developmentKeys));
        return new DemoCast([.. developmentKeys.Select(SigningKey.FromPrivateKey)], contributors);
    }

    /// <summary>The deployment the demo runs on: governance and the dispute window cut to seconds so the story fits in minutes.</summary>
    public DeployParameters Deployment() => new()
    {
        VotingDelayBlocks = 1,
        VotingPeriodBlocks = 8,
        LateQuorumExtensionBlocks = 2,
        TimelockDelaySeconds = 5,
        DisputeWindowSeconds = 10,
        Settler = Operator.Address,
        Guardian = Founder.Address,
        Attesters = [Attester.Address],
    };

    /// <summary>The name a reader of the demo's tables knows an address by.</summary>
    public string NameOf(string address)
    {
        if (Same(address, Founder.Address)) return "founder";
        if (Same(address, Ada.Address)) return "Ada (holder)";
        if (Same(address, Ben.Address)) return "Ben (holder)";
        for (var i = 0; i < Contributors.Count; i++)
        {
            if (Same(address, Contributors[i].Address)) return $"contributor {i + 1}";
        }
        return address;

        static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every contributor works in one kind (kinds in turn, so all five appear) and sometimes in a second one.</summary>
    private static IEnumerable<DemoContribution> ContributionsOf(string contributor, int index, Random random)
    {
        var kind = (byte)(index % RewardPolicy.Kinds.Count);
        yield return Contribution(contributor, kind, random);
        if (random.Next(3) == 0) yield return Contribution(contributor, (byte)((kind + 1 + random.Next(RewardPolicy.Kinds.Count - 1)) % RewardPolicy.Kinds.Count), random);
    }

    private static DemoContribution Contribution(string contributor, byte kind, Random random)
    {
        var units = random.Next(10, 500);
        var evidence = $"demo {RewardPolicy.Kinds[kind]} by {contributor.ToLowerInvariant()}: {units} units";
        return new DemoContribution(contributor, kind, units, System.Text.Encoding.UTF8.GetBytes(evidence));
    }
}
