using System.Text;
using Nethereum.Util;

namespace GovernanceRewards.Chain.Storage;

/// <summary>PostgreSQL advisory locks take a 64-bit key; named ones take the first 8 bytes of the name's keccak256.</summary>
public static class AdvisoryLockKey
{
    public static long For(string name) => BitConverter.ToInt64(Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(name)), 0);
}
