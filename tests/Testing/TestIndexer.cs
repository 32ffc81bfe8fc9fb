using GovernanceRewards.Indexer.Events;
using GovernanceRewards.Indexer.Following;
using GovernanceRewards.Indexer.Notifications;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using GovernanceRewards.Indexer.Rpc;
using GovernanceRewards.Indexer.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Npgsql;
using Xunit;

namespace GovernanceRewards.Testing;

/// <summary>
/// An indexer over a suite on anvil, writing to a fresh database, stepped by the test. Its notifications go to the
/// Mediator of the calling test project (the source generator builds one per project), with whatever handlers that
/// project registers.
/// </summary>
public sealed class TestIndexer(
    NpgsqlDataSource dataSource, EventStore store, ChainFollower follower, JsonRpcClient rpc, IReadOnlyList<string> addresses, ServiceProvider services,
    Web3 web3)
    : IAsyncDisposable
{
    private static readonly HttpClient Http = new();

    public EventStore Store => store;

    public ChainFollower Follower => follower;

    public JsonRpcClient Rpc => rpc;

    public NpgsqlDataSource Database => dataSource;

    public IReadOnlyList<string> Addresses => addresses;

    public IServiceProvider Services => services;

    public string ConnectionString { get; private init; } = "";

    public long ChainId { get; private init; }

    /// <summary>
    /// A fresh database with the indexer's schema (and whatever <c>migrate</c> adds); <c>services</c> builds the test
    /// project's Mediator and handlers over it.
    /// </summary>
    public static async Task<TestIndexer> CreateAsync(
        ChainFixture chain, DatabaseFixture database, Suite suite, Func<NpgsqlDataSource, ServiceProvider> services, ulong initialRange,
        ulong confirmations = 0, Action<string>? migrate = null, string? finalityTag = null, int readAhead = 1, HttpClient? http = null,
        ulong? maximumRange = null)
    {
        var connectionString = await database.CreateDatabaseAsync();
        IndexerDatabase.Migrate(connectionString, NullLogger.Instance);
        migrate?.Invoke(connectionString);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        // Harnesses hand the data source's connection string on (to Hangfire's storage): it keeps its password.
        builder.ConnectionStringBuilder.PersistSecurityInfo = true;
        var dataSource = builder.Build();
        var options = new IndexerOptions
        {
            ChainId = (long)chain.Node.ChainId,
            Addresses = [.. suite.Manifest.Contracts.Values.Select(c => c.Address)],
            StartBlock = suite.Manifest.Contracts.Values.Min(c => c.BlockNumber),
            InitialRange = initialRange,
            Confirmations = confirmations,
            FinalityTag = finalityTag,
            SparseResults = 400,
            ReadAhead = readAhead,
        };
        if (maximumRange is { } maximum) options = options with { MaximumRange = maximum };
        var store = new EventStore(dataSource, options.ChainId);
        var rpc = new JsonRpcClient(http ?? Http, chain.Node.RpcUrl);
        var provider = services(dataSource);
        var outbox = new OutboxPublisher(dataSource, provider.GetRequiredService<IPublisher>(), options.ChainId);
        var follower = new ChainFollower(rpc, store, outbox, options, NullLogger<ChainFollower>.Instance);
        return new TestIndexer(dataSource, store, follower, rpc, options.Addresses, provider, new Web3(chain.Node.RpcUrl.ToString())) { ConnectionString = connectionString, ChainId = options.ChainId };
    }

    public async Task<List<IndexStep>> CatchUpAsync()
    {
        var steps = new List<IndexStep>();
        while (await follower.StepAsync(CancellationToken.None) is { } step) steps.Add(step);
        return steps;
    }

    /// <summary>
    /// Runs the indexer as the host does (<see cref="ChainFollower.RunAsync"/> under the chain's lease, delivering while
    /// it indexes) until the head is stored and everything is delivered.
    /// </summary>
    public async Task RunUntilDeliveredAsync()
    {
        var head = await rpc.BlockNumberAsync(CancellationToken.None);
        await using var lease = await IndexerLease.AcquireAsync(dataSource, ChainId, TimeSpan.FromSeconds(1), null, CancellationToken.None);
        using var stop = new CancellationTokenSource();
        var running = follower.RunAsync(lease, stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await store.CursorAsync(CancellationToken.None) is { } cursor && cursor.BlockNumber >= head
                 && await CountAsync("SELECT count(*) FROM outbox_undelivered") == 0))
        {
            Assert.True(DateTime.UtcNow < deadline, "the indexer did not store and deliver the chain within 60 s");
            await Task.Delay(50);
        }
        await stop.CancelAsync();
        await running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <summary>
    /// The logs as a plain <c>eth_getLogs</c> over the whole chain returns them, one line each, read through Nethereum's
    /// client so that the indexer's own reading of answers is checked too.
    /// </summary>
    public async Task<List<string>> ChainLogsAsync(ulong confirmations = 0)
    {
        var head = await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync();
        var logs = await web3.Eth.Filters.GetLogs.SendRequestAsync(new NewFilterInput
        {
            Address = [.. addresses],
            FromBlock = new BlockParameter(0),
            ToBlock = new BlockParameter(new HexBigInteger(head.Value - confirmations)),
        });
        return [.. logs.Select(l => Line(
            (ulong)l.BlockNumber.Value, l.BlockHash.HexToByteArray(), (int)l.LogIndex.Value, l.TransactionHash.HexToByteArray(),
            l.Address.HexToByteArray(), l.Topics.Select(t => t.ToString()!.HexToByteArray()), l.Data.HexToByteArray()))];
    }

    /// <summary>Every log the indexer stored (<c>indexed_logs</c>: the raw ones and the decoded events), one line each as <see cref="ChainLogsAsync"/> writes them.</summary>
    public async Task<List<string>> StoredLogsAsync()
    {
        await using var command = dataSource.CreateCommand(
            "SELECT block_number, block_hash, log_index, transaction_hash, address, topic0, topic1, topic2, topic3, data FROM indexed_logs ORDER BY block_number, log_index");
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            var topics = Enumerable.Range(5, 4).Where(i => !reader.IsDBNull(i)).Select(i => (byte[])reader[i]);
            lines.Add(Line((ulong)reader.GetInt64(0), (byte[])reader[1], reader.GetInt32(2), (byte[])reader[3], (byte[])reader[4], topics, (byte[])reader[9]));
        }
        return lines;
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Every event the backend acts on: how many the outbox holds against how many logs of it the chain has (up to the
    /// head less <paramref name="confirmations"/>), and how many were kept raw instead (only undecodable ones are).
    /// </summary>
    public async Task<List<(string Event, long Stored, long OnChain, long Raw)>> EventCountsAsync(ulong confirmations = 0)
    {
        var onChain = (await ChainLogsAsync(confirmations)).Select(line => line.Split(' ')[5].TrimStart('[').Split(',')[0].TrimEnd(']')).ToList();
        var counts = new List<(string, long, long, long)>();
        foreach (var type in ChainEventCatalog.Current.Types)
        {
            await using var command = dataSource.CreateCommand(
                "SELECT (SELECT count(*) FROM outbox WHERE kind = $1), (SELECT count(*) FROM logs WHERE topic0 = $2)");
            command.Parameters.AddWithValue(type.Name);
            command.Parameters.AddWithValue(type.Topic);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            counts.Add((type.Name, reader.GetInt64(0), onChain.Count(topic => topic == type.Topic.ToHex()), reader.GetInt64(1)));
        }
        return counts;
    }

    private static string Line(ulong block, byte[] blockHash, int logIndex, byte[] transaction, byte[] address, IEnumerable<byte[]> topics, byte[] data) =>
        $"{block} {blockHash.ToHex()} {logIndex} {transaction.ToHex()} {address.ToHex()} [{string.Join(',', topics.Select(t => t.ToHex()))}] {data.ToHex()}";

    public async ValueTask DisposeAsync()
    {
        follower.Dispose();
        await services.DisposeAsync();
        await dataSource.DisposeAsync();
    }
}
