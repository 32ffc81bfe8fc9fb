using System.Numerics;
using GovernanceRewards.Rewards.Merkle;
using GovernanceRewards.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;

namespace GovernanceRewards.Rewards.Tests.Merkle;

public sealed class ProofTreesTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private const long ChainId = 31337;

    [Fact]
    public async Task Proofs_are_the_trees_own_before_and_after_it_is_in_memory_and_follow_a_recomputed_epoch_to_its_new_root()
    {
        await using var dataSource = await MigratedAsync();
        using var trees = new ProofTrees(dataSource, ChainId, capacity: 2, NullLogger<ProofTrees>.Instance);
        var first = Leaves(seed: 1, count: 301);
        var tree = StandardMerkleTree.Of(first);
        await StoredEpoch.WriteAsync(dataSource, ChainId, 1, tree, "computed");

        await AssertServesAsync(trees, 1, tree, first);
        await WaitUntilAsync(() => trees.Holds(tree.Root));
        await AssertServesAsync(trees, 1, tree, first);

        // A veto sends the epoch back to compute: another tree under another root replaces the stored one.
        var second = Leaves(seed: 2, count: 77);
        var recomputed = StandardMerkleTree.Of(second);
        await StoredEpoch.WriteAsync(dataSource, ChainId, 1, recomputed, "computed");
        await AssertServesAsync(trees, 1, recomputed, second);
        Assert.Null(await trees.ProofAsync(1, first[0].Account, CancellationToken.None));
        await WaitUntilAsync(() => trees.Holds(recomputed.Root));
        await AssertServesAsync(trees, 1, recomputed, second);
    }

    [Fact]
    public async Task Only_the_most_recently_used_trees_stay_in_memory_and_an_epoch_without_a_root_has_no_proofs()
    {
        await using var dataSource = await MigratedAsync();
        using var trees = new ProofTrees(dataSource, ChainId, capacity: 1, NullLogger<ProofTrees>.Instance);
        var stored = new List<(StandardMerkleTree Tree, List<RewardLeaf> Leaves)>();
        foreach (var epoch in new ulong[] { 1, 2 })
        {
            var leaves = Leaves(seed: (int)epoch, count: 40);
            stored.Add((StandardMerkleTree.Of(leaves), leaves));
            await StoredEpoch.WriteAsync(dataSource, ChainId, epoch, stored[^1].Tree, "computed");
        }

        await trees.ProofAsync(1, stored[0].Leaves[0].Account, CancellationToken.None);
        await WaitUntilAsync(() => trees.Holds(stored[0].Tree.Root));
        await trees.ProofAsync(2, stored[1].Leaves[0].Account, CancellationToken.None);
        await WaitUntilAsync(() => trees.Holds(stored[1].Tree.Root));
        Assert.False(trees.Holds(stored[0].Tree.Root));
        await AssertServesAsync(trees, 1, stored[0].Tree, stored[0].Leaves);

        await using (var unposted = dataSource.CreateCommand("UPDATE reward_epochs SET root = NULL WHERE chain_id = $1 AND epoch = 2"))
        {
            unposted.Parameters.AddWithValue(ChainId);
            await unposted.ExecuteNonQueryAsync();
        }
        Assert.Null(await trees.ProofAsync(2, stored[1].Leaves[0].Account, CancellationToken.None));
    }

    private static async Task AssertServesAsync(ProofTrees trees, ulong epoch, StandardMerkleTree tree, List<RewardLeaf> leaves)
    {
        foreach (var index in new[] { 0, 1, leaves.Count / 2, leaves.Count - 1 })
        {
            var found = await trees.ProofAsync(epoch, leaves[index].Account, CancellationToken.None);
            Assert.NotNull(found);
            Assert.Equal(leaves[index].CumulativeTotal, found.Value.Leaf.CumulativeTotal);
            Assert.Equal(tree.Root.ToHex(), found.Value.Root.ToHex());
            Assert.Equal(tree.GetProof(index).Select(p => p.ToHex()), found.Value.Proof.Select(p => p.ToHex()));
        }
        Assert.Null(await trees.ProofAsync(epoch, "0x00000000000000000000000000000000000000aa", CancellationToken.None));
    }

    private async Task<NpgsqlDataSource> MigratedAsync()
    {
        var connectionString = await database.CreateDatabaseAsync();
        RewardsDatabase.Migrate(connectionString, NullLogger.Instance);
        return NpgsqlDataSource.Create(connectionString);
    }

    private static List<RewardLeaf> Leaves(int seed, int count)
    {
        var random = new Random(seed);
        var address = new byte[20];
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            random.NextBytes(address);
            return new RewardLeaf(address.ToHex(true), new BigInteger(random.NextInt64(1, long.MaxValue)));
        })];
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the tree was not loaded within 30 s");
            await Task.Delay(20);
        }
    }
}
