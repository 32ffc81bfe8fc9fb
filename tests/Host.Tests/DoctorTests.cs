using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Governance;
using GovernanceRewards.Host.Access;
using GovernanceRewards.Indexer.Storage;
using GovernanceRewards.Rewards;
using GovernanceRewards.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovernanceRewards.Host.Tests;

public sealed class DoctorTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    private const int Operator = 9;

    [Fact]
    public async Task A_ready_setup_passes_with_warnings_for_what_serve_does_itself_and_a_migrated_one_passes_clean()
    {
        var suite = await chain.DeploySuiteAsync(new DeployParameters { Settler = chain.Address(Operator) });
        var manifest = Save(suite);
        var db = await database.CreateDatabaseAsync();

        var fresh = await DoctorAsync(manifest, chain.Node.RpcUrl.ToString(), db, Operator);
        Assert.True(fresh.ExitCode == 0, fresh.Output + fresh.Error);
        Assert.Contains("ok    contracts   every recorded contract has its recorded code", fresh.Output);
        Assert.Contains($"ok    operator    {chain.Address(Operator)}", fresh.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("warn  migrations", fresh.Output);
        Assert.Contains("ready to serve", fresh.Output);

        IndexerDatabase.Migrate(db, NullLogger.Instance);
        GovernanceDatabase.Migrate(db, NullLogger.Instance);
        RewardsDatabase.Migrate(db, NullLogger.Instance);
        ApiKeyStore.Migrate(db, NullLogger.Instance);
        var migrated = await DoctorAsync(manifest, chain.Node.RpcUrl.ToString(), db, Operator);
        Assert.Equal(0, migrated.ExitCode);
        Assert.Contains("ok    migrations  the schema is up to date", migrated.Output);
        Assert.Contains("warn  indexer     has not indexed this chain yet", migrated.Output);
        File.Delete(manifest);
    }

    [Fact]
    public async Task Each_problem_is_named_with_its_fix_and_the_exit_code_says_not_ready()
    {
        var suite = await chain.DeploySuiteAsync(new DeployParameters { Settler = chain.Address(Operator) });
        var manifest = Save(suite);
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var down = await DoctorAsync(manifest, $"http://127.0.0.1:{closedPort}", $"Host=127.0.0.1;Port={closedPort};Username=x;Database=y;Timeout=3", Operator);
        Assert.Equal(1, down.ExitCode);
        Assert.Contains($"FAIL  rpc         cannot reach the RPC at http://127.0.0.1:{closedPort}/", down.Output);
        Assert.Contains("fix: start the node (`govrewards chain` for a local one) or pass the right --rpc", down.Output);
        Assert.Contains("FAIL  database", down.Output);
        Assert.Contains("fix: check the connection string and that PostgreSQL is running", down.Output);
        Assert.Contains("2 problem(s) to fix", down.Output);

        var notSettler = await DoctorAsync(manifest, chain.Node.RpcUrl.ToString(), await database.CreateDatabaseAsync(), account: 5);
        Assert.Equal(1, notSettler.ExitCode);
        Assert.Contains($"FAIL  operator    {chain.Address(5)} lacks the distributor's SETTLER_ROLE", notSettler.Output, StringComparison.OrdinalIgnoreCase);

        var noManifest = await DoctorAsync(manifest + ".missing", chain.Node.RpcUrl.ToString(), await database.CreateDatabaseAsync(), Operator);
        Assert.Contains("FAIL  manifest    no manifest at", noManifest.Output);
        Assert.DoesNotContain(chain.Node.DevelopmentKeys[Operator][2..], noManifest.Output + noManifest.Error + notSettler.Output + notSettler.Error, StringComparison.OrdinalIgnoreCase);
        File.Delete(manifest);
    }

    [Fact]
    public async Task Without_an_operator_key_doctor_says_serve_will_not_start_and_serve_indeed_refuses()
    {
        var suite = await chain.DeploySuiteAsync(new DeployParameters { Settler = chain.Address(Operator) });
        var manifest = Save(suite);
        var db = await database.CreateDatabaseAsync();
        // A home without the development accounts of `govrewards chain`, which both would sign with on a loopback RPC.
        var home = Directory.CreateTempSubdirectory("govrewards-home-");
        var environment = new Dictionary<string, string?> { ["GOVREWARDS_HOME"] = home.FullName };
        var rpc = chain.Node.RpcUrl.ToString();

        var doctor = await GovRewardsProcess.RunAsync(environment, "doctor", "--manifest", manifest, "--rpc", rpc, "--db", db);
        var serve = await GovRewardsProcess.RunAsync(environment,
            "serve", "--manifest", manifest, "--rpc", rpc, "--db", db, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, doctor.ExitCode);
        Assert.Contains("FAIL  operator    no operator key: serve refuses to start without one", doctor.Output, StringComparison.Ordinal);
        Assert.Contains("problem(s) to fix before `govrewards serve`", doctor.Output, StringComparison.Ordinal);
        Assert.Equal(1, serve.ExitCode);
        Assert.StartsWith("error: no signing key", serve.Error.Trim(), StringComparison.Ordinal);
        home.Delete(recursive: true);
        File.Delete(manifest);
    }

    private static string Save(Suite suite)
    {
        var path = Path.Combine(Path.GetTempPath(), $"govrewards-doctor-{Guid.NewGuid():N}.json");
        suite.Manifest.Save(path);
        return path;
    }

    private Task<CliRun> DoctorAsync(string manifest, string rpc, string db, int account) =>
        GovRewardsProcess.RunAsync(new Dictionary<string, string?> { ["GOVREWARDS_KEY"] = chain.Node.DevelopmentKeys[account] },
            "doctor", "--manifest", manifest, "--rpc", rpc, "--db", db);
}
