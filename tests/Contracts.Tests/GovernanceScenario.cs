using System.Numerics;
using GovernanceRewards.Governance.Voting;
using GovernanceRewards.Testing;
using Nethereum.RPC.Eth.DTOs;
using Distributor = GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using Token = GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;

namespace GovernanceRewards.Contracts.Tests;

/// <summary>Three holders (accounts 1, 2, 3) with delegated votes; account 3 keeps most of its tokens staked.</summary>
internal static class GovernanceScenario
{
    public static readonly BigInteger Ether = BigInteger.Pow(10, 18);

    public static async Task<Suite> HoldersAsync(ChainFixture chain)
    {
        var suite = await chain.DeploySuiteAsync();
        foreach (var (holder, tokens) in new[] { (1, 20_000), (2, 15_000), (3, 30_000) })
        {
            await suite.Token(0).TransferRequestAndWaitForReceiptAsync(chain.Address(holder), tokens * Ether);
            await suite.Token(holder).DelegateRequestAndWaitForReceiptAsync(chain.Address(holder));
        }
        await suite.Token(3).ApproveRequestAndWaitForReceiptAsync(suite.PoolAddress, 25_000 * Ether);
        await suite.Pool(3).StakeRequestAndWaitForReceiptAsync(25_000 * Ether);
        await chain.Node.MineAsync(1);
        return suite;
    }

    /// <summary>The two calls a reward epoch proposal makes: approve the distributor, then fund the epoch.</summary>
    public static IReadOnlyList<ProposalAction> FundEpoch(Suite suite, ulong epoch, BigInteger budget) =>
    [
        ProposalAction.Of(suite.TokenAddress, new Token.ApproveFunction { Spender = suite.DistributorAddress, Value = budget }),
        ProposalAction.Of(suite.DistributorAddress, new Distributor.FundEpochFunction
        {
            Epoch = epoch, Budget = budget, WindowStart = 1_700_000_000, WindowEnd = 1_700_604_800, PolicyHash = new byte[32],
        }),
    ];

    public static async Task<TransactionReceipt> VoteBySignatureAsync(
        ChainFixture chain, Suite suite, BigInteger proposalId, int voter, byte support, int relayer)
    {
        var key = chain.Key(voter);
        var nonce = await suite.Governor().NoncesQueryAsync(key.Address, proposalId);
        var ballot = new Ballot { ProposalId = proposalId, Support = support, Voter = key.Address, Nonce = nonce };
        var signature = SignedBallot.Sign(ballot, key, chain.Node.ChainId, suite.GovernorAddress);
        return await suite.Governor(relayer).CastVoteBySigRequestAndWaitForReceiptAsync(proposalId, support, key.Address, signature);
    }
}
