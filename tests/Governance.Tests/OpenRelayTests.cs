using System.Numerics;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Governance.Templates;
using GovernanceRewards.Governance.Voting;
using GovernanceRewards.Testing;

namespace GovernanceRewards.Governance.Tests;

/// <summary>The portal's open relay: anyone may post a signed ballot, so the operator's gas goes only where the limits say.</summary>
public sealed class OpenRelayTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Ballots_of_holders_below_the_minimum_or_past_the_days_gas_budget_are_refused_and_cost_nothing()
    {
        await using var harness = await GovernanceHarness.CreateAsync(chain, database);
        await harness.SeedHoldersAsync();
        var proposer = await harness.HolderAsync(1);
        var proposal = await proposer.ProposeAsync(
            await new ProposalTemplates(harness.Chain).SetDisputeWindowAsync(TimeSpan.FromHours(2), null, CancellationToken.None), CancellationToken.None);
        await chain.Node.MineAsync(2);
        var relay = await harness.RelayAsync();
        var id = proposal.ProposalId;
        Task<SignedVote> Ballot(int holder, BigInteger proposalId) => SignedBallot.CreateAsync(harness.Chain, chain.Key(holder), proposalId, 1, CancellationToken.None);
        var sentBefore = await harness.SentAsync(GovernanceHarness.Relayer);
        var time = new SettableTime(new DateTimeOffset(2026, 11, 26, 23, 0, 0, TimeSpan.Zero));
        // Holder 2 has 20,000 votes, holder 1 30,000, holder 3 75,000 (40,000 delegated, 35,000 staked).
        var strict = new OpenRelay(harness.Indexer.Database, (long)chain.Node.ChainId, new OpenRelayLimits(DeployParameters.ToUnits(25_000), 1_000_000), time);

        var small = await Assert.ThrowsAsync<VoteRejectedException>(async () =>
            await relay.RelayAsync(id, await Ballot(2, id), strict, CancellationToken.None));
        Assert.Equal((403, "Below the relay's minimum"), (small.Status, small.Title));
        Assert.Contains($"{chain.Address(2)} had {DeployParameters.ToUnits(20_000)}: vote with a wallet transaction instead", small.Message);

        // A budget for one cast: the first passes and is charged its estimate, the second finds the day spent.
        var oneBallot = new OpenRelay(harness.Indexer.Database, (long)chain.Node.ChainId, new OpenRelayLimits(0, 150_000), time);
        await relay.RelayAsync(id, await Ballot(1, id), oneBallot, CancellationToken.None);
        var spent = await Assert.ThrowsAsync<VoteRejectedException>(async () => await relay.RelayAsync(id, await Ballot(3, id), oneBallot, CancellationToken.None));
        Assert.Equal((429, "Relay budget spent"), (spent.Status, spent.Title));
        Assert.Equal(TimeSpan.FromHours(1), spent.RetryAfter);
        Assert.Equal(sentBefore + 1, await harness.SentAsync(GovernanceHarness.Relayer));
        Assert.False(await harness.Suite.Governor().HasVotedQueryAsync(id, chain.Address(3)));

        // A new UTC day has a new budget.
        time.Now += TimeSpan.FromHours(1);
        await relay.RelayAsync(id, await Ballot(3, id), oneBallot, CancellationToken.None);
        Assert.True(await harness.Suite.Governor().HasVotedQueryAsync(id, chain.Address(3)));
    }

    [Fact]
    public async Task Concurrent_charges_never_spend_past_the_budget_a_voters_ballot_is_taken_on_once_and_a_refund_gives_both_back()
    {
        await using var harness = await GovernanceHarness.CreateAsync(chain, database);
        var time = new SettableTime(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        // Two hosts sharing the database: two allowances over the same table.
        var limits = new OpenRelayLimits(0, 300_000);
        OpenRelay[] hosts = [new(harness.Indexer.Database, (long)chain.Node.ChainId, limits, time), new(harness.Indexer.Database, (long)chain.Node.ChainId, limits, time)];

        var attempts = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            try
            {
                return await hosts[i % 2].ChargeAsync(i, chain.Address(1), BigInteger.One, 100_000, CancellationToken.None);
            }
            catch (VoteRejectedException)
            {
                return null;
            }
        }));
        var charged = attempts.OfType<RelayCharge>().ToList();
        Assert.Equal(3, charged.Count);

        await charged[0].RefundAsync(CancellationToken.None);
        await hosts[0].ChargeAsync(100, chain.Address(1), BigInteger.One, 100_000, CancellationToken.None);
        await Assert.ThrowsAsync<VoteRejectedException>(() => hosts[1].ChargeAsync(101, chain.Address(1), BigInteger.One, 1, CancellationToken.None));

        // One ballot per voter and proposal is taken on, whatever the node says of its pending state; a refund frees it.
        var generous = new OpenRelay(harness.Indexer.Database, (long)chain.Node.ChainId, new OpenRelayLimits(0, 10_000_000), time);
        var first = await generous.ChargeAsync(7, chain.Address(2), BigInteger.One, 100_000, CancellationToken.None);
        var replay = await Assert.ThrowsAsync<VoteRejectedException>(() => generous.ChargeAsync(7, chain.Address(2), BigInteger.One, 100_000, CancellationToken.None));
        Assert.Equal((409, "Already relayed"), (replay.Status, replay.Title));
        await first.RefundAsync(CancellationToken.None);
        await generous.ChargeAsync(7, chain.Address(2), BigInteger.One, 100_000, CancellationToken.None);
    }

    private sealed class SettableTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
