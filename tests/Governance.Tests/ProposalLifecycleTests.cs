using System.Numerics;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Governance.Proposals;
using GovernanceRewards.Governance.Templates;
using GovernanceRewards.Governance.Voting;
using GovernanceRewards.Rewards.Policy;
using GovernanceRewards.Testing;
using Nethereum.Contracts;

namespace GovernanceRewards.Governance.Tests;

public sealed class ProposalLifecycleTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset WindowStart = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_fund_epoch_proposal_goes_from_proposal_to_execution_and_the_read_model_agrees_with_the_governor_at_every_step()
    {
        await using var harness = await GovernanceHarness.CreateAsync(chain, database);
        await harness.SeedHoldersAsync();
        await harness.AssertAgreesWithGovernorAsync();

        var policyHash = RewardPolicy.Hash(new RewardPolicy { Weights = new() { ["data"] = 3, ["code"] = 5 }, ParticipationBasisPoints = 1_000 });
        var draft = await new ProposalTemplates(harness.Chain).FundEpochAsync(
            1, DeployParameters.ToUnits(50_000), WindowStart, WindowStart.AddDays(7), policyHash, "First community epoch.", CancellationToken.None);
        var proposed = await (await harness.HolderAsync(1)).ProposeAsync(draft, CancellationToken.None);
        await harness.AssertAgreesWithGovernorAsync();
        await chain.Node.MineAsync(2);
        await harness.AssertAgreesWithGovernorAsync();

        await (await harness.HolderAsync(1)).VoteAsync(proposed.ProposalId, 1, "fund it", CancellationToken.None);
        await (await harness.HolderAsync(2)).VoteAsync(proposed.ProposalId, 2, "", CancellationToken.None);
        await harness.AssertAgreesWithGovernorAsync();
        var ballot = await SignedBallot.CreateAsync(harness.Chain, chain.Key(3), proposed.ProposalId, 1, CancellationToken.None);
        var relayed = await (await harness.RelayAsync()).RelayAsync(proposed.ProposalId, ballot, CancellationToken.None);
        // The relay answers once the node took the transaction, which anvil mines a moment later.
        await chain.Web3For(0).TransactionReceiptPolling.PollForReceiptAsync(relayed);
        await harness.AssertAgreesWithGovernorAsync();

        await GovernanceCycle.MineUntilVotingEndsAsync(chain, harness.Suite, proposed.ProposalId);
        await harness.AssertAgreesWithGovernorAsync();
        var keeper = await harness.KeeperAsync();
        Assert.Equal(1, await keeper.RunAsync(CancellationToken.None));
        await harness.AssertAgreesWithGovernorAsync();
        Assert.Equal(0, await keeper.RunAsync(CancellationToken.None));
        await chain.Node.IncreaseTimeAsync((ulong)await harness.Suite.Treasury().GetMinDelayQueryAsync() + 1);
        await chain.Node.MineAsync(1);
        Assert.Equal(1, await keeper.RunAsync(CancellationToken.None));
        await harness.AssertAgreesWithGovernorAsync();

        var epoch = (await harness.Suite.Distributor().EpochOfQueryAsync(1)).ReturnValue1;
        Assert.Equal(DeployParameters.ToUnits(50_000), epoch.Budget);
        Assert.Equal(policyHash, epoch.PolicyHash);
        var detail = await harness.Queries.FindAsync(proposed.ProposalId, CancellationToken.None);
        Assert.NotNull(detail);
        Assert.Equal(ProposalState.Executed, detail.Summary.State);
        Assert.Equal("Fund reward epoch 1 with 50,000 GRW", detail.Summary.Title);
        Assert.Equal("First community epoch.", detail.Body);
        Assert.Equal(
            [
                "allow RewardDistributor to take 50,000 GRW from the treasury",
                $"fund reward epoch 1 with 50,000 GRW for contributions from 2026-11-01 00:00:00 UTC to 2026-11-08 00:00:00 UTC under policy 0x{Convert.ToHexStringLower(policyHash)}",
            ],
            detail.Actions.Select(a => a.Sentence));
        Assert.Equal([chain.Address(1), chain.Address(2), chain.Address(3)], detail.Votes.Select(v => v.Voter), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(relayed, detail.Votes[2].TransactionHash);
        Assert.Equal(DeployParameters.ToUnits(40_000), detail.Votes[2].Weight);
        Assert.Equal(["queue", "execute"], detail.Keeper.Select(k => k.Action));
        Assert.All(detail.Keeper, k => Assert.Equal("mined", k.Status));
        Assert.Contains(detail.Timeline, t => t.What == "executed");
    }

    [Fact]
    public async Task Defeated_and_canceled_proposals_end_in_their_state_and_the_keeper_sends_nothing_for_them()
    {
        await using var harness = await GovernanceHarness.CreateAsync(chain, database);
        await harness.SeedHoldersAsync();
        var templates = new ProposalTemplates(harness.Chain);
        var proposer = await harness.HolderAsync(1);
        var noQuorum = await proposer.ProposeAsync(await templates.SetDisputeWindowAsync(TimeSpan.FromHours(1), "too few care", CancellationToken.None), CancellationToken.None);
        var against = await proposer.ProposeAsync(await templates.SetDisputeWindowAsync(TimeSpan.FromHours(2), "most refuse", CancellationToken.None), CancellationToken.None);
        var canceledDraft = await templates.SetDisputeWindowAsync(TimeSpan.FromHours(3), "withdrawn", CancellationToken.None);
        var canceled = await proposer.ProposeAsync(canceledDraft, CancellationToken.None);
        await harness.Suite.Governor(1).CancelRequestAndWaitForReceiptAsync(
            [.. canceledDraft.Actions.Select(a => a.Target)], [.. canceledDraft.Actions.Select(a => a.Value)],
            [.. canceledDraft.Actions.Select(a => a.CallData)], GovernanceCycle.DescriptionHash(canceledDraft.Description.ToDescription()));
        await chain.Node.MineAsync(2);

        await (await harness.HolderAsync(2)).VoteAsync(noQuorum.ProposalId, 1, "", CancellationToken.None);
        await (await harness.HolderAsync(1)).VoteAsync(against.ProposalId, 1, "", CancellationToken.None);
        await (await harness.HolderAsync(3)).VoteAsync(against.ProposalId, 0, "no", CancellationToken.None);
        await GovernanceCycle.MineUntilVotingEndsAsync(chain, harness.Suite, against.ProposalId);
        await harness.AssertAgreesWithGovernorAsync();

        var sent = await harness.SentAsync(GovernanceHarness.KeeperAccount);
        Assert.Equal(0, await (await harness.KeeperAsync()).RunAsync(CancellationToken.None));
        Assert.Equal(sent, await harness.SentAsync(GovernanceHarness.KeeperAccount));
        var states = (await harness.Queries.ListAsync(null, 1, 10, CancellationToken.None)).Items.ToDictionary(p => p.Id, p => p.State);
        Assert.Equal(ProposalState.Defeated, states[noQuorum.ProposalId]);
        Assert.Equal(ProposalState.Defeated, states[against.ProposalId]);
        Assert.Equal(ProposalState.Canceled, states[canceled.ProposalId]);
        var defeated = await harness.Queries.ListAsync(ProposalState.Defeated, 1, 1, CancellationToken.None);
        Assert.Equal(2, defeated.Total);
        Assert.Single(defeated.Items);
    }

    [Fact]
    public async Task A_reorg_that_removes_a_vote_takes_it_out_of_the_tallies()
    {
        await using var harness = await GovernanceHarness.CreateAsync(chain, database);
        await harness.SeedHoldersAsync();
        var proposed = await (await harness.HolderAsync(1)).ProposeAsync(
            await new ProposalTemplates(harness.Chain).SetDisputeWindowAsync(TimeSpan.FromHours(1), null, CancellationToken.None), CancellationToken.None);
        await chain.Node.MineAsync(2);
        await (await harness.HolderAsync(1)).VoteAsync(proposed.ProposalId, 1, "", CancellationToken.None);
        await (await harness.HolderAsync(2)).VoteAsync(proposed.ProposalId, 0, "", CancellationToken.None);
        await harness.AssertAgreesWithGovernorAsync();
        Assert.Equal(DeployParameters.ToUnits(20_000), (await harness.Queries.FindAsync(proposed.ProposalId, CancellationToken.None))!.Summary.AgainstVotes);

        await chain.Node.RpcAsync("anvil_reorg", [1, Array.Empty<object>()]);
        await harness.AssertAgreesWithGovernorAsync();

        var detail = (await harness.Queries.FindAsync(proposed.ProposalId, CancellationToken.None))!;
        Assert.Equal(BigInteger.Zero, detail.Summary.AgainstVotes);
        Assert.Equal(DeployParameters.ToUnits(30_000), detail.Summary.ForVotes);
        Assert.Equal([chain.Address(1)], detail.Votes.Select(v => v.Voter), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Templates_refuse_proposals_that_could_not_execute()
    {
        await using var harness = await GovernanceHarness.CreateAsync(chain, database);
        var templates = new ProposalTemplates(harness.Chain);
        var tooMuch = await Assert.ThrowsAsync<ProposalValidationException>(() => templates.FundEpochAsync(
            1, DeployParameters.ToUnits(2_000_000), WindowStart, WindowStart.AddDays(1), new byte[32], null, CancellationToken.None));
        Assert.Contains("the treasury holds 900,000 GRW", tooMuch.Message);
        var window = await Assert.ThrowsAsync<ProposalValidationException>(() => templates.FundEpochAsync(
            1, 1, WindowStart, WindowStart, new byte[32], null, CancellationToken.None));
        Assert.Contains("must start before it ends", window.Message);
        var attester = await Assert.ThrowsAsync<ProposalValidationException>(() => templates.AttesterAsync(true, chain.Address(0), null, CancellationToken.None));
        Assert.Contains("already an attester", attester.Message);
        var slash = await Assert.ThrowsAsync<ProposalValidationException>(() => templates.SlashAsync(chain.Address(4), 1, "fraud", null, CancellationToken.None));
        Assert.Contains("has nothing staked or in cooldown to slash", slash.Message);
        var sweep = await Assert.ThrowsAsync<ProposalValidationException>(() => templates.SweepAsync(1, null, CancellationToken.None));
        Assert.Contains("only 0 GRW is unallocated", sweep.Message);
        var generic = await Assert.ThrowsAsync<ProposalValidationException>(() => templates.GenericAsync(
            harness.Suite.TokenAddress, "transfer(address,uint256)", ["not-an-address", "1"], "pay", null, CancellationToken.None));
        Assert.Contains("'not-an-address' is not an address", generic.Message);

        var call = await templates.GenericAsync(harness.Suite.TokenAddress, "transfer(address,uint256)", [chain.Address(4), "5"], "Pay 5 wei", null, CancellationToken.None);
        var expected = new Chain.Bindings.GovToken.ContractDefinition.TransferFunction { To = chain.Address(4), Value = 5 }.GetCallData();
        Assert.Equal(expected, Assert.Single(call.Actions).CallData);
        var described = new ActionDescriber(harness.Chain).Describe(harness.Suite.TokenAddress, 0, expected);
        Assert.Equal($"transfer 0.000000000000000005 GRW from the treasury to {chain.Address(4)}", described.Sentence);
    }
}
