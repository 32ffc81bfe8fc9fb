using GovernanceRewards.Testing;
using Npgsql;

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
        var port = GovRewardsProcess.FreePort();
        using var serve = GovRewardsProcess.Start(new Dictionary<string, string?> { ["GOVREWARDS_KEY"] = chain.Node.DevelopmentKeys[0] },
            "serve", "--manifest", manifest, "--rpc", chain.Node.RpcUrl.ToString(), "--db", await database.CreateDatabaseAsync(),
            "--urls", $"http://127.0.0.1:{port}");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
        await serve.UntilAsync(async () => (await client.GetAsync("health")).IsSuccessStatusCode);

        serve.Signal(signal);
        var exit = await serve.ExitCodeWithinAsync(TimeSpan.FromSeconds(15));

        Assert.True(exit == 0, $"exit {exit?.ToString() ?? "none within 15 s"}: {serve.Error}");
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("health"));
        File.Delete(manifest);
    }

    [Fact]
    public async Task Demo_serve_stops_on_a_signal_with_its_chain_and_database()
    {
        // A home of its own: another test's demo (run in parallel) writes the checkout's .data/demo.
        var home = Directory.CreateTempSubdirectory("govrewards-home-");
        Directory.CreateSymbolicLink(Path.Combine(home.FullName, "node_modules"), chain.Layout.NodeModules);
        var port = GovRewardsProcess.FreePort();
        using var demo = GovRewardsProcess.Start(new Dictionary<string, string?> { ["GOVREWARDS_HOME"] = home.FullName },
            "demo", "--serve", "--contributors", "1", "--urls", $"http://127.0.0.1:{port}");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
        await demo.UntilAsync(async () => (await client.GetAsync("epochs/1")).IsSuccessStatusCode
            && (await client.GetStringAsync("epochs/1")).Contains("\"paid\"", StringComparison.Ordinal), TimeSpan.FromMinutes(3));
        Assert.Contains("Epoch 1</a>: <span class=\"state\">paid</span>", await client.GetStringAsync("/"), StringComparison.Ordinal);
        var folder = Path.Combine(home.FullName, ".data", "demo");
        // What the demo's parts log (anvil's address among it) goes to its log file, which it still writes.
        string log;
        var shared = new FileStreamOptions { Share = FileShare.ReadWrite };
        using (var reader = new StreamReader(Path.Combine(folder, "demo.log"), shared))
        {
            log = await reader.ReadToEndAsync();
        }
        var anvil = int.Parse(System.Text.RegularExpressions.Regex.Match(log, @"anvil serving http://127\.0\.0\.1:(\d+)").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);

        var dashboardKey = Path.Combine(folder, "dashboard-key");
        // Written once the story is told, when the demo starts just serving.
        await demo.UntilAsync(() => Task.FromResult(File.Exists(dashboardKey)));

        demo.Signal("TERM");
        var exit = await demo.ExitCodeWithinAsync(TimeSpan.FromSeconds(20));

        Assert.True(exit == 0, $"exit {exit?.ToString() ?? "none within 20 s"}: {demo.Error}");
        using var probe = new System.Net.Sockets.TcpClient();
        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => probe.ConnectAsync("127.0.0.1", anvil));
        Assert.False(File.Exists(dashboardKey), "the dashboard's key outlived the demo");
        home.Delete(recursive: true);
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Index_stops_releases_its_lease_and_exits_0_within_seconds_of_a_signal(string signal)
    {
        var suite = await chain.DeploySuiteAsync();
        var manifest = Path.Combine(Path.GetTempPath(), $"govrewards-lifecycle-{Guid.NewGuid():N}.json");
        suite.Manifest.Save(manifest);
        var db = await database.CreateDatabaseAsync();
        using var index = GovRewardsProcess.Start(new Dictionary<string, string?>(),
            "index", "--manifest", manifest, "--rpc", chain.Node.RpcUrl.ToString(), "--db", db);
        await index.UntilAsync(() => Task.FromResult(index.Error.Contains("Indexing chain", StringComparison.Ordinal)));

        index.Signal(signal);
        var exit = await index.ExitCodeWithinAsync(TimeSpan.FromSeconds(15));

        Assert.True(exit == 0, $"exit {exit?.ToString() ?? "none within 15 s"}: {index.Error}");
        Assert.Equal(0, await TestDatabase.ScalarAsync(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"));
        File.Delete(manifest);
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Chain_stops_its_anvil_and_exits_0_within_seconds_of_a_signal(string signal)
    {
        // A home of its own, so the development accounts file it writes is not the checkout's.
        var home = Directory.CreateTempSubdirectory("govrewards-home-");
        Directory.CreateSymbolicLink(Path.Combine(home.FullName, "node_modules"), chain.Layout.NodeModules);
        var port = GovRewardsProcess.FreePort();
        using (var node = GovRewardsProcess.Start(new Dictionary<string, string?> { ["GOVREWARDS_HOME"] = home.FullName },
                   "chain", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            await node.UntilAsync(() => Task.FromResult(node.Error.Contains("anvil serving", StringComparison.Ordinal)));

            node.Signal(signal);
            var exit = await node.ExitCodeWithinAsync(TimeSpan.FromSeconds(15));

            Assert.True(exit == 0, $"exit {exit?.ToString() ?? "none within 15 s"}: {node.Error}");
        }
        using var probe = new System.Net.Sockets.TcpClient();
        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => probe.ConnectAsync("127.0.0.1", port));
        home.Delete(recursive: true);
    }

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    public async Task A_second_signal_ends_a_serve_still_draining_a_request_at_once(string signal, int exitCode)
    {
        var suite = await chain.DeploySuiteAsync();
        var manifest = Path.Combine(Path.GetTempPath(), $"govrewards-lifecycle-{Guid.NewGuid():N}.json");
        suite.Manifest.Save(manifest);
        var db = await database.CreateDatabaseAsync();
        var port = GovRewardsProcess.FreePort();
        using var serve = GovRewardsProcess.Start(new Dictionary<string, string?> { ["GOVREWARDS_KEY"] = chain.Node.DevelopmentKeys[0] },
            "serve", "--manifest", manifest, "--rpc", chain.Node.RpcUrl.ToString(), "--db", db, "--urls", $"http://127.0.0.1:{port}");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(1) };
        await serve.UntilAsync(async () => (await client.GetAsync("health")).IsSuccessStatusCode);
        // A read stuck behind a lock (a migration or a VACUUM FULL elsewhere, say): the host drains it until its
        // shutdown timeout, as it should, unless the operator insists.
        await using var locker = new NpgsqlConnection(db);
        await locker.OpenAsync();
        await using var transaction = await locker.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand("LOCK TABLE reward_epochs IN ACCESS EXCLUSIVE MODE", locker, transaction))
        {
            await command.ExecuteNonQueryAsync();
        }
        var stuck = client.GetAsync("epochs");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(stuck.IsCompleted, "the read was not held by the lock");

        serve.Signal(signal);
        Assert.Null(await serve.ExitCodeWithinAsync(TimeSpan.FromSeconds(2)));
        serve.Signal(signal);
        var exit = await serve.ExitCodeWithinAsync(TimeSpan.FromSeconds(3));

        Assert.True(exit == exitCode, $"exit {exit?.ToString() ?? "none within 3 s"}: {serve.Error}");
        await Assert.ThrowsAsync<HttpRequestException>(() => stuck);
        await transaction.RollbackAsync();
        File.Delete(manifest);
    }
}
