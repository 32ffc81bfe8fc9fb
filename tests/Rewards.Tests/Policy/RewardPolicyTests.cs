using System.Numerics;
using GovernanceRewards.Rewards.Policy;

namespace GovernanceRewards.Rewards.Tests.Policy;

public sealed class RewardPolicyTests
{
    [Fact]
    public void Described_in_words_a_policy_names_every_rule_that_decides_the_split()
    {
        var policy = new RewardPolicy
        {
            Weights = new() { ["data"] = 3, ["code"] = 5 },
            ParticipationBasisPoints = 1_250,
            MinimumBond = new BigInteger(1005) * BigInteger.Pow(10, 17),
            CapBasisPoints = 4_000,
            Exclusions = ["0x00000000000000000000000000000000000000aa"],
        };

        Assert.Equal(
        [
            "weights per unit: data 3, storage 0, compute 0, modelTraining 0, code 5",
            "participation: 12.5% of the budget by voting weight cast, never capped; contributions share the other 87.5%",
            "bond: data, storage, compute units count only with 100.5 GRW staked through the window",
            "cap: one account's contributions earn at most 40% of the budget; the excess is shared by the others, or left unallocated",
            "excluded (earn nothing): 0x00000000000000000000000000000000000000aa",
        ], policy.Describe());
    }

    [Fact]
    public void Described_in_words_a_rule_that_does_not_apply_says_so()
    {
        var policy = new RewardPolicy { Weights = new() { ["code"] = 1 } };

        Assert.Equal(
        [
            "weights per unit: data 0, storage 0, compute 0, modelTraining 0, code 1",
            "participation: nothing for votes; contributions share the whole budget",
            "bond: none needed",
            "cap: none",
            "exclusions: none",
        ], policy.Describe());
    }
}
