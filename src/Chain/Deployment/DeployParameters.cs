using System.Numerics;
using System.Text.Json;

namespace GovernanceRewards.Chain.Deployment;

/// <summary>
/// What a deployment is made of. The defaults suit the local chain (blocks and seconds are small so a whole
/// proposal cycle fits in a test); a testnet deployment passes a JSON file with its own values. Values left unset
/// are resolved per chain by <see cref="ResolveFor"/>: stricter on any chain but a local one (a proposal threshold,
/// a day-long dispute window, settler, guardian and deployer kept apart).
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
    /// <summary>Votes needed to propose; unset: none on a local chain, 0.1% of the supply elsewhere.</summary>
    public BigInteger? ProposalThresholdTokens { get; init; }
    public uint QuorumPercent { get; init; } = 4;
    public ulong LateQuorumExtensionBlocks { get; init; } = 5;
    public ulong TimelockDelaySeconds { get; init; } = 60;

    /// <summary>Seconds a posted root waits for a veto; unset: 120 on a local chain, a day elsewhere.</summary>
    public ulong? DisputeWindowSeconds { get; init; }

    /// <summary>Lowest dispute window governance may ever set, fixed at deployment; unset: 5 s local, an hour elsewhere.</summary>
    public ulong? MinDisputeWindowSeconds { get; init; }

    /// <summary>Block time assumed to turn the governor's block counts into the seconds the pool's cooldown is set in.</summary>
    public ulong SecondsPerBlock { get; init; } = 12;

    /// <summary>
    /// Seconds between a withdrawal request and the withdrawal, during which the stake stays slashable. Unset: the
    /// dispute window plus the time a slash proposal takes (<see cref="MinimumWithdrawalCooldownFor"/>), and a day more
    /// off a local chain; never less than the first two.
    /// </summary>
    public ulong? WithdrawalCooldownSeconds { get; init; }

    /// <summary>Account allowed to post reward roots; the deployer when unset.</summary>
    public string? Settler { get; init; }

    /// <summary>Account allowed to veto pending roots; the deployer when unset.</summary>
    public string? Guardian { get; init; }

    /// <summary>Accounts allowed to record contributions from the start; the deployer when unset.</summary>
    public IReadOnlyList<string>? Attesters { get; init; }

    /// <summary>The distributor's <c>MAX_DISPUTE_WINDOW</c>: the longest dispute window it accepts.</summary>
    public const ulong MaxDisputeWindowSeconds = 30 * 86_400;

    /// <summary>The staking pool's <c>MAX_WITHDRAWAL_COOLDOWN</c>: the longest cooldown it accepts.</summary>
    public const ulong MaxWithdrawalCooldownSeconds = 365 * 86_400;

    public static BigInteger ToUnits(BigInteger tokens) => tokens * BigInteger.Pow(10, 18);

    /// <summary>Chains run by a developer for tests (anvil, hardhat, ganache), where one key may hold every role.</summary>
    public static bool IsLocalChain(ulong chainId) => chainId is 31337 or 1337;

    /// <summary>
    /// The dispute window, then voting delay, voting period, a late-quorum extension and the block a proposal is queued
    /// in, in seconds, plus the timelock delay: a contributor's bond must still be there when a slash proposed at the
    /// last moment a root can be disputed executes, so asking out as the window ends does not escape it.
    /// </summary>
    public ulong MinimumWithdrawalCooldownFor(ulong chainId) =>
        ResolveDisputeWindow(chainId)
        + (VotingDelayBlocks + VotingPeriodBlocks + LateQuorumExtensionBlocks + 1) * SecondsPerBlock + TimelockDelaySeconds;

    private ulong ResolveDisputeWindow(ulong chainId) => DisputeWindowSeconds ?? (IsLocalChain(chainId) ? 120UL : 86_400UL);

    /// <summary>These parameters with every unset value given its default for <paramref name="chainId"/>.</summary>
    public DeployParameters ResolveFor(ulong chainId)
    {
        var local = IsLocalChain(chainId);
        return this with
        {
            ProposalThresholdTokens = ProposalThresholdTokens ?? (local ? 0 : (TreasuryTokens + DeployerTokens) / 1000),
            DisputeWindowSeconds = ResolveDisputeWindow(chainId),
            MinDisputeWindowSeconds = MinDisputeWindowSeconds ?? (local ? 5UL : 3_600UL),
            // Off a local chain a day more, so a keeper that queues or executes a slash late still finds the stake there.
            WithdrawalCooldownSeconds = WithdrawalCooldownSeconds ?? MinimumWithdrawalCooldownFor(chainId) + (local ? 0UL : 86_400UL),
        };
    }

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

    /// <summary>
    /// Refuses values the contracts would accept but that make governance unusable or its safeguards void, and, on
    /// any chain but a local one, a settler, guardian and deployer that are not three different accounts.
    /// </summary>
    public void Validate(ulong chainId, string deployer)
    {
        var resolved = ResolveFor(chainId);
        var problems = new List<string>();
        if (resolved.MinDisputeWindowSeconds == 0) problems.Add("MinDisputeWindowSeconds must be positive");
        if (resolved.DisputeWindowSeconds > MaxDisputeWindowSeconds) problems.Add($"DisputeWindowSeconds ({resolved.DisputeWindowSeconds}) is above the distributor's 30 days");
        if (resolved.DisputeWindowSeconds < resolved.MinDisputeWindowSeconds)
        {
            problems.Add($"DisputeWindowSeconds ({resolved.DisputeWindowSeconds}) is below MinDisputeWindowSeconds ({resolved.MinDisputeWindowSeconds})");
        }
        var minimum = MinimumWithdrawalCooldownFor(chainId);
        if (resolved.WithdrawalCooldownSeconds < minimum)
        {
            problems.Add($"WithdrawalCooldownSeconds ({resolved.WithdrawalCooldownSeconds}) is shorter than a root's dispute window and a slash " +
                $"proposal take ({minimum} s: voting delay, period, late-quorum extension and a block at {SecondsPerBlock} s a block, plus the timelock)");
        }
        if (resolved.WithdrawalCooldownSeconds > MaxWithdrawalCooldownSeconds)
        {
            problems.Add($"WithdrawalCooldownSeconds ({resolved.WithdrawalCooldownSeconds}) is above the pool's limit of a year");
        }
        if (!IsLocalChain(chainId))
        {
            var roles = new[] { ("deployer", deployer), ("Settler", Settler), ("Guardian", Guardian) };
            foreach (var (role, account) in roles.Where(r => r.Item2 is null)) problems.Add($"{role} must be set on chain {chainId}");
            var named = roles.Where(r => r.Item2 is not null).GroupBy(r => r.Item2!.ToLowerInvariant()).Where(g => g.Count() > 1);
            foreach (var same in named)
            {
                problems.Add($"{string.Join(" and ", same.Select(r => r.Item1))} are the same account {same.Key}: on chain {chainId} the " +
                    "settler, the guardian who can veto its roots and the deployer must be three different accounts");
            }
        }
        if (QuorumPercent is 0 or > 100) problems.Add("QuorumPercent must be between 1 and 100");
        if (VotingPeriodBlocks == 0) problems.Add("VotingPeriodBlocks must be positive");
        if (TreasuryTokens < 0 || DeployerTokens < 0) problems.Add("token amounts must not be negative");
        if (TreasuryTokens + DeployerTokens == 0) problems.Add("the token supply must not be zero");
        if (problems.Count > 0) throw new DeploymentException("invalid deploy parameters: " + string.Join("; ", problems));
    }
}
