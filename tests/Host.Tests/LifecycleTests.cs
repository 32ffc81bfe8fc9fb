using GovernanceRewards.Testing;

namespace GovernanceRewards.Host.Tests;

public sealed class LifecycleTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Serve_stops_serving_and_exits_0_within_seconds_of_a_signal(string signal)
    {
        var suite = await chain.DeploySuiteAsync();
        var manifest = Path.Combine(Path.GetTempPath(), $"govrewards-lifecycle-{Guid.NewGuid():N}.json");
        suite.Manifest.Save(manifest);
        var port = FreePort();
        using var serve = GovRewardsProcess.Start(new Dictionary<string, string?> { ["GOVREWARDS_KEY"] = chain.Node.DevelopmentKeys[0] },
            "serve", "--manifest", manifest, "--rpc", chain.Node.RpcUrl.ToString(), "--db", await database.CreateDatabaseAsync(),
            "--urls", $"http://127.0.0.1:{port}");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
        await UntilAsync(async () => (await client.GetAsync("health")).IsSuccessStatusCode, serve);

        serve.Signal(signal);
        var exit = await serve.ExitCodeWithinAsync(TimeSpan.FromSeconds(15));

        Assert.True(exit == 0, $"exit {exit?.ToString() ?? "none within 15 s"}: {serve.Error}");
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("health"));
        File.Delete(manifest);
    }

    [Fact]
    public async Task Demo_serve_stops_on_a_signal_with_its_chain_and_database()
    {
        var port = FreePort();
        using var demo = GovRewardsProcess.Start(new Dictionary<string, string?>(),
            "demo", "--serve", "--contributors", "1", "--urls", $"http://127.0.0.1:{port}");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
        await UntilAsync(async () => (await client.GetAsync("epochs/1")).IsSuccessStatusCode
            && (await client.GetStringAsync("epochs/1")).Contains("\"paid\"", StringComparison.Ordinal), demo, TimeSpan.FromMinutes(3));
        var anvil = int.Parse(System.Text.RegularExpressions.Regex.Match(demo.Error, @"anvil serving http://127\.0\.0\.1:(\d+)").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);

        demo.Signal("TERM");
        var exit = await demo.ExitCodeWithinAsync(TimeSpan.FromSeconds(20));

        Assert.True(exit == 0, $"exit {exit?.ToString() ?? "none within 20 s"}: {demo.Error}");
        using var probe = new System.Net.Sockets.TcpClient();
        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => probe.ConnectAsync("127.0.0.1", anvil));
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, RunningCli process, TimeSpan? limit = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (await condition()) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            Assert.True(clock.Elapsed < (limit ?? TimeSpan.FromSeconds(60)) && !process.HasExited, "never ready: " + process.Error);
            await Task.Delay(200);
        }
    }
}
