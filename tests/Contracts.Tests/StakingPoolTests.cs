using System.Numerics;
using GovernanceRewards.Contracts.Deployment;
using GovernanceRewards.Contracts.StakingPool.ContractDefinition;
using GovernanceRewards.Testing;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Token = GovernanceRewards.Contracts.GovToken.ContractDefinition;

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
        await At(t + 500, () => suite.Pool(3).WithdrawRequestAndWaitForReceiptAsync(50 * Ether)); model.Withdraw(t + 500, a, 50 * Ether);
        await At(t + 700, () => suite.Pool(5).StakeRequestAndWaitForReceiptAsync(7 * Ether + 3)); model.Stake(t + 700, c, 7 * Ether + 3);
        var topUp = 333 * Ether + 7;
        await NotifyAsync(suite, topUp, 777, at: t + 800); model.Notify(t + 800, topUp, 777);
        await At(t + 1_200, () => suite.Pool(4).WithdrawRequestAndWaitForReceiptAsync(300 * Ether)); model.Withdraw(t + 1_200, b, 300 * Ether);

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
        var stillStaked = await suite.Pool().TotalStakedQueryAsync();
        Assert.Equal(funded, paid + poolBalance - stillStaked);
        Assert.InRange(poolBalance - stillStaked, 0, 3);
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
        await suite.Pool(3).WithdrawRequestAndWaitForReceiptAsync(15 * Ether);
        await chain.Node.MineAsync(1);

        Assert.Equal(0, await suite.Pool().GetPastStakeQueryAsync(chain.Address(3), block - 1));
        Assert.Equal(40 * Ether, await suite.Pool().GetPastStakeQueryAsync(chain.Address(3), block));
        Assert.Equal(25 * Ether, await suite.Pool().StakeOfQueryAsync(chain.Address(3)));
        var current = await suite.Pool().ClockQueryAsync();
        var future = await Reverts.WithAsync<StakingPoolFutureLookupError>(() => suite.Pool().GetPastStakeQueryAsync(chain.Address(3), current));
        Assert.Equal((BigInteger)current, future.Timepoint);
    }

    [Fact]
    public async Task Withdrawing_more_than_staked_zero_amounts_and_empty_claims_are_refused()
    {
        var suite = await SuiteWithStakersAsync(3);
        await suite.Pool(3).StakeRequestAndWaitForReceiptAsync(Ether);

        var insufficient = await Reverts.WithAsync<StakingPoolInsufficientStakeError>(() => suite.Pool(3).WithdrawRequestAndWaitForReceiptAsync(Ether + 1));
        Assert.Equal(Ether, insufficient.Staked);
        await Reverts.WithAsync<StakingPoolZeroAmountError>(() => suite.Pool(3).StakeRequestAndWaitForReceiptAsync(0));
        await Reverts.WithAsync<StakingPoolZeroAmountError>(() => suite.Pool(3).WithdrawRequestAndWaitForReceiptAsync(0));
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

    /// <summary>Sends the transaction(s) of <paramref name="send"/> with the next block at exactly <paramref name="timestamp"/>.</summary>
    private async Task<TransactionReceipt> At(ulong timestamp, Func<Task<TransactionReceipt>> send)
    {
        await chain.Node.SetNextBlockTimestampAsync(timestamp);
        return await send();
    }

}
