using System.Numerics;
using CsCheck;
using GovernanceRewards.Rewards.Allocation;
using GovernanceRewards.Rewards.Policy;

namespace GovernanceRewards.Rewards.Tests.Allocation;

public sealed class EpochAllocationTests
{
    private static readonly RewardPolicy Policy = new()
    {
        Weights = new() { ["data"] = 3, ["storage"] = 1, ["compute"] = 2, ["modelTraining"] = 4, ["code"] = 5 },
        ParticipationBasisPoints = 2_000,
        MinimumBond = 100,
    };

    private static readonly BigInteger Token = BigInteger.Pow(10, 18);

    private static readonly Gen<BigInteger> VotingWeight =
        Gen.Frequency((2, Gen.Const(BigInteger.Zero)), (3, Gen.Long[1, long.MaxValue].Select(w => (BigInteger)w * 1_000_003)));

    private static readonly Gen<ContributorActivity> Activity =
        Gen.Select(Gen.Int[0, 40], Gen.Select(Gen.Int[0, 4], Gen.Long[0, 1_000_000_000_000]).Array[0, 4], VotingWeight, Gen.Int[0, 200],
            (id, units, weight, bond) => new ContributorActivity(
                Address(id),
                units.GroupBy(u => RewardPolicy.Kinds[u.Item1]).ToDictionary(g => g.Key, g => (BigInteger)g.Sum(u => u.Item2)),
                weight, bond));

    private static readonly Gen<(List<ContributorActivity> Activity, BigInteger Budget, int Cap)> Epoch =
        Gen.Select(Activity.List[0, 30], Gen.Long[0, long.MaxValue], Gen.Int[1, 10_000], (a, budget, cap) => (a, (BigInteger)budget * 1_000_003, cap));

    private static string Address(int id) => "0x" + id.ToString("x40", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Shares_and_what_is_left_sum_to_the_budget_exactly_and_only_an_empty_side_a_full_cap_or_a_wei_per_voter_is_left()
    {
        Epoch.Sample(epoch =>
        {
            var policy = Policy with { CapBasisPoints = epoch.Cap };
            var result = EpochAllocation.Allocate(policy, epoch.Budget, epoch.Activity);
            Assert.Equal(epoch.Budget, result.Shares.Aggregate(BigInteger.Zero, (s, a) => s + a.Amount) + result.Unallocated);
            Assert.All(result.Shares, a => Assert.True(a.Amount >= 0));
            var voters = epoch.Activity.Where(a => a.VotingWeight > 0).Select(a => a.Account).Distinct().Count();
            var contributors = result.Shares.Where(a => a.WeightedUnits > 0).ToList();
            var cap = epoch.Budget * epoch.Cap / 10_000;
            var participation = epoch.Budget * policy.ParticipationBasisPoints / 10_000;
            var contributionLeft = result.Unallocated - (voters == 0 ? participation : 0);
            if (contributionLeft > voters && contributors.Count > 0)
            {
                Assert.All(contributors, a => Assert.True(a.Amount >= cap));
            }
        });
    }

    [Fact]
    public void Splitting_voting_power_over_many_addresses_never_earns_more_together()
    {
        Gen.Select(Epoch, Gen.Int[0, 29], Gen.Int[1, 1_000].Array[2, 12]).Sample((epoch, pick, parts) =>
        {
            if (epoch.Activity.Count == 0) return;
            var holder = epoch.Activity[pick % epoch.Activity.Count];
            var weight = epoch.Activity.Where(a => a.Account == holder.Account).Aggregate(BigInteger.Zero, (s, a) => s + a.VotingWeight);
            if (weight.IsZero) return;
            // The holder keeps its contributions and the first part of its power; fresh addresses get the rest.
            var total = parts.Sum();
            var pieces = parts.Select(p => weight * p / total).ToArray();
            pieces[0] += weight - pieces.Aggregate(BigInteger.Zero, (s, p) => s + p);
            var fresh = Enumerable.Range(1_000, parts.Length - 1).Select(Address).ToList();
            var split = epoch.Activity.Select(a => a.Account == holder.Account ? a with { VotingWeight = 0 } : a)
                .Append(holder with { Units = new Dictionary<string, BigInteger>(), VotingWeight = pieces[0] })
                .Concat(fresh.Select((address, i) => new ContributorActivity(address, new Dictionary<string, BigInteger>(), pieces[i + 1], 0)))
                .ToList();
            var policy = Policy with { CapBasisPoints = epoch.Cap };
            var before = EpochAllocation.Allocate(policy, epoch.Budget, epoch.Activity).Shares.Single(a => a.Account == holder.Account).Amount;
            var group = fresh.Append(holder.Account).ToHashSet();
            var after = EpochAllocation.Allocate(policy, epoch.Budget, split).Shares
                .Where(a => group.Contains(a.Account)).Aggregate(BigInteger.Zero, (s, a) => s + a.Amount);
            Assert.True(after <= before, $"{holder.Account} earned {before} alone and {after} split over {parts.Length} addresses");
        });
    }

    [Fact]
    public void Voting_weight_of_zero_earns_nothing()
    {
        Gen.Select(Epoch, Gen.Int[0, 29]).Sample((epoch, pick) =>
        {
            if (epoch.Activity.Count == 0) return;
            var idle = Address(2_000);
            var withIdle = epoch.Activity.Append(new ContributorActivity(idle, new Dictionary<string, BigInteger>(), 0, 1_000)).ToList();
            var result = EpochAllocation.Allocate(Policy with { CapBasisPoints = epoch.Cap }, epoch.Budget, withIdle);
            Assert.Equal(BigInteger.Zero, result.Shares.Single(a => a.Account == idle).Amount);
        });
    }

    [Fact]
    public void Shares_computed_in_machine_integers_equal_those_in_BigIntegers_ties_included()
    {
        // Weights from a small range make many equal remainders, so the tie-break (lower position first) is exercised.
        Gen.Select(Gen.ULong[1, 1_000].Array[1, 60], Gen.ULong[0, 1UL << 40], Gen.ULong, (weights, high, low) => (weights, Budget: ((UInt128)high << 64) | low))
            .Sample(epoch =>
            {
                var weights = epoch.weights.Select(w => (BigInteger)w).ToArray();
                var total = weights.Aggregate(BigInteger.Zero, (sum, w) => sum + w);
                var exact = EpochAllocation.LargestRemainderInBigIntegers(epoch.Budget, weights, total);
                Assert.Equal(exact, EpochAllocation.LargestRemainderInMachineIntegers(epoch.Budget, weights, (ulong)total));
                Assert.Equal((BigInteger)epoch.Budget, exact.Aggregate(BigInteger.Zero, (sum, s) => sum + s));
            }, iter: 2_000);
    }

    [Fact]
    public void Contributions_never_earn_one_account_more_than_the_cap()
    {
        Epoch.Sample(epoch =>
        {
            var result = EpochAllocation.Allocate(Policy with { CapBasisPoints = epoch.Cap }, epoch.Budget, epoch.Activity);
            var voters = epoch.Activity.Where(a => a.VotingWeight > 0).Select(a => a.Account).ToHashSet();
            Assert.All(result.Shares.Where(a => !voters.Contains(a.Account)), a => Assert.True(a.Amount <= epoch.Budget * epoch.Cap / 10_000));
        });
    }

    [Fact]
    public void The_order_of_the_inputs_changes_nothing()
    {
        Gen.Select(Epoch, Gen.Int).Sample((epoch, seed) =>
        {
            var shuffled = epoch.Activity.OrderBy(_ => new Random(seed).Next()).ToList();
            var policy = Policy with { CapBasisPoints = epoch.Cap };
            Assert.Equal(EpochAllocation.Allocate(policy, epoch.Budget, epoch.Activity).Shares,
                EpochAllocation.Allocate(policy, epoch.Budget, shuffled).Shares);
        });
    }

    [Fact]
    public void More_units_never_earn_less()
    {
        Gen.Select(Epoch, Gen.Int[0, 29], Gen.Long[1, 1_000_000]).Sample((epoch, pick, extra) =>
        {
            if (epoch.Activity.Count == 0) return;
            var chosen = epoch.Activity[pick % epoch.Activity.Count];
            var more = epoch.Activity.Select(a => a == chosen
                ? a with { Units = new Dictionary<string, BigInteger>(a.Units) { ["code"] = a.Units.GetValueOrDefault("code") + extra } }
                : a).ToList();
            var policy = Policy with { CapBasisPoints = epoch.Cap };
            var before = EpochAllocation.Allocate(policy, epoch.Budget, epoch.Activity).Shares.Single(a => a.Account == chosen.Account).Amount;
            var after = EpochAllocation.Allocate(policy, epoch.Budget, more).Shares.Single(a => a.Account == chosen.Account).Amount;
            Assert.True(after >= before, $"{chosen.Account}: {before} then {after}");
        });
    }

    [Fact]
    public void Zero_units_and_excluded_accounts_get_nothing()
    {
        Gen.Select(Epoch, Gen.Int[0, 29]).Sample((epoch, pick) =>
        {
            if (epoch.Activity.Count == 0) return;
            var excluded = epoch.Activity[pick % epoch.Activity.Count].Account;
            var result = EpochAllocation.Allocate(Policy with { CapBasisPoints = epoch.Cap, Exclusions = [excluded] }, epoch.Budget, epoch.Activity);
            var voters = epoch.Activity.Where(a => a.VotingWeight > 0).Select(a => a.Account).ToHashSet();
            Assert.All(result.Shares.Where(a => (a.WeightedUnits == 0 && !voters.Contains(a.Account)) || a.Account == excluded),
                a => Assert.Equal(BigInteger.Zero, a.Amount));
        });
    }

    [Fact]
    public void A_hand_computed_epoch()
    {
        var activity = new[]
        {
            new ContributorActivity("0x00000000000000000000000000000000000000a1", new Dictionary<string, BigInteger> { ["data"] = 10 }, 0, 100),
            new ContributorActivity("0x00000000000000000000000000000000000000a2", new Dictionary<string, BigInteger> { ["data"] = 10 }, 0, 99),
            new ContributorActivity("0x00000000000000000000000000000000000000a3", new Dictionary<string, BigInteger> { ["code"] = 2 }, Token, 0),
            new ContributorActivity("0x00000000000000000000000000000000000000a4", new Dictionary<string, BigInteger>(), 2 * Token, 0),
        };
        // Participation takes 20% of 100: a3 holds a third of the voting weight (6.67, so 6), a4 two thirds (13.33, so 13),
        // and the wei the rounding leaves stays unallocated. Contributions share 80: a1 30 units (bonded data), a2 none
        // (data without the bond), a3 2 * 5 = 10; 80 * 30/40 = 60 and 80 * 10/40 = 20.
        var result = EpochAllocation.Allocate(Policy, 100, activity);
        Assert.Equal([60, 0, 26, 13], result.Shares.Select(a => (int)a.Amount));
        Assert.Equal([30, 0, 10, 0], result.Shares.Select(a => (int)a.WeightedUnits));
        Assert.Equal(BigInteger.One, result.Unallocated);

        // A 40% cap holds a1's contributions at 40; a3 takes the other 40 of the contribution part, plus its 6.
        var capped = EpochAllocation.Allocate(Policy with { CapBasisPoints = 4_000 }, 100, activity);
        Assert.Equal([40, 0, 46, 13], capped.Shares.Select(a => (int)a.Amount));
        Assert.Equal(BigInteger.One, capped.Unallocated);
    }

    [Fact]
    public void A_policy_hashes_the_same_whatever_the_key_order_or_address_case_and_differently_when_a_value_changes()
    {
        var a = RewardPolicy.Hash(Policy with { Exclusions = ["0x00000000000000000000000000000000000000AA"] });
        var b = RewardPolicy.Hash(new RewardPolicy
        {
            MinimumBond = 100, ParticipationBasisPoints = 2_000, Exclusions = ["0x00000000000000000000000000000000000000aa"],
            Weights = new() { ["code"] = 5, ["modelTraining"] = 4, ["compute"] = 2, ["storage"] = 1, ["data"] = 3 },
        });
        Assert.Equal(a, b);
        Assert.NotEqual(a, RewardPolicy.Hash(Policy with { ParticipationBasisPoints = 2_001 }));
    }

    [Fact]
    public void A_version_1_policy_that_paid_per_vote_is_refused_with_the_reason()
    {
        var refused = Assert.Throws<RewardPolicyException>(() => (Policy with { Version = 1 }).Validate());
        Assert.Contains("whatever its weight", refused.Message, StringComparison.Ordinal);
    }
}
