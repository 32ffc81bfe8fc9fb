using System.Numerics;
using GovernanceRewards.Contracts.Chain;
using Nethereum.ABI.EIP712;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Hex.HexConvertors.Extensions;

namespace GovernanceRewards.Governance.Ballots;

/// <summary>The governor's EIP-712 <c>Ballot(uint256 proposalId,uint8 support,address voter,uint256 nonce)</c>.</summary>
[Struct("Ballot")]
public sealed class Ballot
{
    [Parameter("uint256", "proposalId", 1)]
    public BigInteger ProposalId { get; init; }

    [Parameter("uint8", "support", 2)]
    public byte Support { get; init; }

    [Parameter("address", "voter", 3)]
    public string Voter { get; init; } = "";

    /// <summary>The voter's keyed nonce for this proposal (<c>nonces(voter, uint192(proposalId))</c>), so a ballot
    /// signed for one proposal is not voided by the voter's activity on another.</summary>
    [Parameter("uint256", "nonce", 4)]
    public BigInteger Nonce { get; init; }
}

/// <summary>Signs ballots exactly as a wallet's <c>eth_signTypedData_v4</c> would for the DaoGovernor domain.</summary>
public static class SignedBallot
{
    public static byte[] Sign(Ballot ballot, SigningKey voter, ulong chainId, string governor)
    {
        if (!string.Equals(voter.Address, ballot.Voter, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("a ballot must be signed by its voter", nameof(voter));
        }
        return voter.SignTypedData(ballot, TypedData(chainId, governor)).HexToByteArray();
    }

    public static TypedData<Domain> TypedData(ulong chainId, string governor) => new()
    {
        Domain = new Domain { Name = "DaoGovernor", Version = "1", ChainId = chainId, VerifyingContract = governor },
        Types = MemberDescriptionFactory.GetTypesMemberDescription(typeof(Domain), typeof(Ballot)),
        PrimaryType = "Ballot",
    };
}
