using GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition;
using GovernanceRewards.Content;
using GovernanceRewards.Indexer.Rpc;
using GovernanceRewards.Testing;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Npgsql;

namespace GovernanceRewards.Host.Tests;

public sealed class IndexCommandTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>, IDisposable
{
    private static readonly HttpClient Http = new();
    private readonly string _manifest = Path.Combine(Path.GetTempPath(), $"govrewards-index-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task Killed_at_random_points_during_a_backfill_the_indexer_resumes_with_no_gap_and_no_duplicate()
    {
        var suite = await SuiteWithEventsAsync(blocks: 150);
        var db = await database.CreateDatabaseAsync();
        var random = new Random(20261125);
        var cursorsAtKill = new List<long>();

        var head = (long)await HeadAsync();
        for (var kill = 0; kill < 4; kill++)
        {
            var before = await CursorAsync(db);
            if (before >= head) break;
            using var indexer = Start(db);
            // Killed at a random moment once it is writing, however long the process took to start on this machine.
            await WaitForAsync(async () => await CursorAsync(db) > before, indexer);
            // Soon after: the whole backfill takes a few hundred milliseconds on an idle machine, and a kill after it
            // finished would test nothing (seen: every kill landed at the head).
            await Task.Delay(random.Next(0, 60));
            indexer.Kill();
            cursorsAtKill.Add(await CursorAsync(db));
        }
        using (var last = Start(db))
        {
            await WaitForAsync(async () => await CursorAsync(db) == (long)await HeadAsync() && await TestDatabase.ScalarAsync(db, "SELECT count(*) FROM outbox_undelivered") == 0, last);
        }

        Assert.Contains(cursorsAtKill, cursor => cursor > 0 && cursor < head);
        Assert.Equal(await ChainLogKeysAsync(suite), await StoredLogKeysAsync(db));
        Assert.Equal(1_500, await TestDatabase.ScalarAsync(db, "SELECT count(*) FROM outbox WHERE kind = 'ContributionRecorded'"));
        // Delivered to the reward read model exactly once each, whatever the kills interrupted.
        Assert.Equal(1_500, await TestDatabase.ScalarAsync(db, "SELECT count(*) FROM reward_contributions"));
    }

    [Fact]
    public async Task Of_two_indexers_only_one_writes_and_the_other_takes_over_when_it_dies()
    {
        var suite = await SuiteWithEventsAsync(blocks: 5);
        var db = await database.CreateDatabaseAsync();
        using var first = Start(db);
        await WaitForAsync(async () => await CursorAsync(db) == (long)await HeadAsync(), first);
        using var second = Start(db);
        await WaitForAsync(() => Task.FromResult(second.Error.Contains("waiting as standby", StringComparison.Ordinal)), second);
        Assert.Equal(1, await TestDatabase.ScalarAsync(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"));

        first.Kill();
        await RecordBatchAsync(suite, 7);
        await WaitForAsync(async () => await CursorAsync(db) == (long)await HeadAsync(), second);

        Assert.Contains("Indexing chain 31337", second.Error, StringComparison.Ordinal);
        Assert.Equal(await ChainLogKeysAsync(suite), await StoredLogKeysAsync(db));
    }

    [Fact]
    public async Task An_rpc_outage_is_retried_until_the_node_is_back_and_nothing_is_missed()
    {
        var suite = await SuiteWithEventsAsync(blocks: 3);
        var db = await database.CreateDatabaseAsync();
        using var indexer = Start(db);
        await WaitForAsync(async () => await CursorAsync(db) == (long)await HeadAsync(), indexer);

        // anvil itself is stopped, then started again on its port with the chain it had.
        await chain.RestartAsync(() => WaitForAsync(() => Task.FromResult(indexer.Error.Contains("retrying in", StringComparison.Ordinal)), indexer));
        await RecordBatchAsync(suite, 4);
        await WaitForAsync(async () => await CursorAsync(db) == (long)await HeadAsync(), indexer);

        Assert.Equal(await ChainLogKeysAsync(suite), await StoredLogKeysAsync(db));
    }

    [Fact]
    public async Task A_negative_read_ahead_is_refused_before_anything_is_read_or_written()
    {
        var run = await GovRewardsProcess.RunAsync(new Dictionary<string, string?>(),
            "index", "--manifest", _manifest, "--rpc", chain.Node.RpcUrl.ToString(), "--db", "Host=127.0.0.1;Port=9", "--read-ahead", "-1");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--read-ahead must be 0 or more", run.Error, StringComparison.Ordinal);
    }

    private RunningCli Start(string db) => GovRewardsProcess.Start(new Dictionary<string, string?>(),
        "index", "--manifest", _manifest, "--rpc", chain.Node.RpcUrl.ToString(), "--db", db, "--initial-range", "1", "--max-range", "3");

    private async Task<Suite> SuiteWithEventsAsync(int blocks)
    {
        var suite = await chain.DeploySuiteAsync();
        suite.Manifest.Save(_manifest);
        for (var block = 0; block < blocks; block++) await RecordBatchAsync(suite, 10);
        return suite;
    }

    private Task<TransactionReceipt> RecordBatchAsync(Suite suite, int size) =>
        suite.Registry(0).RecordBatchRequestAndWaitForReceiptAsync([.. Enumerable.Range(0, size).Select(i => new Contribution
        {
            Contributor = chain.Address(3 + i % 4), Kind = (byte)(i % 5), Units = 1 + i, EvidenceDigest = new byte[32], EvidenceCodec = Cid.RawCodec,
        })]);

    private Task<ulong> HeadAsync() => new JsonRpcClient(Http, chain.Node.RpcUrl).BlockNumberAsync(CancellationToken.None);

    private static async Task WaitForAsync(Func<Task<bool>> condition, RunningCli process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the indexer did not get there in 60 s:\n" + process.Error);
            await Task.Delay(200);
        }
    }

    private async Task<List<string>> ChainLogKeysAsync(Suite suite)
    {
        var rpc = new JsonRpcClient(Http, chain.Node.RpcUrl);
        var logs = await rpc.LogsAsync([.. suite.Manifest.Contracts.Values.Select(c => c.Address)], 0, await rpc.BlockNumberAsync(CancellationToken.None), CancellationToken.None);
        return [.. logs.Select(l => $"{l.BlockNumber}:{l.BlockHash.ToHex()}:{l.LogIndex}")];
    }

    private static async Task<List<string>> StoredLogKeysAsync(string db)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT block_number, block_hash, log_index FROM indexed_logs ORDER BY block_number, log_index", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync()) keys.Add($"{reader.GetInt64(0)}:{((byte[])reader[1]).ToHex()}:{reader.GetInt32(2)}");
        return keys;
    }

    private static async Task<long> CursorAsync(string db) =>
        await TestDatabase.ScalarAsync(db, "SELECT coalesce((SELECT block_number FROM cursors), 0)");


    public void Dispose() => File.Delete(_manifest);
}
