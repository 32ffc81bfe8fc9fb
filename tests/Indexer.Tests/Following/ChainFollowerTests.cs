using System.Numerics;
using GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition;
using GovernanceRewards.Content;
using GovernanceRewards.Testing;
using Nethereum.RPC.Eth.DTOs;

namespace GovernanceRewards.Indexer.Tests.Following;

public sealed class ChainFollowerTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_backfill_stores_exactly_the_logs_an_independent_read_returns()
    {
        var suite = await chain.DeploySuiteAsync();
        await GenerateEventsAsync(suite, contributions: 1_200);
        await using var indexer = await IndexerHarness.CreateAsync(chain, database, suite, initialRange: 2);

        var steps = await indexer.CatchUpAsync();

        Assert.True(steps.Count > 3, "the range should have grown over several steps");
        Assert.Equal(await indexer.ChainLogsAsync(), await indexer.StoredLogsAsync());
        Assert.True((await indexer.StoredLogsAsync()).Count > 1_200);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public async Task A_backfill_reads_up_to_its_read_ahead_of_ranges_at_once_and_stores_them_in_order(int readAhead)
    {
        var suite = await chain.DeploySuiteAsync();
        for (var i = 0; i < 24; i++) await RecordAsync(suite, contributor: 3, units: 1 + i);
        using var logsRequests = new ConcurrentLogsRequests();
        using var http = new HttpClient(logsRequests);
        // A range of one block that never grows: every answer is sparse, so the range size is settled from the start.
        await using var indexer = await IndexerHarness.CreateAsync(
            chain, database, suite, initialRange: 1, readAhead: readAhead, http: http, maximumRange: 1);

        var steps = await indexer.CatchUpAsync();

        Assert.Equal(readAhead + 1, logsRequests.MostAtOnce);
        Assert.All(steps.Zip(steps.Skip(1)), pair => Assert.Equal(pair.First.ToBlock + 1, pair.Second.FromBlock));
        Assert.Equal(await indexer.ChainLogsAsync(), await indexer.StoredLogsAsync());
        Assert.All(await indexer.EventCountsAsync(), c => Assert.Equal((c.Event, c.OnChain), (c.Event, c.Stored)));
    }

    [Fact]
    public async Task Nothing_is_read_ahead_while_the_range_size_is_still_changing()
    {
        var suite = await chain.DeploySuiteAsync();
        for (var i = 0; i < 24; i++) await RecordAsync(suite, contributor: 3, units: 1 + i);
        using var logsRequests = new ConcurrentLogsRequests();
        using var http = new HttpClient(logsRequests);
        // Sparse answers double the range at every step, so each next range is a guess that must not be multiplied.
        await using var indexer = await IndexerHarness.CreateAsync(chain, database, suite, initialRange: 1, readAhead: 3, http: http);

        var steps = await indexer.CatchUpAsync();

        Assert.True(steps.Count >= 4, $"the range should have doubled over several steps, took {steps.Count}");
        Assert.Equal(1, logsRequests.MostAtOnce);
        Assert.Equal(await indexer.ChainLogsAsync(), await indexer.StoredLogsAsync());
    }

    [Fact]
    public async Task Ranges_read_ahead_from_blocks_that_were_replaced_before_their_turn_are_never_stored()
    {
        var suite = await chain.DeploySuiteAsync();
        var recorded = new List<ulong>();
        for (var i = 0; i < 40; i++) recorded.Add((ulong)(await RecordAsync(suite, contributor: 3, units: 1 + i)).BlockNumber.Value);
        await using var indexer = await IndexerHarness.CreateAsync(chain, database, suite, initialRange: 1, readAhead: 3, maximumRange: 1);
        ulong cursor;
        do
        {
            await indexer.Follower.StepAsync(CancellationToken.None);
            cursor = (await indexer.Store.CursorAsync(CancellationToken.None))!.BlockNumber;
        }
        while (cursor < recorded[0]);
        var head = await indexer.Rpc.BlockNumberAsync(CancellationToken.None);
        Assert.True(head > cursor + 2, $"the backfill should still be behind (cursor {cursor}, head {head})");
        // By now the range after the cursor has been read ahead; the chain is replaced from the block after its first,
        // by a longer one, so the range still fits below the head.
        await Task.Delay(500);
        await chain.Node.RpcAsync("anvil_rollback", [head - cursor - 1]);
        for (var i = 0; i < (int)(head - cursor) + 2; i++) await RecordAsync(suite, contributor: 4, units: 500 + i);

        var steps = await indexer.CatchUpAsync();

        Assert.DoesNotContain(steps, s => s.RolledBack);
        Assert.Equal(await indexer.ChainLogsAsync(), await indexer.StoredLogsAsync());
        Assert.All(await indexer.EventCountsAsync(), c => Assert.Equal((c.Event, c.OnChain), (c.Event, c.Stored)));
    }

    [Fact]
    public async Task Indexing_again_and_committing_a_range_twice_store_nothing_twice()
    {
        var suite = await chain.DeploySuiteAsync();
        await GenerateEventsAsync(suite, contributions: 50);
        await using var indexer = await IndexerHarness.CreateAsync(chain, database, suite, initialRange: 1_000);
        await indexer.CatchUpAsync();
        var stored = await indexer.StoredLogsAsync();

        Assert.Empty(await indexer.CatchUpAsync());
        var logs = await indexer.Rpc.LogsAsync(indexer.Addresses, 0, await indexer.Rpc.BlockNumberAsync(CancellationToken.None), CancellationToken.None);
        var cursor = (await indexer.Store.CursorAsync(CancellationToken.None))!;
        await indexer.Store.CommitAsync(logs, (await indexer.Rpc.BlockAsync(cursor.BlockNumber, CancellationToken.None))!, CancellationToken.None);

        Assert.Equal(stored, await indexer.StoredLogsAsync());
        Assert.Equal((await indexer.EventCountsAsync()).Sum(c => c.OnChain), await indexer.CountAsync("SELECT count(*) FROM outbox"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public async Task After_a_reorg_the_store_equals_the_new_canonical_chain(int depth)
    {
        var suite = await chain.DeploySuiteAsync();
        await GenerateEventsAsync(suite, contributions: 10);
        await using var indexer = await IndexerHarness.CreateAsync(chain, database, suite, initialRange: 1_000);
        for (var i = 0; i < depth; i++) await RecordAsync(suite, contributor: 3, units: 100 + i);
        await indexer.CatchUpAsync();
        var before = await indexer.StoredLogsAsync();

        await chain.Node.RpcAsync("anvil_rollback", [depth]);
        for (var i = 0; i < depth; i++) await RecordAsync(suite, contributor: 4, units: 900 + i);
        var steps = await indexer.CatchUpAsync();

        Assert.All(await indexer.EventCountsAsync(), c => Assert.Equal((c.Event, c.OnChain), (c.Event, c.Stored)));
        var rollback = Assert.Single(steps, s => s.RolledBack);
        Assert.Equal(depth, rollback.LogsRolledBack);
        var after = await indexer.StoredLogsAsync();
        Assert.Equal(await indexer.ChainLogsAsync(), after);
        Assert.Equal(before.Count, after.Count);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task A_reorg_to_empty_blocks_removes_the_orphaned_logs()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var indexer = await IndexerHarness.CreateAsync(chain, database, suite, initialRange: 1_000);
        await RecordAsync(suite, contributor: 3, units: 1);
        await RecordAsync(suite, contributor: 3, units: 2);
        await indexer.CatchUpAsync();
        var before = (await indexer.StoredLogsAsync()).Count;

        await chain.Node.RpcAsync("anvil_reorg", [2, Array.Empty<object>()]);
        var steps = await indexer.CatchUpAsync();

        Assert.Contains(steps, s => s.RolledBack);
        Assert.Equal(before - 2, (await indexer.StoredLogsAsync()).Count);
        Assert.Equal(await indexer.ChainLogsAsync(), await indexer.StoredLogsAsync());
    }

    [Fact]
    public async Task With_confirmations_a_shallow_reorg_never_reaches_the_store_and_a_deeper_one_is_rolled_back()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var indexer = await IndexerHarness.CreateAsync(chain, database, suite, initialRange: 1_000, confirmations: 2);
        for (var i = 0; i < 4; i++) await RecordAsync(suite, contributor: 3, units: 10 + i);
        await indexer.CatchUpAsync();

        await chain.Node.RpcAsync("anvil_rollback", [2]);
        for (var i = 0; i < 2; i++) await RecordAsync(suite, contributor: 4, units: 20 + i);
        var shallow = await indexer.CatchUpAsync();

        Assert.DoesNotContain(shallow, s => s.RolledBack);
        Assert.Equal(await indexer.ChainLogsAsync(confirmations: 2), await indexer.StoredLogsAsync());

        await chain.Node.RpcAsync("anvil_rollback", [5]);
        for (var i = 0; i < 5; i++) await RecordAsync(suite, contributor: 5, units: 30 + i);
        var deep = await indexer.CatchUpAsync();

        Assert.Contains(deep, s => s.RolledBack);
        Assert.Equal(await indexer.ChainLogsAsync(confirmations: 2), await indexer.StoredLogsAsync());
    }

    [Fact]
    public async Task With_the_finalized_tag_nothing_past_the_nodes_finalized_block_is_stored()
    {
        // anvil names latest - 64 finalized.
        var suite = await chain.DeploySuiteAsync();
        await using var indexer = await IndexerHarness.CreateAsync(chain, database, suite, initialRange: 1_000, finalityTag: "finalized");
        await chain.Node.MineAsync(70);
        for (var i = 0; i < 3; i++) await RecordAsync(suite, contributor: 3, units: 40 + i);

        await indexer.CatchUpAsync();
        var finalized = (await chain.Node.RpcAsync("eth_getBlockByNumber", ["finalized", false])).GetProperty("number").GetString()!;
        Assert.Equal(Convert.ToInt64(finalized, 16), await indexer.CountAsync("SELECT block_number FROM cursors"));
        var stored = await indexer.StoredLogsAsync();
        Assert.Equal(await indexer.ChainLogsAsync(confirmations: 64), stored);
        Assert.NotEqual(await indexer.ChainLogsAsync(), stored);

        await chain.Node.MineAsync(64);
        await indexer.CatchUpAsync();
        Assert.Equal(await indexer.ChainLogsAsync(confirmations: 64), await indexer.StoredLogsAsync());
        Assert.Equal(await indexer.ChainLogsAsync(), await indexer.StoredLogsAsync());
    }

    internal async Task GenerateEventsAsync(Suite suite, int contributions)
    {
        var ether = BigInteger.Pow(10, 18);
        await suite.Token(0).TransferRequestAndWaitForReceiptAsync(chain.Address(3), 1_000 * ether);
        await suite.Token(3).DelegateRequestAndWaitForReceiptAsync(chain.Address(3));
        await suite.Token(3).ApproveRequestAndWaitForReceiptAsync(suite.PoolAddress, 500 * ether);
        await suite.Pool(3).StakeRequestAndWaitForReceiptAsync(500 * ether);
        for (var done = 0; done < contributions; done += 500)
        {
            var batch = Enumerable.Range(done, Math.Min(500, contributions - done)).Select(i => new Contribution
            {
                Contributor = chain.Address(4 + i % 5), Kind = (byte)(i % 5), Units = 1 + i, EvidenceDigest = new byte[32], EvidenceCodec = Cid.RawCodec,
            }).ToList();
            await suite.Registry(0).RecordBatchRequestAndWaitForReceiptAsync(batch);
        }
    }

    /// <summary>Holds each <c>eth_getLogs</c> a little, so reads that overlap are seen to, and counts the most at once.</summary>
    private sealed class ConcurrentLogsRequests() : DelegatingHandler(new HttpClientHandler())
    {
        private readonly Lock _gate = new();
        private int _now;

        public int MostAtOnce { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            if (!body.Contains("eth_getLogs", StringComparison.Ordinal)) return await base.SendAsync(request, cancellationToken);
            var now = Interlocked.Increment(ref _now);
            lock (_gate) MostAtOnce = Math.Max(MostAtOnce, now);
            try
            {
                await Task.Delay(30, cancellationToken);
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _now);
            }
        }
    }

    private Task<TransactionReceipt> RecordAsync(Suite suite, int contributor, int units) =>
        suite.Registry(0).RecordRequestAndWaitForReceiptAsync(chain.Address(contributor), 2, units, new byte[32], Cid.RawCodec);
}
