using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Numerics;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Host.Serve;
using GovernanceRewards.Rewards.Merkle;
using GovernanceRewards.Testing;
using Microsoft.Extensions.Logging;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;

namespace GovernanceRewards.RewardsBench;

/// <summary>
/// Proof lookups over HTTP on a stored epoch of many leaves: the real host (<c>serve</c>'s composition, in this
/// process) answers <c>GET /epochs/1/proofs/{address}</c> for random leaves from a bounded number of keep-alive
/// connections on loopback, for a fixed time after a warm-up; the load generator shares the machine's cores with the
/// host, as the target says. Every answer is checked for status, and one in 500 is verified against the root.
/// </summary>
internal static class ProofLoadBenchmark
{
    public static async Task<string> RunAsync(int leafCount, TimeSpan duration, int connections)
    {
        var chain = new ChainFixture();
        var database = new DatabaseFixture();
        await chain.InitializeAsync();
        await database.InitializeAsync();
        try
        {
            var suite = await chain.DeploySuiteAsync();
            var connectionString = await database.CreateDatabaseAsync();
            var settings = new ServeSettings(new ChainSettings(suite.Manifest, chain.Node.RpcUrl, connectionString), "http://127.0.0.1:0")
            {
                LogThroughGivenLoggers = true,
            };
            // Only what goes wrong, one readable line each, so the report stays on one screen.
            using var warnings = LoggerFactory.Create(logs => logs
                .AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
            await using var app = await GovRewardsServer.BuildAsync(settings, warnings, CancellationToken.None);
            var clock = Stopwatch.StartNew();
            var (leaves, root) = await SeedEpochAsync(connectionString, (long)chain.Node.ChainId, leafCount);
            var seeded = clock.Elapsed;
            await app.StartAsync();

            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
            using var http = new HttpClient(handler) { BaseAddress = new Uri(app.Urls.First() + "/") };
            await LoadAsync(http, leaves, root, TimeSpan.FromSeconds(3), connections);
            var (latencies, errors, elapsed) = await LoadAsync(http, leaves, root, duration, connections);
            await app.StopAsync();
            return Report(leafCount, seeded, connections, latencies, errors, elapsed);
        }
        finally
        {
            await database.DisposeAsync();
            await chain.DisposeAsync();
        }
    }

    /// <summary>Epoch 1 posted with a tree of <paramref name="count"/> random leaves, as the pipeline leaves it.</summary>
    private static async Task<(List<RewardLeaf> Leaves, byte[] Root)> SeedEpochAsync(string connectionString, long chainId, int count)
    {
        var random = new Random(7);
        var address = new byte[20];
        var leaves = new List<RewardLeaf>(count);
        for (var i = 0; i < count; i++)
        {
            random.NextBytes(address);
            leaves.Add(new RewardLeaf(address.ToHex(true), new BigInteger(random.NextInt64(1, long.MaxValue)) * 1_000));
        }
        var tree = StandardMerkleTree.Of(leaves);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await StoredEpoch.WriteAsync(dataSource, chainId, 1, tree);
        return (leaves, tree.Root);
    }

    private static async Task<(List<long> Latencies, int Errors, TimeSpan Elapsed)> LoadAsync(
        HttpClient http, List<RewardLeaf> leaves, byte[] root, TimeSpan duration, int connections)
    {
        var errors = 0;
        var perWorker = new List<long>[connections];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            var latencies = perWorker[worker] = new List<long>(200_000);
            while (clock.Elapsed < duration)
            {
                var leaf = leaves[random.Next(leaves.Count)];
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync($"epochs/1/proofs/{leaf.Account}");
                var body = await response.Content.ReadAsStringAsync();
                latencies.Add(Stopwatch.GetTimestamp() - started);
                if (response.StatusCode != HttpStatusCode.OK || (latencies.Count % 500 == 0 && !Verifies(body, leaf, root)))
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));
        return ([.. perWorker.SelectMany(l => l)], errors, clock.Elapsed);
    }

    private static bool Verifies(string body, RewardLeaf leaf, byte[] root)
    {
        using var json = System.Text.Json.JsonDocument.Parse(body);
        var proof = json.RootElement.GetProperty("proof").EnumerateArray().Select(p => p.GetString()!.HexToByteArray());
        return StandardMerkleTree.Verify(root, leaf, proof);
    }

    private static string Report(int leafCount, TimeSpan seeded, int connections, List<long> latencies, int errors, TimeSpan elapsed)
    {
        latencies.Sort();
        double Percentile(double p) => Stopwatch.GetElapsedTime(0, latencies[Math.Min(latencies.Count - 1, (int)(latencies.Count * p))]).TotalMilliseconds;
        var rate = latencies.Count / elapsed.TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture, $"""

        ## Proof lookups over HTTP

        `bench/rewards-bench proofs {leafCount} {elapsed.TotalSeconds:0} {connections}`: `GET /epochs/1/proofs/{"{address}"}` for random
        leaves of a stored {leafCount:N0}-leaf epoch (seeded in {seeded.TotalSeconds:0.0} s), from {connections} keep-alive
        connections on loopback for {elapsed.TotalSeconds:0.0} s after a 3 s warm-up, the host and the load generator in one
        process on this machine's {Environment.ProcessorCount} cores.

        | requests | requests/s | p50 | p99 | p99.9 | errors |
        |---:|---:|---:|---:|---:|---:|
        | {latencies.Count:N0} | {rate:N0} | {Percentile(0.50):0.00} ms | {Percentile(0.99):0.00} ms | {Percentile(0.999):0.00} ms | {errors} |

        Target: at least 5,000 requests/s with p99 under 20 ms and no errors: {(rate >= 5_000 && Percentile(0.99) < 20 && errors == 0 ? "met" : "missed")}.

        """);
    }
}
