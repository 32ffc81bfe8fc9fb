using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Host.Serve;
using GovernanceRewards.Portal;
using GovernanceRewards.Rewards.Merkle;
using GovernanceRewards.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GovernanceRewards.PortalBench;

/// <summary>What one page measured: each request's time, the largest page, and what went wrong if anything.</summary>
internal sealed record PageSample(
    PortalPage Page, List<double> Milliseconds, long Bytes, int Errors, string? FirstError);

/// <summary>
/// Server render time of each portal page: the real host (<c>serve</c>'s composition, in this process, Kestrel on
/// loopback) answers real HTTP requests, one at a time on one keep-alive connection, against a database seeded with
/// <see cref="PortalSeed"/> and a deployed suite on anvil (account pages ask the staking pool for what is claimable and
/// in cooldown). The indexer does not run: the seeded chain position is not anvil's, and the indexer would roll it
/// back. Every page is warmed up first (the first render compiles, and the account pages' proof tree loads in the
/// background), then the pages are asked in turn, <c>requests</c> times each, so a pause of the machine falls on all.
/// </summary>
internal static class PortalBenchmark
{
    public const double TargetP95Milliseconds = 50;
    private const int WarmUpRounds = 20;

    public static async Task<string> RunAsync(int requests, int proposals, int leaves, int openVotes, bool hold)
    {
        var chain = new ChainFixture();
        var database = new DatabaseFixture();
        await chain.InitializeAsync();
        await database.InitializeAsync();
        try
        {
            var suite = await chain.DeploySuiteAsync();
            var connectionString = await database.CreateDatabaseAsync();
            var chainSettings = new ChainSettings(suite.Manifest, chain.Node.RpcUrl, connectionString);
            var settings = new ServeSettings(chainSettings, "http://127.0.0.1:0")
            {
                LogThroughGivenLoggers = true,
                RunIndexer = false,
            };
            // Only what goes wrong, one readable line each, so the run stays on one screen.
            using var warnings = LoggerFactory.Create(logs => logs
                .AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
            await using var app = await GovRewardsServer.BuildAsync(settings, warnings, CancellationToken.None);
            var seeding = Stopwatch.StartNew();
            SeededPortal seeded;
            (string Name, long Bytes)[] sizes;
            await using (var dataSource = NpgsqlDataSource.Create(connectionString))
            {
                seeded = await PortalSeed.WriteAsync(dataSource, suite, proposals, openVotes, leaves);
                seeding.Stop();
                sizes = await SizesAsync(dataSource);
            }
            foreach (var step in seeded.Steps)
            {
                var took = step.Took.TotalSeconds;
                Console.WriteLine(Invariant($"seeded {step.Rows,10:N0} rows in {took,5:0.0} s: {step.What}"));
            }
            await app.StartAsync();

            var pages = PortalPages.Of(seeded);
            using var handler = new SocketsHttpHandler
            {
                MaxConnectionsPerServer = 1,
                AllowAutoRedirect = false,
                PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            };
            using var http = new HttpClient(handler) { BaseAddress = new Uri(app.Urls.First()) };
            var warmUp = Stopwatch.StartNew();
            await RoundsAsync(http, pages, WarmUpRounds);
            await UntilTreeInMemoryAsync(app.Services.GetRequiredService<ProofTrees>(), seeded.Root);
            await RoundsAsync(http, pages, WarmUpRounds);
            var warmed = warmUp.Elapsed.TotalSeconds;
            Console.WriteLine(Invariant($"warmed up in {warmed:0.0} s; measuring {requests} requests a page"));
            var loadBefore = await LoadAverageAsync();
            var samples = await RoundsAsync(http, pages, requests);
            var load = (loadBefore, await LoadAverageAsync());
            if (hold) await HoldAsync(app.Urls.First(), connectionString);
            await app.StopAsync();
            return Report(seeded, seeding.Elapsed, sizes, samples, PortalPages.NotMeasured(pages), requests, load);
        }
        finally
        {
            await database.DisposeAsync();
            await chain.DisposeAsync();
        }
    }

    /// <summary>Asks every page in turn, <paramref name="rounds"/> times, each timed to its last byte.</summary>
    private static async Task<List<PageSample>> RoundsAsync(
        HttpClient http, IReadOnlyList<PortalPage> pages, int rounds)
    {
        var samples = pages.Select(p => new PageSample(p, new List<double>(rounds), 0, 0, null)).ToList();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var page = pages[i];
                var path = page.Path(round);
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                if (page.Viewer is { } viewer) request.Headers.Add("Cookie", $"{PortalViewer.CookieName}={viewer}");
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                var body = await response.Content.ReadAsByteArrayAsync();
                samples[i].Milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                var sample = samples[i] with { Bytes = Math.Max(samples[i].Bytes, body.Length) };
                var html = Encoding.UTF8.GetString(body);
                if (response.StatusCode != page.Status || !html.Contains(page.Holds, StringComparison.Ordinal))
                {
                    sample = sample with
                    {
                        Errors = sample.Errors + 1,
                        FirstError = sample.FirstError ?? $"{path} answered {(int)response.StatusCode} without "
                            + $"'{page.Holds}': {html[..Math.Min(html.Length, 300)]}",
                    };
                }
                samples[i] = sample;
            }
        }
        return samples;
    }

    /// <summary>Account pages' proofs come from the tree in memory once loaded: measured in that state.</summary>
    private static async Task UntilTreeInMemoryAsync(ProofTrees trees, byte[] root)
    {
        var clock = Stopwatch.StartNew();
        while (!trees.Holds(root))
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException("the tree never loaded for proofs");
            await Task.Delay(100);
        }
    }

    /// <summary>Keeps everything up for EXPLAIN ANALYZE by hand, until SIGINT or SIGTERM.</summary>
    private static async Task HoldAsync(string url, string connectionString)
    {
        var stop = new TaskCompletionSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.TrySetResult();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        var database = new NpgsqlConnectionStringBuilder(connectionString);
        Console.WriteLine($"holding: the host at {url}, the database at PGPASSWORD={database.Password} psql " +
            $"-h {database.Host} -p {database.Port} -U {database.Username} {database.Database}; SIGTERM to finish");
        await stop.Task;
    }

    private static async Task<(string Name, long Bytes)[]> SizesAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT 'whole database', pg_database_size(current_database())
            UNION ALL (SELECT relname, pg_total_relation_size(oid) FROM pg_class
                       WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY 2 DESC LIMIT 8)
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var sizes = new List<(string, long)>();
        while (await reader.ReadAsync()) sizes.Add((reader.GetString(0), reader.GetInt64(1)));
        return [.. sizes];
    }

    /// <summary>The load average over the last minute (Linux): a quiet run or one sharing the cores.</summary>
    private static async Task<string> LoadAverageAsync() =>
        File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ')[0] : "unknown";

    /// <summary>Nearest rank: the least time that <paramref name="p"/> of the requests took no longer than.</summary>
    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Report(
        SeededPortal seeded, TimeSpan seeding, (string Name, long Bytes)[] sizes, List<PageSample> samples,
        IReadOnlyList<string> notMeasured, int requests, (string Before, string After) load)
    {
        var text = new StringBuilder(Invariant($"""
            # Portal benchmark

            Server render time of each portal page: the real host (`serve`'s composition in this process, Kestrel on
            loopback) answers GET requests one at a time on one keep-alive connection, each timed from sending it to the
            last byte of the page read and checked for its status and content; {requests} requests per page after
            {WarmUpRounds * 2} of warm-up, the pages asked in turn. The embedded PostgreSQL holds {seeded.Proposals:N0}
            proposals and one {seeded.Leaves:N0}-leaf epoch with its policy, allocations, contributions, claims, voting
            power, delegations and staking events (below); the suite is deployed on anvil, which account pages ask for
            what is claimable and in cooldown. Host, PostgreSQL, anvil and the client share this machine's
            {Environment.ProcessorCount} cores (load average over the last minute: {load.Before} when the measurement
            began, {load.After} when it ended).

            | page | path | p50 | p95 | p99 | max | page size | p95 < {TargetP95Milliseconds:0} ms |
            |---|---|---:|---:|---:|---:|---:|---|

            """));
        foreach (var sample in samples)
        {
            var sorted = sample.Milliseconds.Order().ToList();
            var (p50, p95, p99) = (Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99));
            var verdict = sample.Errors > 0 ? $"**{sample.Errors} errors**"
                : p95 < TargetP95Milliseconds ? "met" : "**missed**";
            text.AppendLine(Invariant($"| {sample.Page.Name} | `{sample.Page.Path(0)}` | {p50:0.0} ms | {p95:0.0} ms |")
                + Invariant($" {p99:0.0} ms | {sorted[^1]:0.0} ms | {sample.Bytes / 1024.0:0.0} KB | {verdict} |"));
        }
        text.AppendLine();
        foreach (var failed in samples.Where(s => s.FirstError is not null))
        {
            text.AppendLine($"- {failed.Page.Name}: {failed.FirstError}");
        }
        var missing = notMeasured.Count == 0
            ? "none, every page of the portal is"
            : string.Join(", ", notMeasured.Select(r => $"`{r}`"));
        text.AppendLine(Invariant($"""
            Not measured (add them to `PortalPages`): {missing}.

            Seeded in {seeding.TotalSeconds:0.0} s, straight into the tables the pages read (`seed.sql`:
            generate_series, and COPY for the tree):

            | step | rows | seconds |
            |---|---:|---:|
            """));
        foreach (var step in seeded.Steps)
        {
            text.AppendLine(Invariant($"| {step.What} | {step.Rows:N0} | {step.Took.TotalSeconds:0.0} |"));
        }
        var size = string.Join(", ", sizes.Select(s => Invariant($"{s.Name} {s.Bytes / 1024.0 / 1024.0:N0} MB")));
        text.AppendLine(Invariant($"""

            Database size: {size}.

            Command: `bench/portal {requests} {seeded.Proposals} {seeded.Leaves}`.
            """));
        return text.ToString();
    }
}
