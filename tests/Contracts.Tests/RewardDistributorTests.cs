using System.Numerics;
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using GovernanceRewards.Testing;
using Nethereum.Contracts;

namespace GovernanceRewards.Contracts.Tests;

public sealed class RewardDistributorTests(ChainFixture chain) : IClassFixture<ChainFixture>
{
    [Fact]
    public async Task Funding_an_epoch_pulls_its_budget_from_the_treasury_and_records_it()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 50_000));
        var suite = scenario.Suite;

        Assert.Equal(50_000, await scenario.BalanceAsync(suite.DistributorAddress));
        Assert.Equal(50_000, await suite.Distributor().TotalFundedQueryAsync());
        var epoch = (await suite.Distributor().EpochOfQueryAsync(1)).ReturnValue1;
        Assert.Equal((BigInteger)50_000, epoch.Budget);
        Assert.Equal(1_000UL, epoch.WindowStart);
        Assert.Equal(2_000UL, epoch.WindowEnd);
        Assert.Equal((BigInteger)50_000, epoch.FundedThrough);
    }

    [Fact]
    public async Task Funding_refuses_other_callers_a_second_funding_and_malformed_epochs()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 10));
        var suite = scenario.Suite;

        var unauthorized = await Reverts.WithAsync<AccessControlUnauthorizedAccountError>(() =>
            suite.Distributor(0).FundEpochRequestAndWaitForReceiptAsync(2, 10, 2_000, 3_000, new byte[32]));
        Assert.Equal(chain.Address(0), unauthorized.Account, ignoreCase: true);

        var again = await Reverts.AsTreasuryWithAsync("DistributorEpochOutOfOrder", () => scenario.FundAsync(1, 10));
        Assert.Equal("DistributorEpochOutOfOrder(epoch=1, expected=2)", again);
        await Reverts.AsTreasuryWithAsync("DistributorEpochOutOfOrder", () => scenario.FundAsync(0, 10));
        await Reverts.AsTreasuryWithAsync("DistributorZeroBudget", () => scenario.FundAsync(2, 0));
        await Reverts.AsTreasuryWithAsync("DistributorInvalidWindow", () => scenario.FundAsync(2, 10, 5_000, 5_000));
        Assert.Equal(1UL, await suite.Distributor().LastFundedEpochQueryAsync());
    }

    [Fact]
    public async Task Epochs_are_funded_one_after_another_so_none_is_skipped_and_the_last_epoch_number_is_out_of_reach()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 10));

        var skipped = await Reverts.AsTreasuryWithAsync("DistributorEpochOutOfOrder", () => scenario.FundAsync(3, 10));
        var last = await Reverts.AsTreasuryWithAsync("DistributorEpochOutOfOrder", () =>
            scenario.FundAsync(ulong.MaxValue, 10, 2_000, 3_000));
        await scenario.FundAsync(2, 10);

        Assert.Equal("DistributorEpochOutOfOrder(epoch=3, expected=2)", skipped);
        Assert.Equal($"DistributorEpochOutOfOrder(epoch={ulong.MaxValue}, expected=2)", last);
        Assert.Equal(2UL, await scenario.Suite.Distributor().LastFundedEpochQueryAsync());
        Assert.Equal(BigInteger.Zero, (await scenario.Suite.Distributor().EpochOfQueryAsync(3)).ReturnValue1.Budget);
    }

    [Fact]
    public async Task A_window_must_start_before_it_ends_and_not_before_the_previous_epoch_window_ended()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 10));

        var empty = await Reverts.AsTreasuryWithAsync("DistributorInvalidWindow", () => scenario.FundAsync(2, 10, 2_500, 2_500));
        var inverted = await Reverts.AsTreasuryWithAsync("DistributorInvalidWindow", () => scenario.FundAsync(2, 10, 3_000, 2_900));
        var overlapping = await Reverts.AsTreasuryWithAsync("DistributorInvalidWindow", () => scenario.FundAsync(2, 10, 1_999, 3_000));
        await scenario.FundAsync(2, 10, 2_000, 3_000);

        Assert.Equal("DistributorInvalidWindow(windowStart=2500, windowEnd=2500, previousWindowEnd=2000)", empty);
        Assert.Equal("DistributorInvalidWindow(windowStart=3000, windowEnd=2900, previousWindowEnd=2000)", inverted);
        Assert.Equal("DistributorInvalidWindow(windowStart=1999, windowEnd=3000, previousWindowEnd=2000)", overlapping);
        Assert.Equal(2_000UL, (await scenario.Suite.Distributor().EpochOfQueryAsync(2)).ReturnValue1.WindowStart);
    }

    [Fact]
    public async Task A_root_cannot_be_posted_before_its_epoch_window_has_ended()
    {
        var scenario = await DistributorScenario.StartAsync(chain);
        var now = await chain.LatestTimestampAsync();
        await scenario.FundAsync(1, 1_000, now - 100, now + 1_000);
        var tree = scenario.Tree((3, 1_000));

        var early = await Reverts.WithAsync<DistributorWindowNotEndedError>(() => scenario.PostAsync(1, tree));
        await chain.Node.SetNextBlockTimestampAsync(now + 1_000);
        await scenario.PostAsync(1, tree);

        Assert.Equal(1UL, early.Epoch);
        Assert.Equal(now + 1_000, early.WindowEnd);
        Assert.Equal(tree.Root, (await scenario.Suite.Distributor().PendingRootQueryAsync()).Root);
    }

    [Fact]
    public async Task A_valid_claim_pays_the_leaf_once_whoever_sends_it()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000));
        var tree = scenario.Tree((3, 600), (4, 400));
        await scenario.SettleAsync(1, tree);
        var account = tree.Values[0].Account;

        var receipt = await scenario.ClaimAsync(tree, 0, sender: 5);

        Assert.Equal(600, await scenario.BalanceAsync(account));
        Assert.Equal(0, await scenario.BalanceAsync(chain.Address(5)));
        var claimed = receipt.DecodeAllEvents<ClaimedEventDTO>().Single().Event;
        Assert.Equal((BigInteger)600, claimed.Amount);
        Assert.Equal((BigInteger)600, claimed.CumulativeTotal);
        var again = await Reverts.WithAsync<DistributorNothingToClaimError>(() => scenario.ClaimAsync(tree, 0, sender: 3));
        Assert.Equal((BigInteger)600, again.Claimed);
        Assert.Equal(600, await scenario.BalanceAsync(account));
    }

    [Fact]
    public async Task After_a_second_epoch_a_claim_pays_only_the_difference()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000), (2, 2_000));
        var first = scenario.Tree((3, 600), (4, 400));
        await scenario.SettleAsync(1, first);
        await scenario.ClaimAsync(first, 0, sender: 3);

        var second = scenario.Tree((3, 1_500), (4, 1_000), (5, 500));
        await scenario.SettleAsync(2, second);
        var receipt = await scenario.ClaimAsync(second, 0, sender: 3);

        Assert.Equal((BigInteger)900, receipt.DecodeAllEvents<ClaimedEventDTO>().Single().Event.Amount);
        Assert.Equal(1_500, await scenario.BalanceAsync(chain.Address(3)));
        await scenario.ClaimAsync(second, 1, sender: 4);
        Assert.Equal(1_000, await scenario.BalanceAsync(chain.Address(4)));
        Assert.Equal(500, await scenario.BalanceAsync(scenario.Suite.DistributorAddress));
    }

    [Fact]
    public async Task A_wrong_amount_or_a_wrong_proof_is_refused()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000));
        var tree = scenario.Tree((3, 600), (4, 300), (5, 100));
        await scenario.SettleAsync(1, tree);
        var distributor = scenario.Suite.Distributor(3);
        var leaf = tree.Values[0];

        var wrongAmount = await Reverts.WithAsync<DistributorInvalidProofError>(() =>
            distributor.ClaimRequestAndWaitForReceiptAsync(leaf.Account, 601, [.. tree.GetProof(0)]));
        Assert.Equal((BigInteger)601, wrongAmount.Total);
        await Reverts.WithAsync<DistributorInvalidProofError>(() =>
            distributor.ClaimRequestAndWaitForReceiptAsync(leaf.Account, leaf.CumulativeTotal, [.. tree.GetProof(1)]));
        await Reverts.WithAsync<DistributorInvalidProofError>(() =>
            distributor.ClaimRequestAndWaitForReceiptAsync(chain.Address(6), leaf.CumulativeTotal, [.. tree.GetProof(0)]));
        Assert.Equal(0, await scenario.BalanceAsync(leaf.Account));
    }

    [Fact]
    public async Task A_pending_root_cannot_be_claimed_until_its_dispute_window_ends()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000), (2, 1_000));
        var first = scenario.Tree((3, 1_000));
        await scenario.PostAsync(1, first);

        await Reverts.WithAsync<DistributorNoAcceptedRootError>(() => scenario.ClaimAsync(first, 0, sender: 3));
        var pending = await scenario.Suite.Distributor().PendingRootQueryAsync();
        Assert.Equal(1UL, pending.Epoch);
        await chain.Node.IncreaseTimeAsync(DistributorScenario.DisputeWindow);
        await scenario.ClaimAsync(first, 0, sender: 3);

        var second = scenario.Tree((3, 1_500), (4, 500));
        await scenario.PostAsync(2, second);
        await Reverts.WithAsync<DistributorInvalidProofError>(() => scenario.ClaimAsync(second, 0, sender: 3));
        var accepted = await scenario.Suite.Distributor().AcceptedRootQueryAsync();
        Assert.Equal(1UL, accepted.Epoch);
        Assert.Equal(first.Root, accepted.Root);
    }

    [Fact]
    public async Task A_vetoed_root_is_never_claimable_and_a_corrected_root_can_be_posted()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000));
        var wrong = scenario.Tree((3, 900), (4, 100));
        await scenario.PostAsync(1, wrong);

        var receipt = await scenario.Suite.Distributor().VetoRootRequestAndWaitForReceiptAsync(1, "account 3 double counted");
        var vetoed = receipt.DecodeAllEvents<RootVetoedEventDTO>().Single().Event;
        Assert.Equal(wrong.Root, vetoed.Root);
        await chain.Node.IncreaseTimeAsync(DistributorScenario.DisputeWindow);
        await Reverts.WithAsync<DistributorNoAcceptedRootError>(() => scenario.ClaimAsync(wrong, 0, sender: 3));

        var corrected = scenario.Tree((3, 500), (4, 500));
        await scenario.SettleAsync(1, corrected);
        await Reverts.WithAsync<DistributorInvalidProofError>(() => scenario.ClaimAsync(wrong, 0, sender: 3));
        await scenario.ClaimAsync(corrected, 0, sender: 3);
        Assert.Equal(500, await scenario.BalanceAsync(chain.Address(3)));
    }

    [Fact]
    public async Task Anyone_can_accept_a_matured_root_and_claims_keep_paying_across_the_switch()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000), (2, 1_000));
        var distributor = scenario.Suite.Distributor(7);
        var first = scenario.Tree((3, 400), (4, 600));
        await scenario.PostAsync(1, first);
        await Reverts.WithAsync<DistributorNothingToAcceptError>(() => distributor.AcceptRootRequestAndWaitForReceiptAsync());
        await chain.Node.IncreaseTimeAsync(DistributorScenario.DisputeWindow);

        var receipt = await distributor.AcceptRootRequestAndWaitForReceiptAsync();

        Assert.Equal(first.Root, receipt.DecodeAllEvents<RootAcceptedEventDTO>().Single().Event.Root);
        Assert.Equal(0UL, (await distributor.PendingRootQueryAsync()).Epoch);
        await Reverts.WithAsync<DistributorNothingToAcceptError>(() => distributor.AcceptRootRequestAndWaitForReceiptAsync());
        await scenario.ClaimAsync(first, 0, sender: 3);
        var second = scenario.Tree((3, 900), (4, 1_100));
        await scenario.SettleAsync(2, second);
        await distributor.AcceptRootRequestAndWaitForReceiptAsync();
        await scenario.ClaimAsync(second, 0, sender: 3);
        await scenario.ClaimAsync(second, 1, sender: 4);
        await Reverts.WithAsync<DistributorInvalidProofError>(() => scenario.ClaimAsync(first, 1, sender: 4));
        Assert.Equal(900, await scenario.BalanceAsync(chain.Address(3)));
        Assert.Equal(1_100, await scenario.BalanceAsync(chain.Address(4)));
    }

    [Fact]
    public async Task Only_the_guardian_vetoes_and_only_inside_the_window()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000));
        var tree = scenario.Tree((3, 1_000));
        await scenario.PostAsync(1, tree);

        await Reverts.WithAsync<AccessControlUnauthorizedAccountError>(() =>
            scenario.Suite.Distributor(3).VetoRootRequestAndWaitForReceiptAsync(1, "not mine to veto"));
        var wrongEpoch = await Reverts.WithAsync<DistributorNoPendingRootError>(() =>
            scenario.Suite.Distributor().VetoRootRequestAndWaitForReceiptAsync(2, "wrong epoch"));
        Assert.Equal(2UL, wrongEpoch.Epoch);
        await chain.Node.IncreaseTimeAsync(DistributorScenario.DisputeWindow);
        await Reverts.WithAsync<DistributorNoPendingRootError>(() =>
            scenario.Suite.Distributor().VetoRootRequestAndWaitForReceiptAsync(1, "too late"));
    }

    [Fact]
    public async Task A_newer_epoch_replaces_a_pending_root_and_restarts_the_window()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000), (2, 1_000), (3, 1_000));
        var first = scenario.Tree((3, 1_000));
        var second = scenario.Tree((3, 1_000), (4, 1_000));
        await scenario.PostAsync(2, second);

        var older = await Reverts.WithAsync<DistributorRootPendingError>(() => scenario.PostAsync(1, first));
        Assert.Equal(2UL, older.PendingEpoch);
        await Reverts.WithAsync<DistributorRootPendingError>(() => scenario.PostAsync(2, first));

        await chain.Node.IncreaseTimeAsync(DistributorScenario.DisputeWindow / 2);
        var third = scenario.Tree((3, 1_000), (4, 1_000), (5, 1_000));
        await scenario.PostAsync(3, third);
        await chain.Node.IncreaseTimeAsync(DistributorScenario.DisputeWindow / 2 + 1);
        Assert.Equal(3UL, (await scenario.Suite.Distributor().PendingRootQueryAsync()).Epoch);
        await Reverts.WithAsync<DistributorNoAcceptedRootError>(() => scenario.ClaimAsync(third, 0, sender: 3));

        await chain.Node.IncreaseTimeAsync(DistributorScenario.DisputeWindow / 2);
        await scenario.ClaimAsync(third, 2, sender: 5);
        Assert.Equal(1_000, await scenario.BalanceAsync(chain.Address(5)));
    }

    [Fact]
    public async Task Roots_are_refused_above_the_funded_budgets_for_unfunded_or_settled_epochs_and_from_non_settlers()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000), (2, 500));
        var distributor = scenario.Suite.Distributor();
        var tree = scenario.Tree((3, 1_000));

        var exceeds = await Reverts.WithAsync<DistributorTotalExceedsFundedError>(() =>
            distributor.PostRootRequestAndWaitForReceiptAsync(2, tree.Root, 1_501, "uri"));
        Assert.Equal((BigInteger)1_500, exceeds.Funded);
        await Reverts.WithAsync<DistributorEpochNotFundedError>(() => distributor.PostRootRequestAndWaitForReceiptAsync(9, tree.Root, 1, "uri"));
        await Reverts.WithAsync<DistributorZeroRootError>(() => distributor.PostRootRequestAndWaitForReceiptAsync(1, new byte[32], 1, "uri"));
        await Reverts.WithAsync<AccessControlUnauthorizedAccountError>(() =>
            scenario.Suite.Distributor(3).PostRootRequestAndWaitForReceiptAsync(1, tree.Root, 1_000, "uri"));

        await scenario.SettleAsync(2, tree);
        await Reverts.WithAsync<DistributorEpochAlreadySettledError>(() => scenario.PostAsync(1, tree));
        var lower = await Reverts.WithAsync<DistributorEpochAlreadySettledError>(() => scenario.PostAsync(2, tree));
        Assert.Equal(2UL, lower.AcceptedEpoch);
    }

    [Fact]
    public async Task A_root_never_lowers_the_accepted_cumulative_total()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000), (2, 1_000));
        await scenario.SettleAsync(1, scenario.Tree((3, 1_000)));
        var lower = scenario.Tree((3, 400));
        var error = await Reverts.WithAsync<DistributorTotalBelowAcceptedError>(() => scenario.PostAsync(2, lower));
        Assert.Equal((BigInteger)1_000, error.AcceptedTotal);
    }

    [Fact]
    public async Task ClaimMany_sent_by_a_third_party_pays_each_leaf_to_its_own_account_and_skips_paid_ones()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 10_000));
        var tree = scenario.Tree((3, 1_000), (4, 2_000), (5, 3_000), (6, 4_000));
        await scenario.SettleAsync(1, tree);
        await scenario.ClaimAsync(tree, 1, sender: 4);

        var multi = tree.GetMultiProof([0, 1, 2, 3]);
        var receipt = await scenario.Suite.Distributor(9).ClaimManyRequestAndWaitForReceiptAsync(
            [.. multi.Leaves.Select(l => l.Account)], [.. multi.Leaves.Select(l => l.CumulativeTotal)], [.. multi.Proof], [.. multi.ProofFlags]);

        Assert.Equal(3, receipt.DecodeAllEvents<ClaimedEventDTO>().Count);
        foreach (var (account, total) in new[] { (3, 1_000), (4, 2_000), (5, 3_000), (6, 4_000) })
        {
            Assert.Equal(total, await scenario.BalanceAsync(chain.Address(account)));
        }
        Assert.Equal(0, await scenario.BalanceAsync(chain.Address(9)));
        Assert.Equal(0, await scenario.BalanceAsync(scenario.Suite.DistributorAddress));
    }

    [Fact]
    public async Task ClaimMany_refuses_a_batch_whose_multiproof_does_not_match()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 10_000));
        var tree = scenario.Tree((3, 1_000), (4, 2_000), (5, 3_000));
        await scenario.SettleAsync(1, tree);
        var multi = tree.GetMultiProof([0, 1]);

        await Reverts.WithAsync<DistributorInvalidMultiProofError>(() => scenario.Suite.Distributor(9).ClaimManyRequestAndWaitForReceiptAsync(
            [.. multi.Leaves.Select(l => l.Account)], [.. multi.Leaves.Select(l => l.CumulativeTotal + 1)], [.. multi.Proof], [.. multi.ProofFlags]));
        await Reverts.WithAsync<DistributorInvalidBatchError>(() => scenario.Suite.Distributor(9).ClaimManyRequestAndWaitForReceiptAsync(
            [.. multi.Leaves.Select(l => l.Account)], [1], [.. multi.Proof], [.. multi.ProofFlags]));
    }

    [Fact]
    public async Task Only_unallocated_funds_can_be_swept_and_only_by_the_treasury()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000));
        var suite = scenario.Suite;
        await scenario.SettleAsync(1, scenario.Tree((3, 700)));
        var treasuryBefore = await scenario.BalanceAsync(suite.TreasuryAddress);

        var message = await Reverts.AsTreasuryWithAsync("DistributorSweepExceedsUnallocated",
            () => suite.AsTreasuryAsync(suite.DistributorAddress, new SweepFunction { Amount = 301 }));
        Assert.Contains("unallocated=300", message, StringComparison.Ordinal);
        await suite.AsTreasuryAsync(suite.DistributorAddress, new SweepFunction { Amount = 300 });
        await Reverts.WithAsync<AccessControlUnauthorizedAccountError>(() => suite.Distributor(3).SweepRequestAndWaitForReceiptAsync(1));

        Assert.Equal(treasuryBefore + 300, await scenario.BalanceAsync(suite.TreasuryAddress));
        Assert.Equal(700, await suite.Distributor().TotalFundedQueryAsync());
    }

    [Fact]
    public async Task The_dispute_window_is_set_by_the_treasury_only()
    {
        var scenario = await DistributorScenario.StartAsync(chain);
        var suite = scenario.Suite;
        await Reverts.WithAsync<AccessControlUnauthorizedAccountError>(() => suite.Distributor().SetDisputeWindowRequestAndWaitForReceiptAsync(1));
        var set = await suite.AsTreasuryAsync(suite.DistributorAddress, new SetDisputeWindowFunction { NewWindow = 7_200 });
        var changed = set.DecodeAllEvents<DisputeWindowSetEventDTO>().Single().Event;
        Assert.Equal((DistributorScenario.DisputeWindow, 7_200UL), (changed.OldWindow, changed.NewWindow));
        Assert.Equal(7_200UL, await suite.Distributor().DisputeWindowQueryAsync());
    }

    [Fact]
    public async Task A_single_leaf_tree_is_claimable_with_an_empty_proof_and_by_claimMany()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000));
        var tree = scenario.Tree((3, 1_000));
        await scenario.SettleAsync(1, tree);
        Assert.Empty(tree.GetProof(0));
        var multi = tree.GetMultiProof([0]);

        await scenario.Suite.Distributor(9).ClaimManyRequestAndWaitForReceiptAsync(
            [multi.Leaves[0].Account], [multi.Leaves[0].CumulativeTotal], [.. multi.Proof], [.. multi.ProofFlags]);

        Assert.Equal(1_000, await scenario.BalanceAsync(chain.Address(3)));
    }

    [Fact]
    public async Task An_epoch_at_or_below_the_accepted_one_can_be_neither_settled_nor_funded_again()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000), (2, 1_000), (3, 1_000));
        var tree = scenario.Tree((3, 1_000));
        await scenario.SettleAsync(2, tree);
        await scenario.Suite.Distributor(7).AcceptRootRequestAndWaitForReceiptAsync();

        var below = await Reverts.WithAsync<DistributorEpochAlreadySettledError>(() => scenario.PostAsync(1, tree));
        var same = await Reverts.WithAsync<DistributorEpochAlreadySettledError>(() =>
            scenario.PostAsync(2, scenario.Tree((3, 1_000), (4, 500))));
        var refunded = await Reverts.AsTreasuryWithAsync("DistributorEpochOutOfOrder", () => scenario.FundAsync(2, 1_000, 9_000, 9_500));

        Assert.Equal((1UL, 2UL), (below.Epoch, below.AcceptedEpoch));
        Assert.Equal((2UL, 2UL), (same.Epoch, same.AcceptedEpoch));
        Assert.Equal("DistributorEpochOutOfOrder(epoch=2, expected=4)", refunded);
        await scenario.PostAsync(3, scenario.Tree((3, 1_000), (4, 500)));
    }

    [Fact]
    public async Task A_root_for_an_epoch_cannot_promise_the_budget_of_a_later_epoch()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000), (2, 500));
        var greedy = scenario.Tree((3, 1_500));

        var exceeds = await Reverts.WithAsync<DistributorTotalExceedsFundedError>(() => scenario.PostAsync(1, greedy));

        Assert.Equal((BigInteger)1_500, exceeds.CumulativeTotal);
        Assert.Equal((BigInteger)1_000, exceeds.Funded);
        Assert.Equal((BigInteger)1_000, (await scenario.Suite.Distributor().EpochOfQueryAsync(1)).ReturnValue1.FundedThrough);
        await scenario.SettleAsync(2, greedy);
        await scenario.ClaimAsync(greedy, 0, sender: 3);
        Assert.Equal(1_500, await scenario.BalanceAsync(chain.Address(3)));
    }

    [Fact]
    public async Task After_a_newer_root_matures_a_claim_verifies_against_it_and_accepts_it_without_acceptRoot()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000), (2, 1_000));
        var distributor = scenario.Suite.Distributor();
        var first = scenario.Tree((3, 900), (4, 100));
        await scenario.SettleAsync(1, first);
        await scenario.ClaimAsync(first, 1, sender: 4);
        var corrected = scenario.Tree((3, 500), (4, 600));
        await scenario.SettleAsync(2, corrected);
        var reported = await distributor.AcceptedRootQueryAsync();

        var stale = await Reverts.WithAsync<DistributorInvalidProofError>(() => scenario.ClaimAsync(first, 0, sender: 3));
        var receipt = await scenario.ClaimAsync(corrected, 0, sender: 3);

        Assert.Equal(2UL, reported.Epoch);
        Assert.Equal(corrected.Root, reported.Root);
        Assert.Equal((BigInteger)900, stale.Total);
        var accepted = receipt.DecodeAllEvents<RootAcceptedEventDTO>().Single().Event;
        Assert.Equal(2UL, accepted.Epoch);
        Assert.Equal(corrected.Root, accepted.Root);
        Assert.Equal((BigInteger)1_100, accepted.CumulativeTotal);
        Assert.Equal((BigInteger)500, receipt.DecodeAllEvents<ClaimedEventDTO>().Single().Event.Amount);
        await Reverts.WithAsync<DistributorNothingToAcceptError>(() => distributor.AcceptRootRequestAndWaitForReceiptAsync());
        Assert.Equal(500, await scenario.BalanceAsync(chain.Address(3)));
    }

    [Fact]
    public async Task After_a_newer_root_matures_claimMany_verifies_against_it_and_accepts_it_without_acceptRoot()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000), (2, 1_000));
        var first = scenario.Tree((3, 900), (4, 100));
        await scenario.SettleAsync(1, first);
        await scenario.Suite.Distributor(7).AcceptRootRequestAndWaitForReceiptAsync();
        var corrected = scenario.Tree((3, 500), (4, 600));
        await scenario.SettleAsync(2, corrected);

        await Reverts.WithAsync<DistributorInvalidMultiProofError>(() => scenario.ClaimManyAsync(first, [0, 1], sender: 9));
        var receipt = await scenario.ClaimManyAsync(corrected, [0, 1], sender: 9);

        var accepted = receipt.DecodeAllEvents<RootAcceptedEventDTO>().Single().Event;
        Assert.Equal(2UL, accepted.Epoch);
        Assert.Equal(corrected.Root, accepted.Root);
        Assert.Equal(2, receipt.DecodeAllEvents<ClaimedEventDTO>().Count);
        Assert.Equal(500, await scenario.BalanceAsync(chain.Address(3)));
        Assert.Equal(600, await scenario.BalanceAsync(chain.Address(4)));
    }

    [Fact]
    public async Task A_corrected_root_that_lowers_an_account_pays_out_no_more_than_it_declares_and_stays_solvent()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000), (2, 1_000));
        var distributor = scenario.Suite.Distributor();
        var first = scenario.Tree((3, 600), (4, 400));
        await scenario.SettleAsync(1, first);
        await scenario.ClaimAsync(first, 0, sender: 3);
        // Lowers account 3 below the 600 it already has: its leaves add up to 1,000 only if account 3 gave 500 back.
        var corrected = scenario.Tree((3, 100), (4, 900));
        await scenario.SettleAsync(2, corrected);

        var exceeded = await Reverts.WithAsync<DistributorClaimsExceedRootTotalError>(() => scenario.ClaimAsync(corrected, 1, sender: 4));

        Assert.Equal(((BigInteger)600, (BigInteger)900, (BigInteger)1_000),
            (exceeded.ClaimedTotal, exceeded.Amount, exceeded.CumulativeTotal));
        Assert.Equal(0, await scenario.BalanceAsync(chain.Address(4)));
        var held = await scenario.BalanceAsync(scenario.Suite.DistributorAddress);
        var claimed = await distributor.ClaimedTotalQueryAsync();
        var declared = (await distributor.AcceptedRootQueryAsync()).CumulativeTotal;
        Assert.Equal(await distributor.TotalFundedQueryAsync() - claimed, held);
        Assert.Equal(await distributor.UnallocatedQueryAsync() + (declared - claimed), held);
    }

    [Fact]
    public async Task A_vetoed_root_cannot_be_posted_again_for_its_epoch()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000));
        var distributor = scenario.Suite.Distributor();
        var wrong = scenario.Tree((3, 900), (4, 100));
        await scenario.PostAsync(1, wrong);
        await distributor.VetoRootRequestAndWaitForReceiptAsync(1, "account 3 double counted");

        var again = await Reverts.WithAsync<DistributorRootWasVetoedError>(() => scenario.PostAsync(1, wrong));

        Assert.Equal(1UL, again.Epoch);
        Assert.Equal(wrong.Root, again.Root);
        Assert.True(await distributor.IsVetoedQueryAsync(1, wrong.Root));
        var corrected = scenario.Tree((3, 500), (4, 500));
        Assert.False(await distributor.IsVetoedQueryAsync(1, corrected.Root));
        await scenario.SettleAsync(1, corrected);
        await scenario.ClaimAsync(corrected, 0, sender: 3);
    }

    [Fact]
    public async Task The_dispute_window_can_never_be_set_below_the_minimum_fixed_at_deployment()
    {
        const ulong minimum = DistributorScenario.MinDisputeWindow;
        var scenario = await DistributorScenario.StartAsync(chain);
        var suite = scenario.Suite;
        await suite.Token(0).DelegateRequestAndWaitForReceiptAsync(chain.Address(0));
        await chain.Node.MineAsync(1);
        IReadOnlyList<ProposalAction> actions =
            [ProposalAction.Of(suite.DistributorAddress, new SetDisputeWindowFunction { NewWindow = 0 })];
        const string description = "Disputes take too long\n\nClaims should be paid as soon as a root is posted.";
        var proposalId = await GovernanceCycle.ProposeAsync(chain, suite, proposer: 0, actions, description);
        await suite.Governor(0).CastVoteRequestAndWaitForReceiptAsync(proposalId, GovernanceCycle.For);
        await GovernanceCycle.MineUntilVotingEndsAsync(chain, suite, proposalId);

        var execution = await Assert.ThrowsAnyAsync<Exception>(() =>
            GovernanceCycle.QueueAndExecuteAsync(chain, suite, proposalId, actions, description));
        var below = await Reverts.AsTreasuryWithAsync("DistributorDisputeWindowTooShort", () =>
            suite.AsTreasuryAsync(suite.DistributorAddress, new SetDisputeWindowFunction { NewWindow = minimum - 1 }));

        Assert.Equal($"DistributorDisputeWindowTooShort(window=0, minimum={minimum})", Chain.RevertReason.Describe(execution));
        Assert.Equal($"DistributorDisputeWindowTooShort(window={minimum - 1}, minimum={minimum})", below);
        Assert.Equal(DistributorScenario.DisputeWindow, await suite.Distributor().DisputeWindowQueryAsync());
        await suite.AsTreasuryAsync(suite.DistributorAddress, new SetDisputeWindowFunction { NewWindow = minimum });
        Assert.Equal(minimum, await suite.Distributor().DisputeWindowQueryAsync());
        Assert.Equal(minimum, await suite.Distributor().MinDisputeWindowQueryAsync());
    }

    [Fact]
    public async Task The_dispute_window_can_never_be_set_above_thirty_days()
    {
        var scenario = await DistributorScenario.StartAsync(chain);
        const ulong thirtyDays = 30 * 86_400;

        var above = await Reverts.AsTreasuryWithAsync("DistributorDisputeWindowTooLong", () =>
            scenario.Suite.AsTreasuryAsync(scenario.Suite.DistributorAddress, new SetDisputeWindowFunction { NewWindow = thirtyDays + 1 }));
        await scenario.Suite.AsTreasuryAsync(scenario.Suite.DistributorAddress, new SetDisputeWindowFunction { NewWindow = thirtyDays });

        Assert.Equal($"DistributorDisputeWindowTooLong(window={thirtyDays + 1}, maximum={thirtyDays})", above);
        Assert.Equal(thirtyDays, await scenario.Suite.Distributor().DisputeWindowQueryAsync());
    }

    [Fact]
    public async Task A_window_ending_more_than_a_year_ahead_is_refused_so_it_cannot_hold_every_later_epoch_back()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 10));
        var now = await chain.LatestTimestampAsync();
        const ulong year = 366 * 86_400;

        var tooFar = await Reverts.AsTreasuryWithAsync("DistributorWindowTooFar", () => scenario.FundAsync(2, 10, 2_000, now + year + 10));
        await scenario.FundAsync(2, 10, 2_000, now + 10);

        Assert.StartsWith($"DistributorWindowTooFar(windowEnd={now + year + 10}, latest=", tooFar, StringComparison.Ordinal);
        Assert.Equal(2UL, await scenario.Suite.Distributor().LastFundedEpochQueryAsync());
    }

    [Fact]
    public async Task A_root_that_understates_its_total_pays_no_more_than_it_declares_so_a_sweep_never_takes_what_it_owes()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000));
        var suite = scenario.Suite;
        var tree = scenario.Tree((3, 300), (4, 400));
        await scenario.SettleAsync(1, tree, declaredTotal: 500);

        var tooMuch = await Reverts.AsTreasuryWithAsync("DistributorSweepExceedsUnallocated",
            () => suite.AsTreasuryAsync(suite.DistributorAddress, new SweepFunction { Amount = 501 }));
        await suite.AsTreasuryAsync(suite.DistributorAddress, new SweepFunction { Amount = 500 });
        await scenario.FundAsync(2, 1_000);
        await scenario.ClaimAsync(tree, 0, sender: 3);
        var exceeded = await Reverts.WithAsync<DistributorClaimsExceedRootTotalError>(() => scenario.ClaimAsync(tree, 1, sender: 4));

        Assert.Contains("unallocated=500", tooMuch, StringComparison.Ordinal);
        Assert.Equal(((BigInteger)300, (BigInteger)400, (BigInteger)500),
            (exceeded.ClaimedTotal, exceeded.Amount, exceeded.CumulativeTotal));
        Assert.Equal(0, await scenario.BalanceAsync(chain.Address(4)));
        Assert.Equal(200 + 1_000, await scenario.BalanceAsync(suite.DistributorAddress));
        Assert.Equal(1_000, await suite.Distributor().UnallocatedQueryAsync());
    }

    [Fact]
    public async Task Replacing_a_pending_root_emits_RootReplaced_and_a_matured_one_is_accepted_instead()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000), (2, 1_000), (3, 1_000));
        var first = scenario.Tree((3, 1_000));
        var second = scenario.Tree((3, 1_000), (4, 1_000));
        await scenario.PostAsync(1, first);

        var replacing = await scenario.PostAsync(2, second);
        await chain.Node.IncreaseTimeAsync(DistributorScenario.DisputeWindow);
        var afterMaturity = await scenario.PostAsync(3, scenario.Tree((3, 1_000), (4, 1_000), (5, 1_000)));

        var replaced = replacing.DecodeAllEvents<RootReplacedEventDTO>().Single().Event;
        Assert.Equal((1UL, 2UL), (replaced.Epoch, replaced.ByEpoch));
        Assert.Equal(first.Root, replaced.Root);
        Assert.Equal(second.Root, replacing.DecodeAllEvents<RootPostedEventDTO>().Single().Event.Root);
        Assert.Empty(afterMaturity.DecodeAllEvents<RootReplacedEventDTO>());
        Assert.Equal(second.Root, afterMaturity.DecodeAllEvents<RootAcceptedEventDTO>().Single().Event.Root);
    }

    [Fact]
    public async Task Revert_reasons_are_decoded_into_readable_errors()
    {
        var scenario = await DistributorScenario.StartAsync(chain, (1, 1_000));
        var tree = scenario.Tree((3, 1_000));
        await scenario.SettleAsync(1, tree);
        await scenario.ClaimAsync(tree, 0, sender: 3);

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => scenario.ClaimAsync(tree, 0, sender: 3));

        Assert.Equal(
            $"DistributorNothingToClaim(account={chain.Address(3).ToLowerInvariant()}, total=1000, claimed=1000)",
            Chain.RevertReason.Describe(exception)?.Replace(chain.Address(3), chain.Address(3).ToLowerInvariant(), StringComparison.Ordinal));
    }
}
