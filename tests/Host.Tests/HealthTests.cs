using System.Diagnostics;
using System.Text.Json.Nodes;
using GovernanceRewards.Testing;

namespace GovernanceRewards.Host.Tests;

public sealed class HealthTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Health_turns_unhealthy_when_the_chain_is_unreachable_and_healthy_again_when_it_returns()
    {
        var suite = await chain.DeploySuiteAsync();
        using var proxy = new TcpProxy(chain.Node.RpcUrl);
        proxy.Start();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite, proxy.Url);
        using var client = server.Client();

        var healthy = await WaitForAsync(client, "Healthy");
        Assert.Equal(["database", "indexer", "jobs", "rpc"], healthy["checks"]!.AsObject().Select(c => c.Key).Order());

        proxy.Stop();
        var down = await WaitForAsync(client, "Unhealthy");
        Assert.Equal("Unhealthy", down["checks"]!["rpc"]!["status"]!.GetValue<string>());
        Assert.Equal("Healthy", down["checks"]!["database"]!["status"]!.GetValue<string>());

        proxy.Start();
        await WaitForAsync(client, "Healthy");
    }

    [Fact]
    public async Task The_API_is_described_by_OpenAPI()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        using var client = server.Client();
        var paths = JsonNode.Parse(await client.GetStringAsync("openapi/v1.json"))!["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/governance/proposals", paths);
        Assert.Contains("/governance/proposals/{id}/votes/signed", paths);
        Assert.Contains("/epochs/{epoch}/proofs/{address}", paths);
        Assert.Contains("/rewards/{address}", paths);
    }

    private static async Task<JsonNode> WaitForAsync(HttpClient client, string status)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var report = JsonNode.Parse(await (await client.GetAsync("health")).Content.ReadAsStringAsync())!;
            if (report["status"]!.GetValue<string>() == status) return report;
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"health never became {status}: {report}");
            await Task.Delay(200);
        }
    }
}
