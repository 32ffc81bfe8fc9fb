using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using GovernanceRewards.Embedded;
using GovernanceRewards.Rewards.Merkle;
using Nethereum.Hex.HexConvertors.Extensions;

namespace GovernanceRewards.Rewards.Tests.Merkle;

public sealed class StandardMerkleTreeTests
{
    private static readonly Gen<RewardLeaf> Leaf =
        Gen.Select(Gen.Byte.Array[20], Gen.ULong, Gen.ULong, (address, high, low) =>
            new RewardLeaf(address.ToHex(true), ((BigInteger)high << 64) + low));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(1_000)]
    [InlineData(10_000)]
    public async Task Root_proofs_and_multiproof_equal_OpenZeppelin_merkle_tree(int size)
    {
        var random = new Random(size);
        var leaves = Enumerable.Range(0, size).Select(_ => RandomLeaf(random)).ToList();
        var proved = Enumerable.Range(0, Math.Min(size, 40)).Select(_ => random.Next(size)).Distinct().ToList();
        var multi = proved.Take(Math.Min(proved.Count, 12)).ToList();

        var tree = StandardMerkleTree.Of(leaves);
        var reference = await ReferenceAsync(leaves, proved, multi);

        Assert.Equal(reference["root"]!.GetValue<string>(), tree.Root.ToHex(true));
        for (var i = 0; i < proved.Count; i++)
        {
            Assert.Equal(Hashes(reference["proofs"]![i]!), tree.GetProof(proved[i]).Select(h => h.ToHex(true)));
        }
        var multiProof = tree.GetMultiProof(multi);
        var referenceMulti = reference["multi"]!;
        Assert.Equal(Hashes(referenceMulti["proof"]!), multiProof.Proof.Select(h => h.ToHex(true)));
        Assert.Equal(referenceMulti["proofFlags"]!.AsArray().Select(f => f!.GetValue<bool>()), multiProof.ProofFlags);
        Assert.Equal(
            referenceMulti["leaves"]!.AsArray().Select(l => (l![0]!.GetValue<string>().ToLowerInvariant(), l[1]!.GetValue<string>())),
            multiProof.Leaves.Select(l => (l.Account.ToLowerInvariant(), l.CumulativeTotal.ToString(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Every_leaf_proves_its_own_total_and_no_other()
    {
        Leaf.List[1, 64].Sample(leaves =>
        {
            var tree = StandardMerkleTree.Of(leaves);
            for (var i = 0; i < leaves.Count; i++)
            {
                var proof = tree.GetProof(i);
                if (!StandardMerkleTree.Verify(tree.Root, leaves[i], proof)) return false;
                if (StandardMerkleTree.Verify(tree.Root, leaves[i] with { CumulativeTotal = leaves[i].CumulativeTotal + 1 }, proof)) return false;
            }
            return true;
        });
    }

    [Fact]
    public void The_root_does_not_depend_on_the_order_leaves_are_given_in()
    {
        Gen.Select(Leaf.List[1, 64], Gen.Int).Sample((leaves, seed) =>
        {
            var shuffled = leaves.OrderBy(_ => new Random(seed).Next()).ToList();
            return StandardMerkleTree.Of(leaves).Root.AsSpan().SequenceEqual(StandardMerkleTree.Of(shuffled).Root);
        });
    }

    [Fact]
    public void Malformed_leaves_are_refused()
    {
        Assert.Throws<ArgumentException>(() => StandardMerkleTree.LeafHash(new RewardLeaf("0x1234", 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => StandardMerkleTree.LeafHash(new RewardLeaf(new string('1', 40), -1)));
        Assert.Throws<ArgumentException>(() => StandardMerkleTree.LeafHash(new RewardLeaf(new string('1', 40), BigInteger.Pow(2, 256))));
        Assert.Throws<ArgumentOutOfRangeException>(() => StandardMerkleTree.Of([]));
    }

    private static RewardLeaf RandomLeaf(Random random)
    {
        var address = new byte[20];
        random.NextBytes(address);
        var total = new byte[random.Next(1, 32)];
        random.NextBytes(total);
        return new RewardLeaf(address.ToHex(true), new BigInteger(total, isUnsigned: true));
    }

    private static IEnumerable<string> Hashes(JsonNode array) => array.AsArray().Select(h => h!.GetValue<string>());

    private static async Task<JsonNode> ReferenceAsync(IReadOnlyList<RewardLeaf> leaves, IReadOnlyList<int> proofs, IReadOnlyList<int> multi)
    {
        var layout = RepositoryLayout.Discover();
        var request = new
        {
            leaves = leaves.Select(l => new[] { l.Account, l.CumulativeTotal.ToString(CultureInfo.InvariantCulture) }),
            proofs,
            multi,
        };
        var output = await ProcessRunner.RunAsync(
            "node", [Path.Combine(layout.Root, "tests", "Rewards.Tests", "reference", "standard-merkle-tree.js")],
            layout.Root, JsonSerializer.Serialize(request), CancellationToken.None);
        return JsonNode.Parse(output)!;
    }
}
