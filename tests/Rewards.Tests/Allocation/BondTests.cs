using System.Numerics;
using CsCheck;
using GovernanceRewards.Rewards.Allocation;

namespace GovernanceRewards.Rewards.Tests.Allocation;

public sealed class BondTests
{
    private const ulong WindowStart = 1_000;

    [Fact]
    public void Stake_added_only_before_the_windows_end_bonds_nothing()
    {
        var bonds = Bond.Lowest([new StakeChange("0xaa", WindowStart + 999, 500)], WindowStart);
        Assert.Equal(BigInteger.Zero, bonds["0xaa"]);
    }

    [Fact]
    public void Stake_withdrawn_for_part_of_the_window_bonds_only_what_stayed()
    {
        var bonds = Bond.Lowest(
        [
            new StakeChange("0xaa", 10, 500),
            new StakeChange("0xaa", WindowStart + 5, -400),
            new StakeChange("0xaa", WindowStart + 6, 400),
            new StakeChange("0xbb", 20, 300),
        ], WindowStart);
        Assert.Equal(100, bonds["0xaa"]);
        Assert.Equal(300, bonds["0xbb"]);
    }

    [Fact]
    public void The_bond_is_the_lowest_stake_held_at_any_moment_of_the_window()
    {
        Gen.Select(Gen.ULong[0, 2_000], Gen.Int[1, 1_000]).Array[0, 40].Sample(raw =>
        {
            // Chain order: timestamps ascending; a change never takes the stake below zero, as on chain.
            var changes = new List<StakeChange>();
            BigInteger balance = 0;
            foreach (var (time, amount) in raw.OrderBy(r => r.Item1))
            {
                var delta = balance >= amount && amount % 2 == 0 ? -amount : amount;
                balance += delta;
                changes.Add(new StakeChange("0xaa", time, delta));
            }
            var atStart = changes.Where(c => c.Timestamp < WindowStart).Aggregate(BigInteger.Zero, (s, c) => s + c.Delta);
            var held = new List<BigInteger> { atStart };
            foreach (var change in changes.Where(c => c.Timestamp >= WindowStart)) held.Add(held[^1] + change.Delta);
            var bonds = Bond.Lowest(changes, WindowStart);
            Assert.Equal(held.Min(), bonds.GetValueOrDefault("0xaa"));
        });
    }
}
