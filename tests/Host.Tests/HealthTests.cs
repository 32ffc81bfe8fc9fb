using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovernanceRewards.Testing;

namespace GovernanceRewards.Host.Tests;

public sealed class HealthTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Health_turns_unhealthy_when_anvil_stops_and_healthy_again_when_it_is_back()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        using var client = server.Client();

        var healthy = await WaitForAsync(client, "Healthy");
        Assert.Equal(["database", "indexer", "jobs", "rpc"], healthy["checks"]!.AsObject().Select(c => c.Key).Order());

        await chain.RestartAsync(async () =>
        {
            var down = await WaitForAsync(client, "Unhealthy");
            Assert.Equal("Unhealthy", down["checks"]!["rpc"]!["status"]!.GetValue<string>());
            Assert.Equal("Healthy", down["checks"]!["database"]!["status"]!.GetValue<string>());
        });
        await WaitForAsync(client, "Healthy");
    }

    [Fact]
    public async Task The_API_is_described_by_OpenAPI_and_browsable_in_Scalar_from_the_host_alone()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        using var client = server.Client();
        var paths = JsonNode.Parse(await client.GetStringAsync("openapi/v1.json"))!["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/governance/proposals", paths);
        Assert.Contains("/governance/proposals/{id}/votes/signed", paths);
        Assert.Contains("/epochs/{epoch}/proofs/{address}", paths);
        Assert.Contains("/rewards/{address}", paths);
        Assert.Contains("/epochs/{epoch}/allocations", paths);

        var page = await client.GetStringAsync("scalar/v1");
        Assert.Contains("\"url\":\"openapi/v1.json\"", page);
        var scripts = Regex.Matches(page, "<script[^>]+src=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        var served = 0;
        foreach (var script in scripts)
        {
            Assert.False(Uri.TryCreate(script, UriKind.Absolute, out _), $"{script} would need the internet");
            using var response = await client.GetAsync(new Uri(new Uri(client.BaseAddress!, "scalar/v1"), script));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            served += (await response.Content.ReadAsByteArrayAsync()).Length;
        }
        Assert.True(served > 1_000_000, $"{served} bytes of script is not Scalar's bundle");
    }

    [Fact]
    public async Task Metrics_show_the_indexer_caught_up_where_its_steps_spent_their_time_the_jobs_by_state_and_the_requests_served()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        using var client = server.Client();
        var chainLabel = $"chain_id=\"{chain.Node.ChainId}\"";

        var clock = Stopwatch.StartNew();
        string metrics;
        do
        {
            await Task.Delay(500);
            metrics = await client.GetStringAsync("metrics");
        }
        while (!(Sample(metrics, "govrewards_indexer_lag", chainLabel) == 0 && Sample(metrics, "govrewards_jobs", "state=\"recurring\"") == 3)
               && clock.Elapsed < TimeSpan.FromSeconds(60));

        await client.GetStringAsync("epochs");
        metrics = await client.GetStringAsync("metrics");
        Assert.Equal(0, Sample(metrics, "govrewards_indexer_lag", chainLabel));
        Assert.True(Sample(metrics, "govrewards_indexer_blocks_total", chainLabel) >= 1, metrics);
        Assert.True(Sample(metrics, "govrewards_indexer_events_total", chainLabel) >= 1, metrics);
        string[] stages = ["read", "check", "commit", "deliver"];
        Assert.All(stages, stage => Assert.True(Sample(metrics, "govrewards_indexer_step_duration_seconds_count", $"stage=\"{stage}\"") >= 1, metrics));
        Assert.Equal(3, Sample(metrics, "govrewards_jobs", "state=\"recurring\""));
        Assert.True(Sample(metrics, "aspnetcore_routing_match_attempts_total", "match_status=\"success\"") >= 1, metrics);
    }

    /// <summary>The value of the first sample of <paramref name="name"/> whose labels contain <paramref name="label"/>, or null.</summary>
    private static double? Sample(string metrics, string name, string label) =>
        metrics.Split('\n').Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) && l.Contains(label, StringComparison.Ordinal))
            .Select(l => double.Parse(l[(l.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture))
            .Cast<double?>().FirstOrDefault();

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
