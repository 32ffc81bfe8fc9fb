using CsCheck;
using GovernanceRewards.Rewards.Merkle;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Util;

namespace GovernanceRewards.Rewards.Tests.Merkle;

public sealed class Keccak256Tests
{
    [Fact]
    public void Hashes_equal_Nethereums_for_any_input_across_block_boundaries()
    {
        Gen.Byte.Array[0, 600].Sample(data =>
            Assert.Equal(new Sha3Keccack().CalculateHash(data).ToHex(), Keccak256.Hash(data).ToHex()), iter: 2_000);
        foreach (var length in new[] { 0, 1, 31, 32, 64, 135, 136, 137, 271, 272, 273 })
        {
            var data = Enumerable.Range(0, length).Select(i => (byte)(i * 7)).ToArray();
            Assert.Equal(new Sha3Keccack().CalculateHash(data).ToHex(), Keccak256.Hash(data).ToHex());
        }
    }

    [Fact]
    public void The_empty_input_has_Ethereums_well_known_hash()
    {
        Assert.Equal("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", Keccak256.Hash([]).ToHex());
    }
}
