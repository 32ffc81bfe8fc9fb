using System.Numerics;
using GovernanceRewards.Chain.Bindings.DaoGovernor.ContractDefinition;
using GovernanceRewards.Testing;
using Nethereum.Contracts;
using Distributor = GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using static GovernanceRewards.Contracts.Tests.GovernanceScenario;
using static GovernanceRewards.Testing.GovernanceCycle;

namespace GovernanceRewards.Contracts.Tests;

public sealed class DaoGovernorTests(ChainFixture chain) : IClassFixture<ChainFixture>
{
    [Fact]
    public async Task A_reward_epoch_goes_from_proposal_to_funded_distributor_with_staked_and_signed_votes()
    {
        var suite = await HoldersAsync(chain);
        var budget = 50_000 * Ether;
        var actions = FundEpoch(suite, 1, budget);
        const string description = "Fund epoch 1 with 50,000 GRW\n\nRewards contributions of the first week under policy P.";

        var proposalId = await ProposeAsync(chain, suite, proposer: 1, actions, description);
        await suite.Governor(1).CastVoteRequestAndWaitForReceiptAsync(proposalId, For);
        var signed = await VoteBySignatureAsync(chain, suite, proposalId, voter: 2, For, relayer: 9);
        var staker = await suite.Governor(3).CastVoteRequestAndWaitForReceiptAsync(proposalId, For);
        await MineUntilVotingEndsAsync(chain, suite, proposalId);
        var executed = await QueueAndExecuteAsync(chain, suite, proposalId, actions, description);

        Assert.Equal(chain.Address(2), signed.DecodeAllEvents<VoteCastEventDTO>().Single().Event.Voter, ignoreCase: true);
        Assert.Equal(30_000 * Ether, staker.DecodeAllEvents<VoteCastEventDTO>().Single().Event.Weight);
        var votes = await suite.Governor().ProposalVotesQueryAsync(proposalId);
        Assert.Equal(65_000 * Ether, votes.ForVotes);
        Assert.Equal(State.Executed, (State)await suite.Governor().StateQueryAsync(proposalId));
        var funded = executed.DecodeAllEvents<Distributor.EpochFundedEventDTO>().Single().Event;
        Assert.Equal(1UL, funded.Epoch);
        Assert.Equal(budget, funded.Budget);
        Assert.Equal(budget, await suite.Token().BalanceOfQueryAsync(suite.DistributorAddress));
    }

    [Fact]
    public async Task Proposals_are_numbered_one_two_three()
    {
        var suite = await HoldersAsync(chain);
        var first = await ProposeAsync(chain, suite, 1, FundEpoch(suite, 1, Ether), "Epoch 1");
        var second = await ProposeAsync(chain, suite, 2, FundEpoch(suite, 1, Ether), "Epoch 1 again, other text");

        Assert.Equal(BigInteger.One, first);
        Assert.Equal(2, second);
        Assert.Equal(2, await suite.Governor().LatestProposalIdQueryAsync());
    }

    [Fact]
    public async Task A_signed_ballot_survives_the_voter_voting_elsewhere_and_cannot_be_replayed()
    {
        var suite = await HoldersAsync(chain);
        var a = await ProposeAsync(chain, suite, 1, FundEpoch(suite, 1, Ether), "Epoch 1");
        var b = await ProposeAsync(chain, suite, 1, FundEpoch(suite, 2, Ether), "Epoch 2");
        var key = chain.Key(2);
        var nonce = await suite.Governor().NoncesQueryAsync(key.Address, b);
        var ballot = new Governance.Voting.Ballot { ProposalId = b, Support = Against, Voter = key.Address, Nonce = nonce };
        var signature = Governance.Voting.SignedBallot.Sign(ballot, key, chain.Node.ChainId, suite.GovernorAddress);

        await suite.Governor(2).CastVoteRequestAndWaitForReceiptAsync(a, For);
        await suite.Governor(9).CastVoteBySigRequestAndWaitForReceiptAsync(b, Against, key.Address, signature);

        Assert.Equal(15_000 * Ether, (await suite.Governor().ProposalVotesQueryAsync(b)).AgainstVotes);
        await Reverts.WithAsync<GovernorInvalidSignatureError>(() =>
            suite.Governor(9).CastVoteBySigRequestAndWaitForReceiptAsync(b, Against, key.Address, signature));
    }

    [Fact]
    public async Task A_quorum_reached_in_the_last_block_extends_the_vote()
    {
        var suite = await HoldersAsync(chain);
        var proposalId = await ProposeAsync(chain, suite, 1, FundEpoch(suite, 1, Ether), "Late quorum");
        await suite.Governor(1).CastVoteRequestAndWaitForReceiptAsync(proposalId, For);
        var deadline = await suite.Governor().ProposalDeadlineQueryAsync(proposalId);
        var current = (await chain.Web3For(0).Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
        await chain.Node.MineAsync((int)(deadline - current) - 1);

        var vote = await suite.Governor(3).CastVoteRequestAndWaitForReceiptAsync(proposalId, For);

        Assert.Equal(deadline, vote.BlockNumber.Value);
        var extended = vote.DecodeAllEvents<ProposalExtendedEventDTO>().Single().Event;
        var extension = await suite.Governor().LateQuorumVoteExtensionQueryAsync();
        Assert.Equal(vote.BlockNumber.Value + extension, extended.ExtendedDeadline);
        Assert.Equal(State.Active, (State)await suite.Governor().StateQueryAsync(proposalId));
    }

    [Fact]
    public async Task Proposals_without_quorum_or_with_a_majority_against_are_defeated_and_cannot_be_queued()
    {
        var suite = await HoldersAsync(chain);
        var noQuorum = await ProposeAsync(chain, suite, 1, FundEpoch(suite, 1, Ether), "Nobody cares");
        var rejected = await ProposeAsync(chain, suite, 1, FundEpoch(suite, 2, Ether), "Too generous");
        await suite.Governor(2).CastVoteRequestAndWaitForReceiptAsync(noQuorum, For);
        await suite.Governor(1).CastVoteRequestAndWaitForReceiptAsync(rejected, For);
        await suite.Governor(3).CastVoteRequestAndWaitForReceiptAsync(rejected, Against);
        await MineUntilVotingEndsAsync(chain, suite, rejected);

        Assert.True(await suite.Governor().QuorumQueryAsync(await suite.Governor().ProposalSnapshotQueryAsync(noQuorum)) > 15_000 * Ether);
        Assert.Equal(State.Defeated, (State)await suite.Governor().StateQueryAsync(noQuorum));
        Assert.Equal(State.Defeated, (State)await suite.Governor().StateQueryAsync(rejected));
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => QueueAndExecuteAsync(chain, suite, rejected, FundEpoch(suite, 2, Ether), "Too generous"));
        await Reverts.WithAsync<GovernorUnexpectedProposalStateError>(() => suite.Governor(1).QueueRequestAndWaitForReceiptAsync(
            [.. FundEpoch(suite, 2, Ether).Select(a => a.Target)], [0, 0], [.. FundEpoch(suite, 2, Ether).Select(a => a.CallData)], DescriptionHash("Too generous")));
    }

    [Fact]
    public async Task A_holder_cannot_vote_twice()
    {
        var suite = await HoldersAsync(chain);
        var proposalId = await ProposeAsync(chain, suite, 1, FundEpoch(suite, 1, Ether), "Once");
        await suite.Governor(1).CastVoteRequestAndWaitForReceiptAsync(proposalId, For);

        var twice = await Reverts.WithAsync<GovernorAlreadyCastVoteError>(() => suite.Governor(1).CastVoteRequestAndWaitForReceiptAsync(proposalId, Against));
        Assert.Equal(chain.Address(1), twice.Voter, ignoreCase: true);
    }

    [Fact]
    public async Task A_vote_of_zero_weight_is_refused_whether_cast_or_signed()
    {
        var suite = await HoldersAsync(chain);
        var proposalId = await ProposeAsync(chain, suite, 1, FundEpoch(suite, 1, Ether), "Epoch 1");
        await suite.Token(0).TransferRequestAndWaitForReceiptAsync(chain.Address(6), 1_000 * Ether);
        await suite.Token(6).DelegateRequestAndWaitForReceiptAsync(chain.Address(6));

        var cast = await Reverts.WithAsync<DaoGovernorZeroWeightVoteError>(() =>
            suite.Governor(5).CastVoteRequestAndWaitForReceiptAsync(proposalId, For));
        var signed = await Reverts.WithAsync<DaoGovernorZeroWeightVoteError>(() =>
            VoteBySignatureAsync(chain, suite, proposalId, voter: 5, For, relayer: 9));
        var lateHolder = await Reverts.WithAsync<DaoGovernorZeroWeightVoteError>(() =>
            suite.Governor(6).CastVoteRequestAndWaitForReceiptAsync(proposalId, Against));

        Assert.Equal(chain.Address(5), cast.Voter, ignoreCase: true);
        Assert.Equal(proposalId, cast.ProposalId);
        Assert.Equal(chain.Address(5), signed.Voter, ignoreCase: true);
        Assert.Equal(chain.Address(6), lateHolder.Voter, ignoreCase: true);
        var votes = await suite.Governor().ProposalVotesQueryAsync(proposalId);
        Assert.Equal((BigInteger.Zero, BigInteger.Zero, BigInteger.Zero), (votes.ForVotes, votes.AgainstVotes, votes.AbstainVotes));
        Assert.False(await suite.Governor().HasVotedQueryAsync(proposalId, chain.Address(5)));
    }

    [Fact]
    public async Task The_treasury_obeys_only_the_governor()
    {
        var suite = await chain.DeploySuiteAsync();
        var treasury = suite.Treasury();
        var governor = suite.GovernorAddress;

        Assert.True(await treasury.HasRoleQueryAsync(await treasury.ProposerRoleQueryAsync(), governor));
        Assert.True(await treasury.HasRoleQueryAsync(await treasury.ExecutorRoleQueryAsync(), governor));
        Assert.True(await treasury.HasRoleQueryAsync(await treasury.CancellerRoleQueryAsync(), governor));
        Assert.False(await treasury.HasRoleQueryAsync(new byte[32], chain.Address(0)));
        await Reverts.WithAsync<Chain.Bindings.Treasury.ContractDefinition.AccessControlUnauthorizedAccountError>(() =>
            treasury.ScheduleRequestAndWaitForReceiptAsync(suite.TokenAddress, 0, [], new byte[32], new byte[32], 3600));
    }
}
