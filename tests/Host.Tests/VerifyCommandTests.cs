using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceRewards.Embedded;
using GovernanceRewards.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Host.Tests;

/// <summary>
/// No explorer can see anvil, so <c>govrewards verify</c> talks to a loopback server that checks every documented field
/// against a suite really deployed here and answers as Etherscan's and Sourcify's APIs do. That the submitted inputs
/// rebuild the code on chain is proved with Sourcify's own library in Contracts.Tests.
/// </summary>
public sealed class VerifyCommandTests(ChainFixture chain) : IClassFixture<ChainFixture>, IDisposable
{
    private const string ApiKey = "loopback-explorer-key-7f3a";

    private readonly string _deployments = Directory.CreateTempSubdirectory("govrewards-verify-").FullName;

    [Fact]
    public async Task Every_contract_goes_to_both_services_with_its_real_constructor_arguments_and_failures_are_reported()
    {
        var (manifestPath, expected) = await DeployAsync();
        await using var services = await LoopbackServices.StartAsync(expected);
        services.Explorer["GovToken"] = Script.PendingThenPass;
        services.Explorer["Treasury"] = Script.AlreadyVerified;
        services.Explorer["DaoGovernor"] = Script.Fail;
        services.Sourcify["StakingPool"] = Script.AlreadyVerified;
        services.RateLimitFirstSubmission = true;

        var first = await VerifyAsync(manifestPath, services, withSourcify: true);

        Assert.Empty(services.Problems);
        Assert.Equal(1, first.ExitCode);
        var lines = first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(12, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("FAILED    explorer  DaoGovernor", StringComparison.Ordinal) && l.EndsWith("Fail - Unable to verify", StringComparison.Ordinal));
        Assert.Equal(11, lines.Count(l => l.StartsWith("verified", StringComparison.Ordinal)));
        Assert.Contains("rate limiting", first.Error, StringComparison.Ordinal);
        Assert.Equal(2, services.ExplorerChecks["GovToken"]);
        Assert.All(expected.Keys, name => Assert.Equal(1, services.ExplorerSubmissions.GetValueOrDefault(name)));
        Assert.All(expected.Keys, name => Assert.Equal(1, services.SourcifySubmissions.GetValueOrDefault(name)));

        services.Explorer["DaoGovernor"] = Script.PendingThenPass;
        var second = await VerifyAsync(manifestPath, services, withSourcify: true);

        Assert.True(second.ExitCode == 0, second.Output + second.Error);
        Assert.Equal(2, services.ExplorerSubmissions["DaoGovernor"]);
        Assert.All(expected.Keys.Where(n => n != "DaoGovernor"), name => Assert.Equal(1, services.ExplorerSubmissions[name]));
        Assert.All(expected.Keys, name => Assert.Equal(1, services.SourcifySubmissions[name]));
        Assert.Empty(services.Problems);
        Assert.DoesNotContain(ApiKey, first.Output + first.Error + second.Output + second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_killed_while_a_ticket_is_pending_resumes_by_asking_about_that_ticket_and_submits_nothing_again()
    {
        var (manifestPath, expected) = await DeployAsync();
        await using var services = await LoopbackServices.StartAsync(expected);
        services.Explorer["RewardDistributor"] = Script.PendingForever;

        using (var interrupted = GovRewardsProcess.Start(Environment(), Arguments(manifestPath, services, withSourcify: false)))
        {
            await interrupted.UntilAsync(() => Task.FromResult(services.ExplorerChecks.GetValueOrDefault("RewardDistributor") >= 2));
            interrupted.Kill();
        }
        var checksBefore = services.ExplorerChecks["RewardDistributor"];
        services.Explorer["RewardDistributor"] = Script.PendingThenPass;

        var resumed = await VerifyAsync(manifestPath, services, withSourcify: false);

        Assert.True(resumed.ExitCode == 0, resumed.Output + resumed.Error);
        Assert.All(expected.Keys, name => Assert.Equal(1, services.ExplorerSubmissions[name]));
        Assert.True(services.ExplorerChecks["RewardDistributor"] > checksBefore);
        Assert.Contains("from an earlier run", resumed.Error, StringComparison.Ordinal);
        Assert.Equal(5, resumed.Output.Split('\n').Count(l => l.EndsWith("(recorded earlier)", StringComparison.Ordinal)));
        Assert.Empty(services.Problems);
    }

    [Fact]
    public async Task A_verdict_that_never_comes_is_reported_as_pending_after_the_patience_and_asked_about_again_next_run()
    {
        var (manifestPath, expected) = await DeployAsync();
        await using var services = await LoopbackServices.StartAsync(expected);
        services.Explorer["Treasury"] = Script.PendingForever;

        var impatient = await GovRewardsProcess.RunAsync(Environment(), [.. Arguments(manifestPath, services, withSourcify: false), "--patience-seconds", "1"]);
        services.Explorer["Treasury"] = Script.PendingThenPass;
        var later = await VerifyAsync(manifestPath, services, withSourcify: false);

        Assert.Equal(1, impatient.ExitCode);
        Assert.Contains(impatient.Output.Split('\n'), l => l.StartsWith("FAILED    explorer  Treasury", StringComparison.Ordinal)
            && l.Contains("still pending after 1 s; ticket", StringComparison.Ordinal));
        Assert.True(later.ExitCode == 0, later.Output + later.Error);
        Assert.All(expected.Keys, name => Assert.Equal(1, services.ExplorerSubmissions[name]));
        Assert.Empty(services.Problems);
    }

    [Fact]
    public async Task An_explorer_that_cannot_be_reached_is_one_clear_error_without_the_key()
    {
        var (manifestPath, _) = await DeployAsync();

        var run = await GovRewardsProcess.RunAsync(Environment(), "verify", "--manifest", manifestPath, "--rpc", chain.Node.RpcUrl.ToString(),
            "--explorer-api", $"http://127.0.0.1:{GovRewardsProcess.FreePort()}/api", "--poll-interval-ms", "10");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: the explorer API at http://127.0.0.1:", run.Error.Trim(), StringComparison.Ordinal);
        Assert.Contains("cannot be reached", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, run.Output + run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_deployments, recursive: true);

    /// <summary>
    /// A fresh suite, its manifest where the CLI finds it, and each contract's constructor arguments as the test reads
    /// them: the creation transaction's input after the committed artifact's bytecode.
    /// </summary>
    private async Task<(string ManifestPath, Dictionary<string, Deployed> Expected)> DeployAsync()
    {
        var suite = await chain.DeploySuiteAsync();
        var manifestPath = Path.Combine(_deployments, $"{Guid.NewGuid():N}", "31337.json");
        suite.Manifest.Save(manifestPath);
        var layout = RepositoryLayout.Discover();
        var expected = new Dictionary<string, Deployed>();
        foreach (var (name, deployed) in suite.Manifest.Contracts)
        {
            var input = (await chain.Web3For(0).Eth.Transactions.GetTransactionByHash.SendRequestAsync(deployed.TransactionHash)).Input;
            using var artifact = JsonDocument.Parse(File.ReadAllText(Path.Combine(layout.Root, "contracts", "out", name + ".json")));
            var bytecode = artifact.RootElement.GetProperty("bytecode").GetString()!;
            Assert.StartsWith(bytecode, input, StringComparison.OrdinalIgnoreCase);
            expected[name] = new Deployed(deployed.Address, deployed.TransactionHash, input[bytecode.Length..]);
        }
        // The pool's first two arguments are the token and the treasury: the split above is where the ABI says it is.
        Assert.StartsWith(Word(suite.TokenAddress) + Word(suite.TreasuryAddress), expected["StakingPool"].ConstructorArguments, StringComparison.OrdinalIgnoreCase);
        return (manifestPath, expected);
    }

    private static string Word(string address) => address[2..].PadLeft(64, '0');

    private static Dictionary<string, string?> Environment() => new() { ["ETHERSCAN_API_KEY"] = ApiKey };

    private string[] Arguments(string manifestPath, LoopbackServices services, bool withSourcify) =>
    [
        "verify", "--manifest", manifestPath, "--rpc", chain.Node.RpcUrl.ToString(), "--explorer-api", services.ExplorerUrl,
        "--poll-interval-ms", "20", .. withSourcify ? new[] { "--sourcify", services.SourcifyUrl } : [],
    ];

    private Task<CliRun> VerifyAsync(string manifestPath, LoopbackServices services, bool withSourcify) =>
        GovRewardsProcess.RunAsync(Environment(), Arguments(manifestPath, services, withSourcify));

    internal sealed record Deployed(string Address, string TransactionHash, string ConstructorArguments);

    internal enum Script { PendingThenPass, AlreadyVerified, Fail, PendingForever }

    /// <summary>
    /// Etherscan's v2 API at <c>/api</c> and Sourcify's API v2 at <c>/sourcify</c>, answering as they document, each
    /// contract as its <see cref="Script"/> says. Whatever a request gets wrong is collected in <see cref="Problems"/>.
    /// </summary>
    private sealed class LoopbackServices : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly Dictionary<string, Deployed> _expected;
        private readonly ConcurrentDictionary<string, string> _tickets = new();

        private LoopbackServices(WebApplication app, Dictionary<string, Deployed> expected) => (_app, _expected) = (app, expected);

        public ConcurrentDictionary<string, Script> Explorer { get; } = new();
        public ConcurrentDictionary<string, Script> Sourcify { get; } = new();
        public ConcurrentDictionary<string, int> ExplorerSubmissions { get; } = new();
        public ConcurrentDictionary<string, int> ExplorerChecks { get; } = new();
        public ConcurrentDictionary<string, int> SourcifySubmissions { get; } = new();
        public ConcurrentQueue<string> Problems { get; } = new();
        public bool RateLimitFirstSubmission { get; set; }

        public string ExplorerUrl => _app.Urls.First() + "/api";
        public string SourcifyUrl => _app.Urls.First() + "/sourcify";

        public static async Task<LoopbackServices> StartAsync(Dictionary<string, Deployed> expected)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            // A standard-JSON input with every OpenZeppelin source it imports is larger than a default form field.
            builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.ValueLengthLimit = 16 << 20);
            var app = builder.Build();
            var services = new LoopbackServices(app, expected);
            app.MapPost("/api", services.SubmitToExplorer);
            app.MapGet("/api", services.CheckWithExplorer);
            app.MapPost("/sourcify/v2/verify/{chainId}/{address}", services.SubmitToSourcify);
            app.MapGet("/sourcify/v2/verify/{id}", services.CheckWithSourcify);
            await app.StartAsync();
            return services;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();

        private async Task<IResult> SubmitToExplorer(HttpRequest request)
        {
            var form = await request.ReadFormAsync();
            if (RateLimitFirstSubmission)
            {
                RateLimitFirstSubmission = false;
                return Answer("0", "NOTOK", "Max rate limit reached");
            }
            Expect(request.Query["chainid"] == "31337" && form["chainid"] == "31337", "chainid in the query and the form");
            Expect(form["apikey"] == ApiKey, "apikey");
            Expect(form["module"] == "contract" && form["action"] == "verifysourcecode", "module and action");
            Expect(form["codeformat"] == "solidity-standard-json-input", "codeformat");
            Expect(form["compilerversion"] == "v0.8.28+commit.7893614a", "compilerversion");
            var name = Named(form["contractaddress"].ToString());
            if (name is null) return Answer("0", "NOTOK", "Unable to locate ContractCode");
            ExplorerSubmissions.AddOrUpdate(name, 1, (_, n) => n + 1);
            Expect(form["contractname"] == $"contracts/{name}.sol:{name}", $"contractname of {name}");
            Expect(form["constructorArguements"] == _expected[name].ConstructorArguments, $"constructorArguements of {name}");
            Expect(form["constructorArguments"] == _expected[name].ConstructorArguments, $"constructorArguments of {name}");
            ExpectInput(JsonNode.Parse(form["sourceCode"].ToString()), name);
            var script = Explorer.GetValueOrDefault(name);
            if (script == Script.AlreadyVerified) return Answer("0", "NOTOK", "Contract source code already verified");
            var guid = Guid.NewGuid().ToString("N");
            _tickets[guid] = name;
            return Answer("1", "OK", guid);
        }

        private IResult CheckWithExplorer(HttpRequest request)
        {
            Expect(request.Query["module"] == "contract" && request.Query["action"] == "checkverifystatus", "status query");
            Expect(request.Query["apikey"] == ApiKey, "apikey of the status query");
            if (!_tickets.TryGetValue(request.Query["guid"].ToString(), out var name)) return Answer("0", "NOTOK", "Unknown UID");
            var checks = ExplorerChecks.AddOrUpdate(name, 1, (_, n) => n + 1);
            return Explorer.GetValueOrDefault(name) switch
            {
                Script.Fail => Answer("0", "NOTOK", "Fail - Unable to verify"),
                Script.PendingForever => Answer("0", "NOTOK", "Pending in queue"),
                Script.PendingThenPass when checks % 2 == 1 => Answer("0", "NOTOK", "Pending in queue"),
                _ => Answer("1", "OK", "Pass - Verified"),
            };
        }

        private async Task<IResult> SubmitToSourcify(string chainId, string address, HttpRequest request)
        {
            var body = await JsonNode.ParseAsync(request.Body);
            Expect(chainId == "31337", "Sourcify's chain id");
            var name = Named(address);
            if (name is null || body is null) return Results.NotFound();
            SourcifySubmissions.AddOrUpdate(name, 1, (_, n) => n + 1);
            Expect(body["compilerVersion"]?.GetValue<string>() == "0.8.28+commit.7893614a", "compilerVersion");
            Expect(body["contractIdentifier"]?.GetValue<string>() == $"contracts/{name}.sol:{name}", $"contractIdentifier of {name}");
            Expect(string.Equals(body["creationTransactionHash"]?.GetValue<string>(), _expected[name].TransactionHash, StringComparison.OrdinalIgnoreCase),
                $"creationTransactionHash of {name}");
            ExpectInput(body["stdJsonInput"], name);
            if (Sourcify.GetValueOrDefault(name) == Script.AlreadyVerified)
            {
                return Results.Json(new { customCode = "already_verified", message = "Contract already verified", errorId = Guid.NewGuid() }, statusCode: 409);
            }
            var id = Guid.NewGuid().ToString();
            _tickets[id] = name;
            return Results.Json(new { verificationId = id }, statusCode: 202);
        }

        private IResult CheckWithSourcify(string id)
        {
            if (!_tickets.TryGetValue(id, out var name)) return Results.NotFound();
            // Completed on the second question, as a queued compilation would be.
            var completed = !_tickets.TryAdd(id + "/asked", name);
            return Results.Json(completed
                ? new { isJobCompleted = true, verificationId = id, contract = (object)new { match = "exact_match", runtimeMatch = "exact_match", creationMatch = "exact_match" } }
                : new { isJobCompleted = false, verificationId = id, contract = (object)new { match = (string?)null } });
        }

        /// <summary>The input must be standard JSON that holds the contract's own source and targets nothing else.</summary>
        private void ExpectInput(JsonNode? input, string name)
        {
            Expect(input?["language"]?.GetValue<string>() == "Solidity", $"language of {name}'s input");
            Expect(input?["sources"]?[$"contracts/{name}.sol"]?["content"] is not null, $"{name}'s source in its input");
            var otherContracts = input?["sources"]?.AsObject().Select(s => s.Key)
                .Count(k => k.StartsWith("contracts/", StringComparison.Ordinal) && !k.StartsWith("contracts/interfaces/", StringComparison.Ordinal));
            Expect(otherContracts == 1, $"{name}'s input holds no other deployable contract");
            Expect(input?["settings"]?["optimizer"]?["runs"]?.GetValue<int>() == 10000, $"{name}'s optimizer settings");
        }

        private string? Named(string address) =>
            _expected.FirstOrDefault(e => string.Equals(e.Value.Address, address, StringComparison.OrdinalIgnoreCase)).Key;

        private void Expect(bool condition, string what)
        {
            if (!condition) Problems.Enqueue(what);
        }

        private static IResult Answer(string status, string message, string result) => Results.Json(new { status, message, result });
    }
}
