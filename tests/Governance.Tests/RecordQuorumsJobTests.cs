using System.Numerics;
using GovernanceRewards.Governance.Proposals;
using GovernanceRewards.Governance.Templates;
using GovernanceRewards.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovernanceRewards.Governance.Tests;

public sealed class RecordQuorumsJobTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Reading_proposals_whose_quorum_is_not_recorded_writes_nothing_and_still_shows_the_governors_quorum_and_state()
    {
        await using var harness = await GovernanceHarness.CreateAsync(chain, database);
        await harness.SeedHoldersAsync();
        var proposed = await ProposeAsync(harness);
        await chain.Node.MineAsync(2);
        await harness.Indexer.CatchUpAsync();
        var before = await RowAsync(harness, proposed);
        Assert.Null(before.Quorum);

        var listed = Assert.Single((await harness.Queries.ListAsync(null, 1, 10, CancellationToken.None)).Items);
        var found = (await harness.Queries.FindAsync(proposed, CancellationToken.None))!.Summary;
        var quorum = await harness.Suite.Governor().QuorumQueryAsync(listed.VoteStart);
        Assert.All(new[] { listed, found }, p => Assert.Equal((ProposalState.Active, quorum), (p.State, p.Quorum)));
        // xmin names the transaction that last wrote the row: any UPDATE, even of the same values, changes it.
        Assert.Equal(before, await RowAsync(harness, proposed));

        await (await harness.HolderAsync(1)).VoteAsync(proposed, 1, "", CancellationToken.None);
        await (await harness.HolderAsync(3)).VoteAsync(proposed, 1, "", CancellationToken.None);
        await GovernanceCycle.MineUntilVotingEndsAsync(chain, harness.Suite, proposed);
        await harness.Indexer.CatchUpAsync();
        var ended = await RowAsync(harness, proposed);
        await harness.AssertAgreesWithGovernorAsync();
        Assert.Equal(ProposalState.Succeeded, (await harness.Queries.FindAsync(proposed, CancellationToken.None))!.Summary.State);
        Assert.Equal(1, (await harness.Queries.ListAsync(ProposalState.Succeeded, 1, 10, CancellationToken.None)).Total);
        Assert.Equal(ended, await RowAsync(harness, proposed));
        Assert.Null(ended.Quorum);
    }

    [Fact]
    public async Task The_job_records_a_quorum_once_the_snapshot_is_past_the_read_models_head_and_only_once()
    {
        await using var harness = await GovernanceHarness.CreateAsync(chain, database);
        await harness.SeedHoldersAsync();
        var job = new RecordQuorumsJob(harness.Indexer.Database, harness.Chain, NullLogger<RecordQuorumsJob>.Instance);
        var proposed = await ProposeAsync(harness);
        await harness.Indexer.CatchUpAsync();
        Assert.Equal(0, await job.RunAsync(CancellationToken.None));
        Assert.Null((await RowAsync(harness, proposed)).Quorum);

        await chain.Node.MineAsync(2);
        await harness.Indexer.CatchUpAsync();
        Assert.Equal(1, await job.RunAsync(CancellationToken.None));
        var recorded = await RowAsync(harness, proposed);
        var voteStart = await harness.Suite.Governor().ProposalSnapshotQueryAsync(proposed);
        Assert.Equal(await harness.Suite.Governor().QuorumQueryAsync(voteStart), recorded.Quorum);
        Assert.Equal(0, await job.RunAsync(CancellationToken.None));
        Assert.Equal(recorded, await RowAsync(harness, proposed));
        await harness.AssertAgreesWithGovernorAsync();
    }

    private static async Task<BigInteger> ProposeAsync(GovernanceHarness harness) =>
        (await (await harness.HolderAsync(1)).ProposeAsync(
            await new ProposalTemplates(harness.Chain).SetDisputeWindowAsync(TimeSpan.FromHours(1), null, CancellationToken.None),
            CancellationToken.None)).ProposalId;

    /// <summary>The proposal's row as stored: its quorum, every column as JSON, and the transaction that last wrote it.</summary>
    private static async Task<StoredRow> RowAsync(GovernanceHarness harness, BigInteger proposalId)
    {
        await using var command = harness.Indexer.Database.CreateCommand(
            "SELECT quorum, to_jsonb(p)::text, xmin::text FROM governance_proposals p WHERE proposal_id = $1");
        command.Parameters.AddWithValue(proposalId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return new StoredRow(reader.IsDBNull(0) ? null : reader.GetFieldValue<BigInteger>(0), reader.GetString(1), reader.GetString(2));
    }

    private sealed record StoredRow(BigInteger? Quorum, string Row, string Version);
}
