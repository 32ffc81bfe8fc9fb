using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using GovernanceRewards.Testing;

namespace GovernanceRewards.Host.Tests;

public sealed class ServeConfigurationTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("govrewards-config-").FullName;

    [Fact]
    public async Task A_bad_configuration_is_refused_at_start_naming_every_problem_and_environment_and_flags_override_the_file()
    {
        var config = Write("bad.json", new { Serve = new { Manifest = "/nope/31337.json", Rpc = "ftp://node", PayoutBatchSize = 0, ReconcileSeconds = 90, ProofTrees = -1, Database = "Host=x" } });

        var refused = await GovRewardsProcess.RunAsync(new Dictionary<string, string?>(), "serve", "--config", config);
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal(
            """
            error: invalid configuration:
              Serve:Manifest: no deployment manifest at /nope/31337.json
              Serve:Rpc: 'ftp://node' is not an http(s) URL
              Serve:PayoutBatchSize: 0 is not from 1 to 1000 leaves
              Serve:ReconcileSeconds: 90 is not from 1 to 59 seconds
              Serve:ProofTrees: -1 is not from 0 to 16 trees
            """, refused.Error.Trim().ReplaceLineEndings("\n"));

        var overridden = await GovRewardsProcess.RunAsync(new Dictionary<string, string?> { ["GOVREWARDS_Serve__ReconcileSeconds"] = "10", ["GOVREWARDS_Serve__ProofTrees"] = "0" },
            "serve", "--config", config, "--payout-batch-size", "50", "--rpc", "http://127.0.0.1:8545");
        Assert.Equal(1, overridden.ExitCode);
        Assert.Equal("error: invalid configuration:\n  Serve:Manifest: no deployment manifest at /nope/31337.json", overridden.Error.Trim().ReplaceLineEndings("\n"));

        var notANumber = await GovRewardsProcess.RunAsync(new Dictionary<string, string?>(), "serve", "--config", config, "--confirmations", "many");
        Assert.Equal(1, notANumber.ExitCode);
        Assert.Contains("Serve:Confirmations", notANumber.Error, StringComparison.Ordinal);

        var missing = await GovRewardsProcess.RunAsync(new Dictionary<string, string?>(), "serve", "--config", Path.Combine(_folder, "none.json"));
        Assert.Equal($"error: no configuration file at {Path.Combine(_folder, "none.json")}", missing.Error.Trim());
    }

    [Fact]
    public async Task A_configuration_file_alone_is_enough_to_serve()
    {
        var suite = await chain.DeploySuiteAsync();
        var manifest = Path.Combine(_folder, "31337.json");
        suite.Manifest.Save(manifest);
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var config = Write("appsettings.json", new
        {
            Serve = new { Manifest = manifest, Rpc = chain.Node.RpcUrl.ToString(), Database = await database.CreateDatabaseAsync(), Urls = $"http://127.0.0.1:{port}" },
        });

        using var serve = GovRewardsProcess.Start(new Dictionary<string, string?> { ["GOVREWARDS_KEY"] = chain.Node.DevelopmentKeys[9] }, "serve", "--config", config);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                if ((await http.GetAsync("health")).StatusCode == HttpStatusCode.OK) break;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            Assert.True(DateTime.UtcNow < deadline, "serve never became healthy at the configured URL:\n" + serve.Error);
            await Task.Delay(300);
        }
    }

    private string Write(string name, object content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, JsonSerializer.Serialize(content));
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
