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
        UnitsPerVote = 7,
        MinimumBond = 100,
    };

    private static readonly Gen<ContributorActivity> Activity =
        Gen.Select(Gen.Int[0, 40], Gen.Select(Gen.Int[0, 4], Gen.Long[0, 1_000_000_000_000]).Array[0, 4], Gen.Int[0, 3], Gen.Int[0, 200],
            (id, units, votes, stake) => new ContributorActivity(
                "0x" + id.ToString("x40", System.Globalization.CultureInfo.InvariantCulture),
                units.GroupBy(u => RewardPolicy.Kinds[u.Item1]).ToDictionary(g => g.Key, g => (BigInteger)g.Sum(u => u.Item2)),
                votes, stake));

    private static readonly Gen<(List<ContributorActivity> Activity, BigInteger Budget, int Cap)> Epoch =
        Gen.Select(Activity.List[0, 30], Gen.Long[0, long.MaxValue], Gen.Int[1, 10_000], (a, budget, cap) => (a, (BigInteger)budget * 1_000_003, cap));

    [Fact]
    public void Shares_and_what_is_left_sum_to_the_budget_exactly_and_only_a_full_cap_leaves_anything()
    {
        Epoch.Sample(epoch =>
        {
            var policy = Policy with { CapBasisPoints = epoch.Cap };
            var result = EpochAllocation.Allocate(policy, epoch.Budget, epoch.Activity);
            Assert.Equal(epoch.Budget, result.Allocations.Aggregate(BigInteger.Zero, (s, a) => s + a.Amount) + result.Unallocated);
            Assert.All(result.Allocations, a => Assert.True(a.Amount >= 0));
            var earners = result.Allocations.Where(a => a.WeightedUnits > 0).ToList();
            if (result.Unallocated > 0 && earners.Count > 0)
            {
                var cap = epoch.Budget * epoch.Cap / 10_000;
                Assert.All(earners, a => Assert.Equal(cap, a.Amount));
            }
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
    public void Nobody_gets_more_than_the_cap()
    {
        Epoch.Sample(epoch =>
        {
            var result = EpochAllocation.Allocate(Policy with { CapBasisPoints = epoch.Cap }, epoch.Budget, epoch.Activity);
            Assert.All(result.Allocations, a => Assert.True(a.Amount <= epoch.Budget * epoch.Cap / 10_000));
        });
    }

    [Fact]
    public void The_order_of_the_inputs_changes_nothing()
    {
        Gen.Select(Epoch, Gen.Int).Sample((epoch, seed) =>
        {
            var shuffled = epoch.Activity.OrderBy(_ => new Random(seed).Next()).ToList();
            var policy = Policy with { CapBasisPoints = epoch.Cap };
            Assert.Equal(EpochAllocation.Allocate(policy, epoch.Budget, epoch.Activity).Allocations,
                EpochAllocation.Allocate(policy, epoch.Budget, shuffled).Allocations);
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
            var before = EpochAllocation.Allocate(policy, epoch.Budget, epoch.Activity).Allocations.Single(a => a.Account == chosen.Account).Amount;
            var after = EpochAllocation.Allocate(policy, epoch.Budget, more).Allocations.Single(a => a.Account == chosen.Account).Amount;
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
            Assert.All(result.Allocations.Where(a => a.WeightedUnits == 0 || a.Account == excluded), a => Assert.Equal(BigInteger.Zero, a.Amount));
        });
    }

    [Fact]
    public void A_hand_computed_epoch()
    {
        var activity = new[]
        {
            new ContributorActivity("0x00000000000000000000000000000000000000a1", new Dictionary<string, BigInteger> { ["data"] = 10 }, 0, 100),
            new ContributorActivity("0x00000000000000000000000000000000000000a2", new Dictionary<string, BigInteger> { ["data"] = 10 }, 0, 99),
            new ContributorActivity("0x00000000000000000000000000000000000000a3", new Dictionary<string, BigInteger> { ["code"] = 2 }, 1, 0),
            new ContributorActivity("0x00000000000000000000000000000000000000a4", new Dictionary<string, BigInteger>(), 1, 0),
        };
        // Weighted: a1 30 (bonded data), a2 0 (data without the bond), a3 2*5 + 7 = 17, a4 7; total 54.
        // 100 * 30/54 = 55.55, 100 * 17/54 = 31.48, 100 * 7/54 = 12.96: floors 55 + 31 + 12 = 98, the two units left
        // go to the largest remainders (a4 .96, a1 .55).
        var result = EpochAllocation.Allocate(Policy, 100, activity);
        Assert.Equal([56, 0, 31, 13], result.Allocations.Select(a => (int)a.Amount));
        Assert.Equal([30, 0, 17, 7], result.Allocations.Select(a => (int)a.WeightedUnits));

        // A 40% cap holds a1 at 40; a3's share of the other 60 (17/24, 42.5) is above the cap too, so a4 gets the last 20.
        var capped = EpochAllocation.Allocate(Policy with { CapBasisPoints = 4_000 }, 100, activity);
        Assert.Equal([40, 0, 40, 20], capped.Allocations.Select(a => (int)a.Amount));
        Assert.Equal(BigInteger.Zero, capped.Unallocated);
    }

    [Fact]
    public void A_policy_hashes_the_same_whatever_the_key_order_or_address_case_and_differently_when_a_value_changes()
    {
        var a = RewardPolicy.Hash(Policy with { Exclusions = ["0x00000000000000000000000000000000000000AA"] });
        var b = RewardPolicy.Hash(new RewardPolicy
        {
            MinimumBond = 100, UnitsPerVote = 7, Exclusions = ["0x00000000000000000000000000000000000000aa"],
            Weights = new() { ["code"] = 5, ["modelTraining"] = 4, ["compute"] = 2, ["storage"] = 1, ["data"] = 3 },
        });
        Assert.Equal(a, b);
        Assert.NotEqual(a, RewardPolicy.Hash(Policy with { UnitsPerVote = 8 }));
    }
}
