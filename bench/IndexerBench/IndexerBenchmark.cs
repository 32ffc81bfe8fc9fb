using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;
using GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition;
using GovernanceRewards.Content;
using GovernanceRewards.Indexer.Events;
using GovernanceRewards.Indexer.Following;
using GovernanceRewards.Indexer.Notifications;
using GovernanceRewards.Indexer.Rpc;
using GovernanceRewards.Indexer.Storage;
using GovernanceRewards.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Npgsql;

namespace GovernanceRewards.IndexerBench;

/// <summary>
/// Emits <c>events</c> ContributionRecorded logs (batches of 1,000 per block) on anvil and times, on that same range:
/// (a) plain eth_getLogs over HTTP, parsed, in 10-block requests (the physical limit here); (b) what a user writes
/// first, Nethereum's log processor with one INSERT per event; (c) our indexer end to end into PostgreSQL, also with
/// nothing and with three ranges read ahead instead of the default one. Then runs the real <c>govrewards index</c>
/// process for its peak memory (by default and with three ranges ahead), and its lag while the chain mines a block
/// per second with 500 events each.
/// </summary>
internal static class IndexerBenchmark
{
    private const int BatchSize = 1_000;
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromMinutes(2) };

    public static async Task<string> RunAsync(int events)
    {
        var chain = new ChainFixture();
        var database = new DatabaseFixture();
        await chain.InitializeAsync();
        await database.InitializeAsync();
        try
        {
            var suite = await chain.DeploySuiteAsync();
            var addresses = suite.Manifest.Contracts.Values.Select(c => c.Address).ToList();
            var start = suite.Manifest.Contracts.Values.Min(c => c.BlockNumber);
            for (var emitted = 0; emitted < events; emitted += BatchSize) await RecordBatchAsync(chain, suite, BatchSize);
            var rpc = new JsonRpcClient(Http, chain.Node.RpcUrl);
            var head = await rpc.BlockNumberAsync(CancellationToken.None);

            // Raw fetching and ours run once untimed first: the first run in a process also pays for compiling its code
            // (unwarmed, the variant timed last was the fastest in three runs of four, whatever its read-ahead).
            await RawFetchAsync(rpc, addresses, start, head);
            var raw = await TimeAsync(() => RawFetchAsync(rpc, addresses, start, head));
            var naive = await TimeAsync(() => NaiveAsync(chain, database, start, head));
            await OursAsync(chain, database, addresses, start, readAhead: null);
            using var stages = new StageTimes();
            var ours = await TimeAsync(() => OursAsync(chain, database, addresses, start, readAhead: null, stages));
            var oursReadingNothingAhead = await TimeAsync(() => OursAsync(chain, database, addresses, start, readAhead: 0));
            var oursReadingThreeAhead = await TimeAsync(() => OursAsync(chain, database, addresses, start, readAhead: 3));
            var (peakMegabytes, processSeconds) = await ProcessPeakMemoryAsync(chain, database, suite, head, readAhead: null);
            var (peakThreeAhead, secondsThreeAhead) = await ProcessPeakMemoryAsync(chain, database, suite, head, readAhead: 3);
            var maxLag = await FollowLagAsync(chain, database, suite);

            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"# Indexer benchmark\n\nProduced by `bench/indexer-bench` on anvil and PostgreSQL {await ServerVersionAsync(database)}, {raw.Count:N0} events in {head - start + 1} blocks.\n");
            text.AppendLine("| run | events | seconds | events/s | ratio to ours |");
            text.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var (name, run) in new[] { ("(a) raw eth_getLogs, parsed (HTTP, 10-block requests)", raw), ("(b) naive: Nethereum log processor, one INSERT per event", naive), ("(c) ours, end to end into PostgreSQL", ours) })
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {run.Count:N0} | {run.Seconds:F2} | {run.Count / run.Seconds:N0} | {ours.Count / ours.Seconds / (run.Count / run.Seconds):F2} |");
            }
            text.AppendLine(CultureInfo.InvariantCulture, $"\nTargets: (c) at least 80% of (a): **{ours.Count / ours.Seconds / (raw.Count / raw.Seconds):P0}**; at least 5x (b): **{ours.Count / ours.Seconds / (naive.Count / naive.Seconds):F1}x**.");
            text.AppendLine(CultureInfo.InvariantCulture, $"Where (c) spent its steps' time, per event ({stages.Steps} steps; the indexer's `{IndexerMetrics.StepDurationName}` histogram): {string.Join(", ", Enum.GetValues<StepStage>().Select(IndexerMetrics.StageName).Select(stage => $"{stage} {stages.Seconds.GetValueOrDefault(stage) / ours.Count * 1e6:F1} µs"))}; wall time {ours.Seconds / ours.Count * 1e6:F1} µs an event.");
            text.AppendLine(CultureInfo.InvariantCulture, $"Ours with nothing read ahead (`ReadAhead` 0): {oursReadingNothingAhead.Count / oursReadingNothingAhead.Seconds:N0} events/s; with three ranges ahead: {oursReadingThreeAhead.Count / oursReadingThreeAhead.Seconds:N0} events/s (the default is {IndexerOptions.DefaultReadAhead}).");
            text.AppendLine(CultureInfo.InvariantCulture, $"Peak memory of the `govrewards index` process over the same backfill (VmHWM): **{peakMegabytes:F0} MB** (target under 300 MB; it took {processSeconds:F1} s including start-up); with `--read-ahead 3`: {peakThreeAhead:F0} MB in {secondsThreeAhead:F1} s.");
            text.AppendLine(CultureInfo.InvariantCulture, $"Following a chain that mines a block per second with 500 events per block for 30 s: largest lag **{maxLag} block{(maxLag == 1 ? "" : "s")}** (target under 2).");
            return text.ToString();
        }
        finally
        {
            await database.DisposeAsync();
            await chain.DisposeAsync();
        }
    }

    private static Task<TransactionReceipt> RecordBatchAsync(ChainFixture chain, Suite suite, int size) =>
        suite.Registry(0).RecordBatchRequestAndWaitForReceiptAsync([.. Enumerable.Range(0, size).Select(i => new Contribution
        {
            Contributor = chain.Address(1 + i % 9), Kind = (byte)(i % 5), Units = 1 + i, EvidenceDigest = new byte[32], EvidenceCodec = Cid.RawCodec,
        })]);

    private static async Task<int> RawFetchAsync(JsonRpcClient rpc, IReadOnlyList<string> addresses, ulong start, ulong head)
    {
        var count = 0;
        for (var from = start; from <= head; from += 10)
        {
            count += (await rpc.LogsAsync(addresses, from, Math.Min(head, from + 9), CancellationToken.None)).Count;
        }
        return count;
    }

    private static async Task<int> NaiveAsync(ChainFixture chain, DatabaseFixture database, ulong start, ulong head)
    {
        await using var connection = new NpgsqlConnection(await database.CreateDatabaseAsync());
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand("CREATE TABLE naive_logs (block_number bigint, log_index int, block_hash text, topics text[], data text, PRIMARY KEY (block_hash, log_index))", connection))
        {
            await create.ExecuteNonQueryAsync();
        }
        var count = 0;
        var web3 = new Web3(chain.Node.RpcUrl.ToString());
        var processor = web3.Processing.Logs.CreateProcessor(async (FilterLog log) =>
        {
            await using var insert = new NpgsqlCommand("INSERT INTO naive_logs VALUES ($1, $2, $3, $4, $5)", connection);
            insert.Parameters.AddWithValue((long)log.BlockNumber.Value);
            insert.Parameters.AddWithValue((int)log.LogIndex.Value);
            insert.Parameters.AddWithValue(log.BlockHash);
            insert.Parameters.AddWithValue(log.Topics.Select(t => t.ToString()!).ToArray());
            insert.Parameters.AddWithValue(log.Data);
            await insert.ExecuteNonQueryAsync();
            count++;
        }, 0);
        await processor.ExecuteAsync(head, CancellationToken.None, start);
        return count;
    }

    private static async Task<int> OursAsync(
        ChainFixture chain, DatabaseFixture database, IReadOnlyList<string> addresses, ulong start, int? readAhead, StageTimes? stages = null)
    {
        var connectionString = await database.CreateDatabaseAsync();
        IndexerDatabase.Migrate(connectionString, NullLogger.Instance);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        // The indexer's notifications only, as in the naive run: no read model or reward handler is timed here.
        await using var services = new ServiceCollection()
            .AddMediator((MediatorOptions mediator) => mediator.Assemblies = [typeof(ChainEvent)]).BuildServiceProvider();
        var options = new IndexerOptions { ChainId = (long)chain.Node.ChainId, Addresses = addresses, StartBlock = start };
        if (readAhead is { } ahead) options = options with { ReadAhead = ahead };
        var store = new EventStore(dataSource, options.ChainId);
        using var follower = new ChainFollower(new JsonRpcClient(Http, chain.Node.RpcUrl), store,
            new OutboxPublisher(dataSource, services.GetRequiredService<IPublisher>(), options.ChainId), options, NullLogger<ChainFollower>.Instance,
            stages is null ? null : new IndexerMetrics(stages.Meters));
        // As `govrewards index` runs it (delivery overlapping the next range), until every event is stored and delivered.
        var head = await new JsonRpcClient(Http, chain.Node.RpcUrl).BlockNumberAsync(CancellationToken.None);
        await using var lease = await IndexerLease.AcquireAsync(dataSource, options.ChainId, TimeSpan.FromSeconds(1), null, CancellationToken.None);
        using var stop = new CancellationTokenSource();
        var running = follower.RunAsync(lease, stop.Token);
        while (await store.CursorAsync(CancellationToken.None) is not { } cursor || cursor.BlockNumber < head || await UndeliveredAsync(dataSource) > 0)
        {
            await Task.Delay(20);
        }
        await stop.CancelAsync();
        await running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await using var count = dataSource.CreateCommand("SELECT count(*) FROM indexed_logs");
        return (int)(long)(await count.ExecuteScalarAsync())!;
    }

    private static async Task<long> UndeliveredAsync(NpgsqlDataSource dataSource)
    {
        // Cheap enough to poll: both sides are one index probe.
        await using var command = dataSource.CreateCommand(
            "SELECT coalesce((SELECT max(id) FROM outbox), 0) - coalesce((SELECT max(last_id) FROM outbox_delivered), 0)");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Runs the real CLI over the whole range and reads its peak resident memory from /proc before stopping it.</summary>
    private static async Task<(double Megabytes, double Seconds)> ProcessPeakMemoryAsync(
        ChainFixture chain, DatabaseFixture database, Suite suite, ulong head, int? readAhead)
    {
        var db = await database.CreateDatabaseAsync();
        var manifest = Path.Combine(Path.GetTempPath(), $"govrewards-bench-{Guid.NewGuid():N}.json");
        suite.Manifest.Save(manifest);
        var started = Stopwatch.StartNew();
        using var process = StartIndex(chain, manifest, db, readAhead is { } ahead ? ["--read-ahead", ahead.ToString(CultureInfo.InvariantCulture)] : []);
        double peak = 0;
        while (await CursorAsync(db) < (long)head)
        {
            peak = Math.Max(peak, PeakMegabytes(process));
            await Task.Delay(100);
        }
        peak = Math.Max(peak, PeakMegabytes(process));
        var seconds = started.Elapsed.TotalSeconds;
        process.Kill(entireProcessTree: true);
        File.Delete(manifest);
        return (peak, seconds);
    }

    private static async Task<ulong> FollowLagAsync(ChainFixture chain, DatabaseFixture database, Suite suite)
    {
        var db = await database.CreateDatabaseAsync();
        var manifest = Path.Combine(Path.GetTempPath(), $"govrewards-bench-{Guid.NewGuid():N}.json");
        suite.Manifest.Save(manifest);
        using var process = StartIndex(chain, manifest, db, []);
        var rpc = new JsonRpcClient(Http, chain.Node.RpcUrl);
        while (await CursorAsync(db) < (long)await rpc.BlockNumberAsync(CancellationToken.None)) await Task.Delay(200);
        ulong maxLag = 0;
        var producer = Task.Run(async () =>
        {
            for (var second = 0; second < 30; second++)
            {
                var tick = Task.Delay(1_000);
                await RecordBatchAsync(chain, suite, 500);
                await tick;
            }
        });
        while (!producer.IsCompleted)
        {
            var lag = await rpc.BlockNumberAsync(CancellationToken.None) - (ulong)await CursorAsync(db);
            maxLag = Math.Max(maxLag, lag);
            await Task.Delay(100);
        }
        await producer;
        process.Kill(entireProcessTree: true);
        File.Delete(manifest);
        return maxLag;
    }

    private static Process StartIndex(ChainFixture chain, string manifest, string db, IReadOnlyList<string> options)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        var cli = Path.Combine(GovernanceRewards.Embedded.RepositoryLayout.Discover().Root, "src", "Host", "bin", "Release", "net10.0", "govrewards.dll");
        foreach (var argument in new[] { cli, "index", "--manifest", manifest, "--rpc", chain.Node.RpcUrl.ToString(), "--db", db }.Concat(options))
        {
            info.ArgumentList.Add(argument);
        }
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static double PeakMegabytes(Process process)
    {
        try
        {
            var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static async Task<long> CursorAsync(string db)
    {
        try
        {
            await using var connection = new NpgsqlConnection(db);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT coalesce((SELECT block_number FROM cursors), 0)", connection);
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;
        }
    }

    private static async Task<string> ServerVersionAsync(DatabaseFixture database)
    {
        await using var connection = new NpgsqlConnection(await database.CreateDatabaseAsync());
        await connection.OpenAsync();
        return connection.PostgreSqlVersion.ToString();
    }

    private static async Task<(int Count, double Seconds)> TimeAsync(Func<Task<int>> run)
    {
        var watch = Stopwatch.StartNew();
        var count = await run();
        return (count, watch.Elapsed.TotalSeconds);
    }

    /// <summary>Sums the indexer's step-stage histogram by stage, from the meters it hands the indexer.</summary>
    private sealed class StageTimes : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<string, double> _seconds = new();
        private int _commits;

        public StageTimes()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == IndexerMetrics.MeterName && instrument.Name == IndexerMetrics.StepDurationName) listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<double>((_, seconds, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key != "stage" || tag.Value is not string stage) continue;
                    _seconds.AddOrUpdate(stage, seconds, (_, sum) => sum + seconds);
                    if (stage == IndexerMetrics.StageName(StepStage.Commit)) Interlocked.Increment(ref _commits);
                }
            });
            _listener.Start();
        }

        public IMeterFactory Meters { get; } = new MeterFactory();

        public IReadOnlyDictionary<string, double> Seconds => _seconds;

        public int Steps => _commits;

        public void Dispose()
        {
            _listener.Dispose();
            Meters.Dispose();
        }

        private sealed class MeterFactory : IMeterFactory
        {
            private readonly List<Meter> _meters = [];

            public Meter Create(MeterOptions options)
            {
                var meter = new Meter(options);
                _meters.Add(meter);
                return meter;
            }

            public void Dispose()
            {
                foreach (var meter in _meters) meter.Dispose();
            }
        }
    }
}
