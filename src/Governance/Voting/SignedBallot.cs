using System.Numerics;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using Nethereum.ABI.EIP712;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Signer.EIP712;

namespace GovernanceRewards.Governance.Voting;

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
    /// <summary>Signs a ballot for the relay with the voter's current keyed nonce for this proposal; sends nothing.</summary>
    public static async Task<SignedVote> CreateAsync(
        SuiteChain chain, SigningKey voter, BigInteger proposalId, byte support, CancellationToken cancellationToken)
    {
        var nonce = await chain.Governor().NoncesQueryAsync(voter.Address, proposalId);
        cancellationToken.ThrowIfCancellationRequested();
        var ballot = new Ballot { ProposalId = proposalId, Support = support, Voter = voter.Address, Nonce = nonce };
        return new SignedVote(voter.Address, support, nonce, Sign(ballot, voter, (ulong)chain.ChainId, chain.GovernorAddress).ToHex(true), (ulong)chain.ChainId);
    }

    public static byte[] Sign(Ballot ballot, SigningKey voter, ulong chainId, string governor)
    {
        if (!string.Equals(voter.Address, ballot.Voter, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("a ballot must be signed by its voter", nameof(voter));
        }
        return voter.SignTypedData(ballot, TypedData(chainId, governor)).HexToByteArray();
    }

    /// <summary>The address that signed <paramref name="ballot"/> for this chain and governor; null when the signature is not one.</summary>
    public static string? Recover(Ballot ballot, byte[] signature, ulong chainId, string governor)
    {
        try
        {
            return new Eip712TypedDataSigner().RecoverFromSignatureV4(ballot, TypedData(chainId, governor), signature.ToHex(true));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nethereum throws a plain Exception for a recovery byte out of range: an invalid signature, nothing more.
            return null;
        }
    }

    public static TypedData<Domain> TypedData(ulong chainId, string governor) => new()
    {
        Domain = new Domain { Name = "DaoGovernor", Version = "1", ChainId = chainId, VerifyingContract = governor },
        Types = MemberDescriptionFactory.GetTypesMemberDescription(typeof(Domain), typeof(Ballot)),
        PrimaryType = "Ballot",
    };
}
