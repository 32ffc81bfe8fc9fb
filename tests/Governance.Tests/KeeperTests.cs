using System.Diagnostics;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Governance.Keeper;
using GovernanceRewards.Governance.Proposals;
using GovernanceRewards.Governance.Templates;
using GovernanceRewards.Testing;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Npgsql;

namespace GovernanceRewards.Governance.Tests;

public sealed class KeeperTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Two_hosts_running_the_keeper_job_at_once_send_one_queue_and_one_execute_transaction_in_total()
    {
        await using var harness = await GovernanceHarness.CreateAsync(chain, database);
        var proposal = await PassingProposalAsync(harness);
        var storageOptions = new PostgreSqlStorageOptions { QueuePollInterval = TimeSpan.FromMilliseconds(100) };
        var storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(harness.Indexer.ConnectionString, storageOptions), storageOptions);
        // Two hosts: each its own data source, signer gate and keeper, sharing only the database and the key.
        await using var hostA = NpgsqlDataSource.Create(harness.Indexer.ConnectionString);
        await using var hostB = NpgsqlDataSource.Create(harness.Indexer.ConnectionString);
        using var serverA = Server(storage, await harness.KeeperAsync(hostA), "host-a");
        using var serverB = Server(storage, await harness.KeeperAsync(hostB), "host-b");
        var client = new BackgroundJobClient(storage);
        var sent = await harness.SentAsync(GovernanceHarness.KeeperAccount);

        await RunKeeperJobsAsync(storage, client, count: 4);
        await harness.AssertAgreesWithGovernorAsync();
        Assert.Equal(ProposalState.Queued, (ProposalState)await harness.Suite.Governor().StateQueryAsync(proposal));
        Assert.Equal(sent + 1, await harness.SentAsync(GovernanceHarness.KeeperAccount));

        await chain.Node.IncreaseTimeAsync((ulong)await harness.Suite.Treasury().GetMinDelayQueryAsync() + 1);
        await chain.Node.MineAsync(1);
        var mined = await Task.WhenAll((await harness.KeeperAsync(hostA)).RunAsync(CancellationToken.None), (await harness.KeeperAsync(hostB)).RunAsync(CancellationToken.None));
        await RunKeeperJobsAsync(storage, client, count: 4);
        await harness.AssertAgreesWithGovernorAsync();

        Assert.Equal(1, mined.Sum());
        Assert.Equal(ProposalState.Executed, (ProposalState)await harness.Suite.Governor().StateQueryAsync(proposal));
        Assert.Equal(sent + 2, await harness.SentAsync(GovernanceHarness.KeeperAccount));
        Assert.Equal(3600UL, await harness.Suite.Distributor().DisputeWindowQueryAsync());
    }

    [Fact]
    public async Task A_proposal_whose_execution_reverts_is_recorded_with_the_decoded_error_and_shown_with_the_proposal()
    {
        await using var harness = await GovernanceHarness.CreateAsync(chain, database);
        await harness.SeedHoldersAsync();
        var templates = new ProposalTemplates(harness.Chain);
        var window = (new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero));
        var proposer = await harness.HolderAsync(1);
        // Each fits the treasury alone; together they do not, so whichever executes second runs out of funds.
        var first = await proposer.ProposeAsync(await templates.FundEpochAsync(1, DeployParameters.ToUnits(600_000), window.Item1, window.Item2, new byte[32], null, CancellationToken.None), CancellationToken.None);
        var second = await proposer.ProposeAsync(await templates.FundEpochAsync(2, DeployParameters.ToUnits(600_000), window.Item2, window.Item2.AddMonths(1), new byte[32], null, CancellationToken.None), CancellationToken.None);
        await chain.Node.MineAsync(2);
        foreach (var holder in new[] { 1, 2, 3 })
        {
            var voter = await harness.HolderAsync(holder);
            await voter.VoteAsync(first.ProposalId, 1, "", CancellationToken.None);
            await voter.VoteAsync(second.ProposalId, 1, "", CancellationToken.None);
        }
        await GovernanceCycle.MineUntilVotingEndsAsync(chain, harness.Suite, second.ProposalId);
        await harness.Indexer.CatchUpAsync();
        var keeper = await harness.KeeperAsync();
        Assert.Equal(2, await keeper.RunAsync(CancellationToken.None));
        await chain.Node.IncreaseTimeAsync((ulong)await harness.Suite.Treasury().GetMinDelayQueryAsync() + 1);
        await chain.Node.MineAsync(1);
        await harness.Indexer.CatchUpAsync();
        var sent = await harness.SentAsync(GovernanceHarness.KeeperAccount);

        Assert.Equal(1, await keeper.RunAsync(CancellationToken.None));
        Assert.Equal(0, await keeper.RunAsync(CancellationToken.None));
        await harness.AssertAgreesWithGovernorAsync();

        Assert.Equal(sent + 1, await harness.SentAsync(GovernanceHarness.KeeperAccount));
        var refused = (await harness.Queries.FindAsync(second.ProposalId, CancellationToken.None))!;
        Assert.Equal(ProposalState.Queued, refused.Summary.State);
        var attempt = Assert.Single(refused.Keeper, k => k.Action == "execute");
        Assert.Equal(("reverted", 2), (attempt.Status, attempt.Attempts));
        Assert.StartsWith("ERC20InsufficientBalance(sender=", attempt.Error);
    }

    [Fact]
    public async Task A_keeper_stopped_before_its_transaction_was_mined_sends_the_same_signed_transaction_again_never_a_second_one()
    {
        await using var harness = await GovernanceHarness.CreateAsync(chain, database);
        var proposal = await PassingProposalAsync(harness);
        var sent = await harness.SentAsync(GovernanceHarness.KeeperAccount);
        await chain.Node.RpcAsync("evm_setAutomine", [false]);
        try
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.KeeperAsync().ContinueWith(k => k.Result.RunAsync(stop.Token)).Unwrap());
            var recorded = (await harness.Queries.FindAsync(proposal, CancellationToken.None))!.Keeper.Single();
            Assert.Equal(("queue", "sent"), (recorded.Action, recorded.Status));
            // The node lost it (a restart, a full mempool): the keeper must broadcast that same transaction again.
            await chain.Node.RpcAsync("anvil_dropTransaction", [recorded.TransactionHash!]);
            Assert.Null(await chain.Web3For(0).Eth.Transactions.GetTransactionByHash.SendRequestAsync(recorded.TransactionHash));
        }
        finally
        {
            await chain.Node.RpcAsync("evm_setAutomine", [true]);
        }

        Assert.Equal(1, await (await harness.KeeperAsync()).RunAsync(CancellationToken.None));

        var done = (await harness.Queries.FindAsync(proposal, CancellationToken.None))!.Keeper.Single();
        Assert.Equal(("mined", 1), (done.Status, done.Attempts));
        Assert.Equal(sent + 1, await harness.SentAsync(GovernanceHarness.KeeperAccount));
        Assert.Equal(ProposalState.Queued, (ProposalState)await harness.Suite.Governor().StateQueryAsync(proposal));
        var receipt = await chain.Web3For(0).Eth.Transactions.GetTransactionReceipt.SendRequestAsync(done.TransactionHash);
        Assert.Equal(1, (int)receipt.Status.Value);
    }

    private async Task<System.Numerics.BigInteger> PassingProposalAsync(GovernanceHarness harness)
    {
        await harness.SeedHoldersAsync();
        var proposed = await (await harness.HolderAsync(1)).ProposeAsync(
            await new ProposalTemplates(harness.Chain).SetDisputeWindowAsync(TimeSpan.FromHours(1), null, CancellationToken.None), CancellationToken.None);
        await chain.Node.MineAsync(2);
        foreach (var holder in new[] { 1, 2, 3 }) await (await harness.HolderAsync(holder)).VoteAsync(proposed.ProposalId, 1, "", CancellationToken.None);
        await GovernanceCycle.MineUntilVotingEndsAsync(chain, harness.Suite, proposed.ProposalId);
        await harness.Indexer.CatchUpAsync();
        return proposed.ProposalId;
    }

    private static BackgroundJobServer Server(JobStorage storage, GovernanceKeeper keeper, string name) =>
        new(new BackgroundJobServerOptions { WorkerCount = 2, ServerName = name, Activator = new KeeperActivator(keeper), SchedulePollingInterval = TimeSpan.FromMilliseconds(200) }, storage);

    /// <summary>Enqueues the keeper job <paramref name="count"/> times at once and waits until every run finished.</summary>
    private static async Task RunKeeperJobsAsync(JobStorage storage, BackgroundJobClient client, int count)
    {
        var jobs = Enumerable.Range(0, count).Select(_ => client.Enqueue<GovernanceKeeper>(k => k.RunAsync(CancellationToken.None))).ToList();
        var clock = Stopwatch.StartNew();
        using var connection = storage.GetConnection();
        while (jobs.Any(id => connection.GetJobData(id).State is not "Succeeded"))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "keeper jobs did not finish: " + string.Join(", ", jobs.Select(id => connection.GetJobData(id).State)));
            Assert.DoesNotContain(jobs, id => connection.GetJobData(id).State is "Failed");
            await Task.Delay(100);
        }
    }

    private sealed class KeeperActivator(GovernanceKeeper keeper) : JobActivator
    {
        public override object ActivateJob(Type jobType) => jobType == typeof(GovernanceKeeper) ? keeper : base.ActivateJob(jobType);
    }
}
