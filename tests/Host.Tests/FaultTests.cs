using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using GovernanceRewards.Content;
using GovernanceRewards.Embedded;
using GovernanceRewards.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.RPC.Eth.DTOs;

namespace GovernanceRewards.Host.Tests;

/// <summary>
/// A real <c>govrewards serve</c> process whose database and RPC sit behind proxies the test cuts, freezes and points
/// elsewhere: what an operator's network and servers do to it.
/// </summary>
public sealed class FaultTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>, IDisposable
{
    private readonly string _manifest = Path.Combine(Path.GetTempPath(), $"govrewards-faults-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task Serve_goes_on_indexing_and_running_jobs_after_the_database_and_then_the_RPC_were_gone_for_seconds()
    {
        var suite = await chain.DeploySuiteAsync();
        suite.Manifest.Save(_manifest);
        var db = await database.CreateDatabaseAsync();
        var (dbProxy, proxiedDb) = TcpProxy.ForDatabase(db);
        using var _ = dbProxy;
        using var rpcProxy = new TcpProxy(chain.Node.RpcUrl);
        rpcProxy.Start();
        var port = GovRewardsProcess.FreePort();
        using var serve = Serve(proxiedDb, rpcProxy.Url, port);
        using var client = Client(port);
        await serve.UntilAsync(async () => await StatusAsync(client) == "Healthy");

        // The database goes away for a few seconds while the chain moves on.
        dbProxy.Stop();
        var whileDbDown = await DelegateAsync(suite, 1);
        var answer = await client.GetAsync("governance/proposals");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.NotNull(answer.Headers.RetryAfter);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        await serve.UntilAsync(async () => await StatusAsync(client) == "Unhealthy");
        await Task.Delay(TimeSpan.FromSeconds(3));
        dbProxy.Start();
        await serve.UntilAsync(async () => await TestDatabase.ScalarAsync(db, "SELECT coalesce(max(block_number), 0) FROM cursors") >= whileDbDown);
        await serve.UntilAsync(async () => await StatusAsync(client) == "Healthy");

        // Then the RPC.
        rpcProxy.Stop();
        await serve.UntilAsync(async () => await StatusAsync(client) == "Unhealthy");
        var whileRpcDown = await DelegateAsync(suite, 2);
        await Task.Delay(TimeSpan.FromSeconds(3));
        rpcProxy.Start();
        await serve.UntilAsync(async () => await TestDatabase.ScalarAsync(db, "SELECT coalesce(max(block_number), 0) FROM cursors") >= whileRpcDown);
        await serve.UntilAsync(async () => await StatusAsync(client) == "Healthy");
        Assert.False(serve.HasExited, serve.Error);

        // The store is the chain: every log of the suite up to the cursor, each once.
        var cursor = (ulong)await TestDatabase.ScalarAsync(db, "SELECT max(block_number) FROM cursors");
        var onChain = await chain.Web3For(0).Eth.Filters.GetLogs.SendRequestAsync(new NewFilterInput
        {
            Address = [.. suite.Manifest.Contracts.Values.Select(c => c.Address)],
            FromBlock = new BlockParameter(0),
            ToBlock = new BlockParameter(cursor),
        });
        Assert.Equal(onChain.Length, await TestDatabase.ScalarAsync(db, "SELECT count(*) FROM indexed_logs"));
    }

    [Fact]
    public async Task A_frozen_database_gets_503_within_the_request_deadline_and_health_within_its_bound_then_all_comes_back()
    {
        var suite = await chain.DeploySuiteAsync();
        suite.Manifest.Save(_manifest);
        var db = await database.CreateDatabaseAsync();
        var (dbProxy, proxiedDb) = TcpProxy.ForDatabase(db);
        using var _ = dbProxy;
        var port = GovRewardsProcess.FreePort();
        using var serve = Serve(proxiedDb, chain.Node.RpcUrl, port);
        using var client = Client(port, TimeSpan.FromSeconds(60));
        await serve.UntilAsync(async () => await StatusAsync(client) == "Healthy");

        dbProxy.Freeze();
        var clock = Stopwatch.StartNew();
        var answer = await client.GetAsync("governance/proposals");
        var took = clock.Elapsed;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.NotNull(answer.Headers.RetryAfter);
        // The API's reads give up after 4 s, and Npgsql spends up to 3 s more on a cancel request before dropping the connection.
        Assert.True(took < TimeSpan.FromSeconds(15), $"answered after {took}: {serve.Error[^Math.Min(serve.Error.Length, 6000)..]}");

        // The gateway streams without the request deadline; its block reads still give up with the API's data source.
        clock.Restart();
        var block = await client.GetAsync($"ipfs/{Cid.Of(Cid.RawCodec, [1, 2, 3])}?format=raw");
        took = clock.Elapsed;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, block.StatusCode);
        Assert.True(took < TimeSpan.FromSeconds(15), $"the gateway answered after {took}");

        clock.Restart();
        var health = await client.GetAsync("health");
        took = clock.Elapsed;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.True(took < TimeSpan.FromSeconds(5), $"health answered after {took}");
        var report = JsonNode.Parse(await health.Content.ReadAsStringAsync())!;
        Assert.Equal("Unhealthy", report["checks"]!["database"]!["status"]!.GetValue<string>());

        await Task.Delay(TimeSpan.FromSeconds(5));
        dbProxy.Thaw();
        var afterwards = await DelegateAsync(suite, 1);
        await serve.UntilAsync(async () => (await client.GetAsync("governance/proposals")).StatusCode == HttpStatusCode.OK);
        await serve.UntilAsync(async () => await TestDatabase.ScalarAsync(db, "SELECT coalesce(max(block_number), 0) FROM cursors") >= afterwards);
        await serve.UntilAsync(async () => await StatusAsync(client) == "Healthy");
    }

    [Fact]
    public async Task Serve_stops_with_a_non_zero_exit_and_keeps_what_it_indexed_when_its_RPC_starts_serving_another_chain()
    {
        var suite = await chain.DeploySuiteAsync();
        suite.Manifest.Save(_manifest);
        var db = await database.CreateDatabaseAsync();
        using var rpcProxy = new TcpProxy(chain.Node.RpcUrl);
        rpcProxy.Start();
        var port = GovRewardsProcess.FreePort();
        using var serve = Serve(db, rpcProxy.Url, port);
        await serve.UntilAsync(async () => await TestDatabase.ScalarAsync(db, "SELECT count(*) FROM cursors") > 0);
        var indexed = await TestDatabase.ScalarAsync(db, "SELECT count(*) FROM indexed_logs");
        Assert.True(indexed > 0);

        await using var other = await AnvilNode.StartAsync(chain.Layout, new AnvilOptions { ChainId = 11155111 }, NullLogger.Instance, CancellationToken.None);
        rpcProxy.Retarget(other.RpcUrl);
        var exit = await serve.ExitCodeWithinAsync(TimeSpan.FromSeconds(60));

        Assert.True(exit is not null and not 0, $"exit {exit?.ToString() ?? "none within 60 s"}: {serve.Error}");
        Assert.Contains("serves chain 11155111", serve.Error, StringComparison.Ordinal);
        Assert.Equal(indexed, await TestDatabase.ScalarAsync(db, "SELECT count(*) FROM indexed_logs"));
    }

    private RunningCli Serve(string db, Uri rpc, int port) => GovRewardsProcess.Start(
        new Dictionary<string, string?> { ["GOVREWARDS_KEY"] = chain.Node.DevelopmentKeys[0] },
        "serve", "--manifest", _manifest, "--rpc", rpc.ToString(), "--db", db, "--urls", $"http://127.0.0.1:{port}");

    /// <summary>Account <paramref name="account"/> delegates to itself; the block of that event.</summary>
    private async Task<long> DelegateAsync(Suite suite, int account)
    {
        var receipt = await suite.Token(account).DelegateRequestAndWaitForReceiptAsync(chain.Address(account));
        return (long)receipt.BlockNumber.Value;
    }

    private static HttpClient Client(int port, TimeSpan? timeout = null) =>
        new() { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = timeout ?? TimeSpan.FromSeconds(20) };

    private static async Task<string?> StatusAsync(HttpClient client)
    {
        using var answer = await client.GetAsync("health");
        return JsonNode.Parse(await answer.Content.ReadAsStringAsync())?["status"]?.GetValue<string>();
    }

    public void Dispose() => File.Delete(_manifest);
}
