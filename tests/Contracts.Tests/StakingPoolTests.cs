using System.Numerics;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Chain.Bindings.StakingPool.ContractDefinition;
using GovernanceRewards.Testing;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Token = GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;

namespace GovernanceRewards.Contracts.Tests;

public sealed class StakingPoolTests(ChainFixture chain) : IClassFixture<ChainFixture>
{
    private static readonly BigInteger Ether = BigInteger.Pow(10, 18);

    [Fact]
    public async Task Rewards_of_stakers_entering_and_leaving_match_an_exact_computation_to_the_wei()
    {
        var suite = await SuiteWithStakersAsync(3, 4, 5);
        var model = new StakingModel();
        var (a, b, c) = (chain.Address(3), chain.Address(4), chain.Address(5));
        var t = await chain.LatestTimestampAsync() + 100;

        await At(t, () => suite.Pool(3).StakeRequestAndWaitForReceiptAsync(100 * Ether)); model.Stake(t, a, 100 * Ether);
        await NotifyAsync(suite, 1_000 * Ether, 1_000, at: t + 10); model.Notify(t + 10, 1_000 * Ether, 1_000);
        await At(t + 200, () => suite.Pool(4).StakeRequestAndWaitForReceiptAsync(300 * Ether)); model.Stake(t + 200, b, 300 * Ether);
        await At(t + 500, () => suite.Pool(3).RequestWithdrawalRequestAndWaitForReceiptAsync(50 * Ether));
        model.RequestWithdrawal(t + 500, a, 50 * Ether);
        await At(t + 700, () => suite.Pool(5).StakeRequestAndWaitForReceiptAsync(7 * Ether + 3)); model.Stake(t + 700, c, 7 * Ether + 3);
        var topUp = 333 * Ether + 7;
        await NotifyAsync(suite, topUp, 777, at: t + 800); model.Notify(t + 800, topUp, 777);
        var withdrawn = await At(t + 1_150, () => suite.Pool(3).WithdrawRequestAndWaitForReceiptAsync());
        Assert.Equal(model.Withdraw(a), withdrawn.DecodeAllEvents<WithdrawnEventDTO>().Single().Event.Amount);
        await At(t + 1_200, () => suite.Pool(4).RequestWithdrawalRequestAndWaitForReceiptAsync(300 * Ether));
        model.RequestWithdrawal(t + 1_200, b, 300 * Ether);

        var paid = BigInteger.Zero;
        var now = t + 2_000;
        foreach (var (account, index) in new[] { (a, 3), (b, 4), (c, 5) })
        {
            var expected = model.Claim(now, account);
            var receipt = await At(now++, () => suite.Pool(index).ClaimRequestAndWaitForReceiptAsync());
            var reward = receipt.DecodeAllEvents<RewardPaidEventDTO>().Single().Event.Amount;
            Assert.Equal(expected, reward);
            var ideal = model.Ideal(account);
            Assert.InRange(ideal.Floor - reward, -1, 1);
            paid += reward;
        }
        var funded = 1_000 * Ether + topUp;
        var poolBalance = await suite.Token().BalanceOfQueryAsync(suite.PoolAddress);
        var stillHeld = await suite.Pool().TotalStakedQueryAsync() + model.InCooldown;
        Assert.Equal(300 * Ether, (await suite.Pool().PendingWithdrawalQueryAsync(b)).Amount);
        Assert.Equal(funded, paid + poolBalance - stillHeld);
        Assert.InRange(poolBalance - stillHeld, 0, 3);
    }

    [Fact]
    public async Task A_stream_funded_while_nobody_stakes_waits_for_the_first_staker_and_loses_nothing()
    {
        var suite = await SuiteWithStakersAsync(3);
        var t = await chain.LatestTimestampAsync() + 100;
        await NotifyAsync(suite, 500 * Ether, 100, at: t);

        var staked = await At(t + 400, () => suite.Pool(3).StakeRequestAndWaitForReceiptAsync(10 * Ether));
        var extended = staked.DecodeAllEvents<RewardPeriodExtendedEventDTO>().Single().Event;
        Assert.Equal(t + 400 + 100, (ulong)extended.PeriodFinish);
        var receipt = await At(t + 1_000, () => suite.Pool(3).ClaimRequestAndWaitForReceiptAsync());

        Assert.Equal(500 * Ether, receipt.DecodeAllEvents<RewardPaidEventDTO>().Single().Event.Amount);
    }

    [Fact]
    public async Task Staked_tokens_are_checkpointed_per_block_for_voting()
    {
        var suite = await SuiteWithStakersAsync(3);
        var receipt = await suite.Pool(3).StakeRequestAndWaitForReceiptAsync(40 * Ether);
        var block = receipt.BlockNumber.Value;
        await suite.Pool(3).RequestWithdrawalRequestAndWaitForReceiptAsync(15 * Ether);
        await chain.Node.MineAsync(1);

        Assert.Equal(0, await suite.Pool().GetPastStakeQueryAsync(chain.Address(3), block - 1));
        Assert.Equal(40 * Ether, await suite.Pool().GetPastStakeQueryAsync(chain.Address(3), block));
        Assert.Equal(25 * Ether, await suite.Pool().StakeOfQueryAsync(chain.Address(3)));
        var current = await suite.Pool().ClockQueryAsync();
        var future = await Reverts.WithAsync<StakingPoolFutureLookupError>(() => suite.Pool().GetPastStakeQueryAsync(chain.Address(3), current));
        Assert.Equal((BigInteger)current, future.Timepoint);
    }

    [Fact]
    public async Task Asking_out_more_than_staked_zero_amounts_empty_withdrawals_and_empty_claims_are_refused()
    {
        var suite = await SuiteWithStakersAsync(3);
        await suite.Pool(3).StakeRequestAndWaitForReceiptAsync(Ether);

        var insufficient = await Reverts.WithAsync<StakingPoolInsufficientStakeError>(() =>
            suite.Pool(3).RequestWithdrawalRequestAndWaitForReceiptAsync(Ether + 1));
        Assert.Equal(Ether, insufficient.Staked);
        await Reverts.WithAsync<StakingPoolZeroAmountError>(() => suite.Pool(3).StakeRequestAndWaitForReceiptAsync(0));
        await Reverts.WithAsync<StakingPoolZeroAmountError>(() => suite.Pool(3).RequestWithdrawalRequestAndWaitForReceiptAsync(0));
        var nothing = await Reverts.WithAsync<StakingPoolNothingToWithdrawError>(() => suite.Pool(3).WithdrawRequestAndWaitForReceiptAsync());
        Assert.Equal(chain.Address(3), nothing.Account, ignoreCase: true);
        await Reverts.WithAsync<StakingPoolNothingToClaimError>(() => suite.Pool(3).ClaimRequestAndWaitForReceiptAsync());
        await Reverts.AsTreasuryWithAsync("StakingPoolZeroDuration", () => NotifyAsync(suite, Ether, 0, at: null));
    }

    [Fact]
    public async Task Only_the_treasury_funds_rewards_or_slashes()
    {
        var suite = await SuiteWithStakersAsync(3);
        await suite.Pool(3).StakeRequestAndWaitForReceiptAsync(Ether);

        var slash = await Reverts.WithAsync<StakingPoolUnauthorizedError>(() => suite.Pool(0).SlashRequestAndWaitForReceiptAsync(chain.Address(3), 1, "no"));
        Assert.Equal(chain.Address(0), slash.Caller, ignoreCase: true);
        await Reverts.WithAsync<StakingPoolUnauthorizedError>(() => suite.Pool(0).NotifyRewardAmountRequestAndWaitForReceiptAsync(1, 1));
    }

    [Fact]
    public async Task A_passed_proposal_slashes_a_stake_to_the_treasury()
    {
        var suite = await SuiteWithStakersAsync(3);
        await suite.Pool(3).StakeRequestAndWaitForReceiptAsync(10 * Ether);
        await suite.Token(0).DelegateRequestAndWaitForReceiptAsync(chain.Address(0));
        await chain.Node.MineAsync(1);
        var treasuryBefore = await suite.Token().BalanceOfQueryAsync(suite.TreasuryAddress);

        var passed = await GovernanceCycle.PassAsync(chain, suite, proposer: 0, voters: [0],
            [ProposalAction.Of(suite.PoolAddress, new SlashFunction { Account = chain.Address(3), Amount = 4 * Ether, Reason = "fake compute attestation" })],
            "Slash account 3\n\nEvidence of fabricated compute.");

        var slashed = passed.Executed.DecodeAllEvents<SlashedEventDTO>().Single().Event;
        Assert.Equal("fake compute attestation", slashed.Reason);
        Assert.Equal(6 * Ether, await suite.Pool().StakeOfQueryAsync(chain.Address(3)));
        Assert.Equal(treasuryBefore + 4 * Ether, await suite.Token().BalanceOfQueryAsync(suite.TreasuryAddress));
    }

    [Fact]
    public async Task Stake_in_cooldown_neither_votes_nor_earns_the_stream()
    {
        var suite = await SuiteWithStakersAsync(3, 4);
        var model = new StakingModel();
        var (a, b) = (chain.Address(3), chain.Address(4));
        await suite.Token(3).DelegateRequestAndWaitForReceiptAsync(a);
        var t = await chain.LatestTimestampAsync() + 100;
        await At(t, () => suite.Pool(3).StakeRequestAndWaitForReceiptAsync(100 * Ether)); model.Stake(t, a, 100 * Ether);
        await At(t + 1, () => suite.Pool(4).StakeRequestAndWaitForReceiptAsync(100 * Ether)); model.Stake(t + 1, b, 100 * Ether);
        await NotifyAsync(suite, 1_000 * Ether, 1_000, at: t + 10); model.Notify(t + 10, 1_000 * Ether, 1_000);

        var request = await At(t + 510, () => suite.Pool(3).RequestWithdrawalRequestAndWaitForReceiptAsync(100 * Ether));
        model.RequestWithdrawal(t + 510, a, 100 * Ether);
        await chain.Node.MineAsync(1);

        var block = request.BlockNumber.Value;
        Assert.Equal(1_000 * Ether, await suite.Governor().GetVotesQueryAsync(a, block - 1));
        Assert.Equal(900 * Ether, await suite.Governor().GetVotesQueryAsync(a, block));
        Assert.Equal(100 * Ether, (await suite.Pool().PendingWithdrawalQueryAsync(a)).Amount);
        Assert.Equal(BigInteger.Zero, await suite.Pool().StakeOfQueryAsync(a));
        foreach (var (account, index, share) in new[] { (a, 3, 250), (b, 4, 750) })
        {
            var now = t + 2_000 + (ulong)index;
            var expected = model.Claim(now, account);
            var receipt = await At(now, () => suite.Pool(index).ClaimRequestAndWaitForReceiptAsync());
            var reward = receipt.DecodeAllEvents<RewardPaidEventDTO>().Single().Event.Amount;
            Assert.Equal(expected, reward);
            Assert.InRange(share * Ether - reward, 0, 1);
        }
    }

    [Fact]
    public async Task Tokens_in_cooldown_are_paid_once_it_is_over_and_a_new_request_restarts_it()
    {
        var suite = await SuiteWithStakersAsync(3);
        await suite.Pool(3).StakeRequestAndWaitForReceiptAsync(10 * Ether);
        var cooldown = await suite.Pool().WithdrawalCooldownQueryAsync();
        var first = await suite.Pool(3).RequestWithdrawalRequestAndWaitForReceiptAsync(4 * Ether);
        await chain.Node.IncreaseTimeAsync(cooldown / 2);
        var second = await suite.Pool(3).RequestWithdrawalRequestAndWaitForReceiptAsync(2 * Ether);
        var firstReadyAt = first.DecodeAllEvents<WithdrawalRequestedEventDTO>().Single().Event.ReadyAt;
        var readyAt = second.DecodeAllEvents<WithdrawalRequestedEventDTO>().Single().Event.ReadyAt;

        await MineAtAsync(firstReadyAt);
        var early = await Reverts.WithAsync<StakingPoolCooldownNotOverError>(() => suite.Pool(3).WithdrawRequestAndWaitForReceiptAsync());
        await MineAtAsync(readyAt);
        var paid = await suite.Pool(3).WithdrawRequestAndWaitForReceiptAsync();

        Assert.Equal(new DeployParameters().MinimumWithdrawalCooldownFor(31337), cooldown);
        Assert.True(readyAt >= firstReadyAt + cooldown / 2);
        Assert.Equal(readyAt, early.ReadyAt);
        Assert.Equal(6 * Ether, paid.DecodeAllEvents<WithdrawnEventDTO>().Single().Event.Amount);
        Assert.Equal(4 * Ether, await suite.Pool().StakeOfQueryAsync(chain.Address(3)));
        Assert.Equal(996 * Ether, await suite.Token().BalanceOfQueryAsync(chain.Address(3)));
        await Reverts.WithAsync<StakingPoolNothingToWithdrawError>(() => suite.Pool(3).WithdrawRequestAndWaitForReceiptAsync());
    }

    [Fact]
    public async Task The_withdrawal_cooldown_is_set_by_the_treasury_only_and_never_beyond_a_year()
    {
        var suite = await SuiteWithStakersAsync();
        var before = await suite.Pool().WithdrawalCooldownQueryAsync();

        await Reverts.WithAsync<StakingPoolUnauthorizedError>(() => suite.Pool(0).SetWithdrawalCooldownRequestAndWaitForReceiptAsync(1));
        var tooLong = await Reverts.AsTreasuryWithAsync("StakingPoolCooldownTooLong", () =>
            suite.AsTreasuryAsync(suite.PoolAddress, new SetWithdrawalCooldownFunction { Cooldown = 365 * 86_400 + 1 }));
        var set = await suite.AsTreasuryAsync(suite.PoolAddress, new SetWithdrawalCooldownFunction { Cooldown = 3_600 });

        Assert.Equal($"StakingPoolCooldownTooLong(cooldown={365 * 86_400 + 1}, maximum={365 * 86_400})", tooLong);
        var changed = set.DecodeAllEvents<WithdrawalCooldownSetEventDTO>().Single().Event;
        Assert.Equal((before, 3_600UL), (changed.OldCooldown, changed.NewCooldown));
        Assert.Equal(3_600UL, await suite.Pool().WithdrawalCooldownQueryAsync());
    }

    [Fact]
    public async Task A_stake_asked_out_while_its_slash_is_voted_is_still_slashed_from_the_cooldown()
    {
        var suite = await SuiteWithStakersAsync(3);
        await suite.Pool(3).StakeRequestAndWaitForReceiptAsync(10 * Ether);
        await suite.Token(0).DelegateRequestAndWaitForReceiptAsync(chain.Address(0));
        await chain.Node.MineAsync(1);
        var treasuryBefore = await suite.Token().BalanceOfQueryAsync(suite.TreasuryAddress);
        var slash = new SlashFunction { Account = chain.Address(3), Amount = 4 * Ether, Reason = "fake compute attestation" };
        IReadOnlyList<ProposalAction> actions = [ProposalAction.Of(suite.PoolAddress, slash)];
        const string description = "Slash account 3\n\nEvidence of fabricated compute.";
        var proposalId = await GovernanceCycle.ProposeAsync(chain, suite, proposer: 0, actions, description);

        var escape = await suite.Pool(3).RequestWithdrawalRequestAndWaitForReceiptAsync(10 * Ether);
        await suite.Governor(0).CastVoteRequestAndWaitForReceiptAsync(proposalId, GovernanceCycle.For);
        await GovernanceCycle.MineUntilVotingEndsAsync(chain, suite, proposalId);
        var executed = await GovernanceCycle.QueueAndExecuteAsync(chain, suite, proposalId, actions, description);

        var slashed = executed.DecodeAllEvents<SlashedEventDTO>().Single().Event;
        Assert.Equal((4 * Ether, BigInteger.Zero, 4 * Ether), (slashed.Requested, slashed.FromStake, slashed.FromCooldown));
        Assert.Equal(treasuryBefore + 4 * Ether, await suite.Token().BalanceOfQueryAsync(suite.TreasuryAddress));
        var readyAt = escape.DecodeAllEvents<WithdrawalRequestedEventDTO>().Single().Event.ReadyAt;
        await Reverts.WithAsync<StakingPoolCooldownNotOverError>(() => suite.Pool(3).WithdrawRequestAndWaitForReceiptAsync());
        await MineAtAsync(readyAt);
        var withdrawn = await suite.Pool(3).WithdrawRequestAndWaitForReceiptAsync();
        Assert.Equal(6 * Ether, withdrawn.DecodeAllEvents<WithdrawnEventDTO>().Single().Event.Amount);
        Assert.Equal(996 * Ether, await suite.Token().BalanceOfQueryAsync(chain.Address(3)));
    }

    [Fact]
    public async Task A_slash_asking_more_than_the_bond_takes_what_is_there_and_the_rest_of_the_proposal_executes()
    {
        var suite = await SuiteWithStakersAsync(3);
        await suite.Pool(3).StakeRequestAndWaitForReceiptAsync(10 * Ether);
        await suite.Pool(3).RequestWithdrawalRequestAndWaitForReceiptAsync(4 * Ether);
        await suite.Token(0).DelegateRequestAndWaitForReceiptAsync(chain.Address(0));
        await chain.Node.MineAsync(1);
        var treasuryBefore = await suite.Token().BalanceOfQueryAsync(suite.TreasuryAddress);

        var passed = await GovernanceCycle.PassAsync(chain, suite, proposer: 0, voters: [0],
        [
            ProposalAction.Of(suite.PoolAddress, new SlashFunction { Account = chain.Address(3), Amount = 100 * Ether, Reason = "fake compute" }),
            ProposalAction.Of(suite.PoolAddress, new SlashFunction { Account = chain.Address(6), Amount = Ether, Reason = "never staked" }),
            ProposalAction.Of(suite.TokenAddress, new Token.TransferFunction { To = chain.Address(5), Value = Ether }),
        ], "Slash account 3 and 6, reward account 5 for the report");

        var slashes = passed.Executed.DecodeAllEvents<SlashedEventDTO>().Select(e => e.Event).ToList();
        Assert.Equal((100 * Ether, 6 * Ether, 4 * Ether), (slashes[0].Requested, slashes[0].FromStake, slashes[0].FromCooldown));
        Assert.Equal((Ether, BigInteger.Zero, BigInteger.Zero), (slashes[1].Requested, slashes[1].FromStake, slashes[1].FromCooldown));
        Assert.Equal(BigInteger.Zero, await suite.Pool().StakeOfQueryAsync(chain.Address(3)));
        Assert.Equal(BigInteger.Zero, (await suite.Pool().PendingWithdrawalQueryAsync(chain.Address(3))).Amount);
        Assert.Equal(treasuryBefore + 10 * Ether - Ether, await suite.Token().BalanceOfQueryAsync(suite.TreasuryAddress));
        Assert.Equal(Ether, await suite.Token().BalanceOfQueryAsync(chain.Address(5)));
    }

    private async Task<Suite> SuiteWithStakersAsync(params int[] stakers)
    {
        var suite = await chain.DeploySuiteAsync(new DeployParameters());
        foreach (var staker in stakers)
        {
            await suite.Token(0).TransferRequestAndWaitForReceiptAsync(chain.Address(staker), 1_000 * Ether);
            await suite.Token(staker).ApproveRequestAndWaitForReceiptAsync(suite.PoolAddress, 1_000 * Ether);
        }
        return suite;
    }

    /// <summary>Funds a stream as a passed proposal would; the notification itself is mined at <paramref name="at"/>.</summary>
    private async Task<TransactionReceipt> NotifyAsync(Suite suite, BigInteger amount, ulong duration, ulong? at)
    {
        await suite.AsTreasuryAsync(suite.TokenAddress, new Token.ApproveFunction { Spender = suite.PoolAddress, Value = amount });
        if (at is { } timestamp) await chain.Node.SetNextBlockTimestampAsync(timestamp);
        return await suite.AsTreasuryAsync(suite.PoolAddress, new NotifyRewardAmountFunction { Amount = amount, Duration = duration });
    }

    /// <summary>Mines an empty block at <paramref name="timestamp"/>, so calls from then on see that time.</summary>
    private async Task MineAtAsync(ulong timestamp)
    {
        await chain.Node.SetNextBlockTimestampAsync(timestamp);
        await chain.Node.MineAsync(1);
    }

    /// <summary>Sends the transaction(s) of <paramref name="send"/> with the next block at exactly <paramref name="timestamp"/>.</summary>
    private async Task<TransactionReceipt> At(ulong timestamp, Func<Task<TransactionReceipt>> send)
    {
        await chain.Node.SetNextBlockTimestampAsync(timestamp);
        return await send();
    }
}
