using GovernanceRewards.Governance.Templates;
using GovernanceRewards.Governance.Voting;
using GovernanceRewards.Testing;

namespace GovernanceRewards.Governance.Tests;

public sealed class VoteRelayTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Every_ballot_the_governor_would_refuse_is_rejected_with_its_own_reason_before_any_gas_is_spent()
    {
        await using var harness = await GovernanceHarness.CreateAsync(chain, database);
        await harness.SeedHoldersAsync();
        var proposer = await harness.HolderAsync(1);
        var templates = new ProposalTemplates(harness.Chain);
        var ended = await proposer.ProposeAsync(await templates.SetDisputeWindowAsync(TimeSpan.FromHours(1), null, CancellationToken.None), CancellationToken.None);
        await chain.Node.MineAsync(2);
        await GovernanceCycle.MineUntilVotingEndsAsync(chain, harness.Suite, ended.ProposalId);
        var active = await proposer.ProposeAsync(await templates.SetDisputeWindowAsync(TimeSpan.FromHours(2), null, CancellationToken.None), CancellationToken.None);
        await chain.Node.MineAsync(2);
        var relay = await harness.RelayAsync();
        var id = active.ProposalId;
        var ballot = await SignedBallot.CreateAsync(harness.Chain, chain.Key(2), id, 1, CancellationToken.None);
        var sentBefore = await harness.SentAsync(GovernanceHarness.Relayer);

        async Task<VoteRejectedException> Rejected(System.Numerics.BigInteger proposal, SignedVote vote) =>
            await Assert.ThrowsAsync<VoteRejectedException>(() => relay.RelayAsync(proposal, vote, CancellationToken.None));

        var wrongChain = await Rejected(id, ballot with { ChainId = 1 });
        Assert.Equal((422, "the ballot was signed for chain 1; this relay serves chain 31337"), (wrongChain.Status, wrongChain.Message));
        var otherChainSignature = SignedBallot.Sign(new Ballot { ProposalId = id, Support = 1, Voter = chain.Address(2), Nonce = 0 }, chain.Key(2), 5, harness.Suite.GovernorAddress);
        var badSignature = await Rejected(id, ballot with { Signature = Convert.ToHexStringLower(otherChainSignature) });
        Assert.Equal("Bad signature", badSignature.Title);
        Assert.StartsWith($"the signature was not made by {chain.Address(2)}", badSignature.Message);
        var tampered = await Rejected(id, ballot with { Support = 0 });
        Assert.Equal("Bad signature", tampered.Title);

        var expired = await Rejected(ended.ProposalId, await SignedBallot.CreateAsync(harness.Chain, chain.Key(2), ended.ProposalId, 1, CancellationToken.None));
        Assert.Equal((409, $"proposal {ended.ProposalId} is Defeated; votes count only while it is Active"), (expired.Status, expired.Message));
        var unknown = await Rejected(99, await SignedBallot.CreateAsync(harness.Chain, chain.Key(2), 99, 1, CancellationToken.None));
        Assert.Equal((404, "there is no proposal 99"), (unknown.Status, unknown.Message));
        var powerless = await Rejected(id, await SignedBallot.CreateAsync(harness.Chain, chain.Key(5), id, 1, CancellationToken.None));
        Assert.Equal(422, powerless.Status);
        Assert.Equal($"{chain.Address(5)} had no voting power at block {active.VoteStart}, the proposal's snapshot", powerless.Message);
        var malformed = await Rejected(id, ballot with { Signature = "0x1234" });
        Assert.Equal((400, "the signature must be 65 bytes, not 2"), (malformed.Status, malformed.Message));
        Assert.Equal(sentBefore, await harness.SentAsync(GovernanceHarness.Relayer));

        var keyed = new Ballot { ProposalId = id, Support = 1, Voter = chain.Address(2), Nonce = ballot.Nonce + 1 };
        var ahead = await Rejected(id, ballot with { Nonce = keyed.Nonce, Signature = Convert.ToHexStringLower(SignedBallot.Sign(keyed, chain.Key(2), 31337, harness.Suite.GovernorAddress)) });
        Assert.Equal((409, $"the ballot carries nonce 1 but {chain.Address(2)}'s next nonce for proposal {id} is 0: it is ahead of it; sign the ballot with the next nonce"),
            (ahead.Status, ahead.Message));

        await relay.RelayAsync(id, ballot, CancellationToken.None);
        var replayed = await Rejected(id, ballot);
        Assert.Equal((409, $"the ballot carries nonce 0 but {chain.Address(2)}'s next nonce for proposal {id} is 1: it was used already"), (replayed.Status, replayed.Message));
        Assert.Equal(sentBefore + 1, await harness.SentAsync(GovernanceHarness.Relayer));
        Assert.True(await harness.Suite.Governor().HasVotedQueryAsync(id, chain.Address(2)));
    }

    [Fact]
    public async Task A_ballot_replayed_while_its_first_cast_is_still_pending_costs_the_operator_nothing()
    {
        await using var harness = await GovernanceHarness.CreateAsync(chain, database);
        await harness.SeedHoldersAsync();
        var proposer = await harness.HolderAsync(1);
        var templates = new ProposalTemplates(harness.Chain);
        var active = await proposer.ProposeAsync(await templates.SetDisputeWindowAsync(TimeSpan.FromHours(2), null, CancellationToken.None), CancellationToken.None);
        await chain.Node.MineAsync(2);
        var relay = await harness.RelayAsync();
        var ballot = await SignedBallot.CreateAsync(harness.Chain, chain.Key(2), active.ProposalId, 1, CancellationToken.None);
        var sentBefore = await harness.SentAsync(GovernanceHarness.Relayer);

        await chain.Node.RpcAsync("evm_setAutomine", [false]);
        try
        {
            await relay.RelayAsync(active.ProposalId, ballot, CancellationToken.None);
            var replayed = await Assert.ThrowsAsync<VoteRejectedException>(() => relay.RelayAsync(active.ProposalId, ballot, CancellationToken.None));
            Assert.Equal((409, $"{chain.Address(2)}'s vote on proposal {active.ProposalId} is already on its way to the chain"), (replayed.Status, replayed.Message));
        }
        finally
        {
            await chain.Node.RpcAsync("evm_setAutomine", [true]);
        }
        await chain.Node.MineAsync(1);

        Assert.Equal(sentBefore + 1, await harness.SentAsync(GovernanceHarness.Relayer));
        Assert.True(await harness.Suite.Governor().HasVotedQueryAsync(active.ProposalId, chain.Address(2)));
    }

    [Fact]
    public async Task Junk_ballots_naming_a_holder_never_lock_out_the_holders_own_ballot_and_the_limit_says_when_to_retry()
    {
        await using var harness = await GovernanceHarness.CreateAsync(chain, database);
        await harness.SeedHoldersAsync();
        var proposer = await harness.HolderAsync(1);
        var templates = new ProposalTemplates(harness.Chain);
        var first = await proposer.ProposeAsync(await templates.SetDisputeWindowAsync(TimeSpan.FromHours(1), null, CancellationToken.None), CancellationToken.None);
        var second = await proposer.ProposeAsync(await templates.SetDisputeWindowAsync(TimeSpan.FromHours(2), null, CancellationToken.None), CancellationToken.None);
        await chain.Node.MineAsync(2);
        var relay = await harness.RelayAsync(ballotsPerMinute: 1);
        var holder = chain.Address(2);

        var junk = new SignedVote(holder, 1, 0, "0x" + new string('1', 130), null);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("Bad signature", (await Assert.ThrowsAsync<VoteRejectedException>(() => relay.RelayAsync(first.ProposalId, junk, CancellationToken.None))).Title);
        }
        var powerless = await SignedBallot.CreateAsync(harness.Chain, chain.Key(5), first.ProposalId, 1, CancellationToken.None);
        Assert.Equal("No voting power", (await Assert.ThrowsAsync<VoteRejectedException>(() => relay.RelayAsync(first.ProposalId, powerless, CancellationToken.None))).Title);

        await relay.RelayAsync(first.ProposalId, await SignedBallot.CreateAsync(harness.Chain, chain.Key(2), first.ProposalId, 1, CancellationToken.None), CancellationToken.None);
        Assert.True(await harness.Suite.Governor().HasVotedQueryAsync(first.ProposalId, holder));

        var again = await SignedBallot.CreateAsync(harness.Chain, chain.Key(2), second.ProposalId, 1, CancellationToken.None);
        var limited = await Assert.ThrowsAsync<VoteRejectedException>(() => relay.RelayAsync(second.ProposalId, again, CancellationToken.None));
        Assert.Equal(429, limited.Status);
        Assert.InRange(limited.RetryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.False(await harness.Suite.Governor().HasVotedQueryAsync(second.ProposalId, holder));
    }
}
