using System.Numerics;
using GovernanceRewards.Contracts.ContributionRegistry.ContractDefinition;
using GovernanceRewards.Indexer.Following;
using GovernanceRewards.Indexer.Rpc;
using GovernanceRewards.Indexer.Storage;
using GovernanceRewards.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Npgsql;

namespace GovernanceRewards.Indexer.Tests.Following;

public sealed class ChainFollowerTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task A_backfill_stores_exactly_the_logs_an_independent_read_returns()
    {
        var suite = await chain.DeploySuiteAsync();
        await GenerateEventsAsync(suite, contributions: 1_200);
        await using var indexer = await IndexerAsync(suite, initialRange: 2);

        var steps = await indexer.CatchUpAsync();

        Assert.True(steps.Count > 3, "the range should have grown over several steps");
        Assert.Equal(await ChainLogsAsync(suite), await indexer.StoredLogsAsync());
        Assert.True((await indexer.StoredLogsAsync()).Count > 1_200);
    }

    [Fact]
    public async Task Indexing_again_and_committing_a_range_twice_store_nothing_twice()
    {
        var suite = await chain.DeploySuiteAsync();
        await GenerateEventsAsync(suite, contributions: 50);
        await using var indexer = await IndexerAsync(suite, initialRange: 1_000);
        await indexer.CatchUpAsync();
        var stored = await indexer.StoredLogsAsync();

        Assert.Empty(await indexer.CatchUpAsync());
        var logs = await new JsonRpcClient(Http, chain.Node.RpcUrl).LogsAsync(Addresses(suite), 0, await indexer.HeadAsync(), CancellationToken.None);
        var cursor = (await indexer.Store.CursorAsync(CancellationToken.None))!;
        await indexer.Store.CommitAsync(logs, (await new JsonRpcClient(Http, chain.Node.RpcUrl).BlockAsync(cursor.BlockNumber, CancellationToken.None))!, CancellationToken.None);

        Assert.Equal(stored, await indexer.StoredLogsAsync());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public async Task After_a_reorg_the_store_equals_the_new_canonical_chain(int depth)
    {
        var suite = await chain.DeploySuiteAsync();
        await GenerateEventsAsync(suite, contributions: 10);
        await using var indexer = await IndexerAsync(suite, initialRange: 1_000);
        for (var i = 0; i < depth; i++) await RecordAsync(suite, contributor: 3, units: 100 + i);
        await indexer.CatchUpAsync();
        var before = await indexer.StoredLogsAsync();

        await chain.Node.RpcAsync("anvil_rollback", [depth]);
        for (var i = 0; i < depth; i++) await RecordAsync(suite, contributor: 4, units: 900 + i);
        var steps = await indexer.CatchUpAsync();

        var rollback = Assert.Single(steps, s => s.RolledBack);
        Assert.Equal(depth, rollback.LogsRolledBack);
        var after = await indexer.StoredLogsAsync();
        Assert.Equal(await ChainLogsAsync(suite), after);
        Assert.Equal(before.Count, after.Count);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task A_reorg_to_empty_blocks_removes_the_orphaned_logs()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var indexer = await IndexerAsync(suite, initialRange: 1_000);
        await RecordAsync(suite, contributor: 3, units: 1);
        await RecordAsync(suite, contributor: 3, units: 2);
        await indexer.CatchUpAsync();
        var before = (await indexer.StoredLogsAsync()).Count;

        await chain.Node.RpcAsync("anvil_reorg", [2, Array.Empty<object>()]);
        var steps = await indexer.CatchUpAsync();

        Assert.Contains(steps, s => s.RolledBack);
        Assert.Equal(before - 2, (await indexer.StoredLogsAsync()).Count);
        Assert.Equal(await ChainLogsAsync(suite), await indexer.StoredLogsAsync());
    }

    private async Task GenerateEventsAsync(Suite suite, int contributions)
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
                Contributor = chain.Address(4 + i % 5), Kind = (byte)(i % 5), Units = 1 + i, EvidenceHash = new byte[32],
            }).ToList();
            await suite.Registry(0).RecordBatchRequestAndWaitForReceiptAsync(batch);
        }
    }

    private Task<TransactionReceipt> RecordAsync(Suite suite, int contributor, int units) =>
        suite.Registry(0).RecordRequestAndWaitForReceiptAsync(chain.Address(contributor), 2, units, new byte[32]);

    private static List<string> Addresses(Suite suite) => [.. suite.Manifest.Contracts.Values.Select(c => c.Address)];

    /// <summary>The logs as a plain <c>eth_getLogs</c> over the whole chain returns them, one line each.</summary>
    private async Task<List<string>> ChainLogsAsync(Suite suite)
    {
        var rpc = new JsonRpcClient(Http, chain.Node.RpcUrl);
        var logs = await rpc.LogsAsync(Addresses(suite), 0, await rpc.BlockNumberAsync(CancellationToken.None), CancellationToken.None);
        return [.. logs.Select(l => Line(l.BlockNumber, l.BlockHash, l.LogIndex, l.TransactionHash, l.Address, l.Topics, l.Data))];
    }

    private static string Line(ulong block, byte[] blockHash, int logIndex, byte[] transaction, byte[] address, IEnumerable<byte[]> topics, byte[] data) =>
        $"{block} {blockHash.ToHex()} {logIndex} {transaction.ToHex()} {address.ToHex()} [{string.Join(',', topics.Select(t => t.ToHex()))}] {data.ToHex()}";

    private async Task<TestIndexer> IndexerAsync(Suite suite, ulong initialRange)
    {
        var connectionString = await database.CreateDatabaseAsync();
        IndexerDatabase.Migrate(connectionString, NullLogger.Instance);
        var dataSource = NpgsqlDataSource.Create(connectionString);
        var options = new IndexerOptions
        {
            ChainId = (long)chain.Node.ChainId,
            Addresses = Addresses(suite),
            StartBlock = suite.Manifest.Contracts.Values.Min(c => c.BlockNumber),
            InitialRange = initialRange,
            SparseResults = 400,
        };
        var store = new EventStore(dataSource, options.ChainId);
        var follower = new ChainFollower(new JsonRpcClient(Http, chain.Node.RpcUrl), store, options, NullLogger<ChainFollower>.Instance);
        return new TestIndexer(dataSource, store, follower, chain);
    }

    private sealed class TestIndexer(NpgsqlDataSource dataSource, EventStore store, ChainFollower follower, ChainFixture chain) : IAsyncDisposable
    {
        public EventStore Store => store;

        public async Task<List<IndexStep>> CatchUpAsync()
        {
            var steps = new List<IndexStep>();
            while (await follower.StepAsync(CancellationToken.None) is { } step) steps.Add(step);
            return steps;
        }

        public Task<ulong> HeadAsync() => new JsonRpcClient(Http, chain.Node.RpcUrl).BlockNumberAsync(CancellationToken.None);

        public async Task<List<string>> StoredLogsAsync()
        {
            await using var command = dataSource.CreateCommand(
                "SELECT block_number, block_hash, log_index, transaction_hash, address, topic0, topic1, topic2, topic3, data FROM logs ORDER BY block_number, log_index");
            await using var reader = await command.ExecuteReaderAsync();
            var lines = new List<string>();
            while (await reader.ReadAsync())
            {
                var topics = Enumerable.Range(5, 4).Where(i => !reader.IsDBNull(i)).Select(i => (byte[])reader[i]);
                lines.Add(Line((ulong)reader.GetInt64(0), (byte[])reader[1], reader.GetInt32(2), (byte[])reader[3], (byte[])reader[4], topics, (byte[])reader[9]));
            }
            return lines;
        }

        public ValueTask DisposeAsync() => dataSource.DisposeAsync();
    }
}
