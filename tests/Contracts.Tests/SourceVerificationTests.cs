using System.Text.Json.Nodes;
using GovernanceRewards.Chain;
using GovernanceRewards.Embedded;
using GovernanceRewards.Testing;

namespace GovernanceRewards.Contracts.Tests;

/// <summary>
/// What contracts/out/&lt;Name&gt;.input.json promises anyone checking the network: fed to Sourcify's own verifier, it
/// rebuilds exactly the code on chain. No explorer sees anvil, so the library runs here, offline, over the pinned solc.
/// </summary>
public sealed class SourceVerificationTests(ChainFixture chain) : IClassFixture<ChainFixture>
{
    private static readonly RepositoryLayout Layout = RepositoryLayout.Discover();

    [Fact]
    public async Task Every_deployed_contract_is_a_perfect_match_of_its_committed_input()
    {
        var suite = await chain.DeploySuiteAsync();

        var results = await VerifyAsync(ContractArtifacts.Names.Select(name =>
            Request(name, suite.Manifest[name].Address, suite.Manifest[name].TransactionHash, Input(name))));

        Assert.Equal(ContractArtifacts.Names, results.Select(r => r.Name));
        Assert.All(results, r => Assert.Equal((r.Name, "perfect", "perfect", (string?)null), (r.Name, r.Runtime, r.Creation, r.Error)));
    }

    [Fact]
    public async Task Another_contracts_address_or_an_edited_source_is_no_perfect_match()
    {
        var suite = await chain.DeploySuiteAsync();
        var registry = suite.Manifest["ContributionRegistry"];
        var edited = Input("ContributionRegistry");
        var source = edited["sources"]!["contracts/ContributionRegistry.sol"]!;
        source["content"] = source["content"]!.GetValue<string>() + "\n// edited after deployment\n";

        var results = await VerifyAsync([
            Request("ContributionRegistry", suite.TreasuryAddress, suite.Manifest["Treasury"].TransactionHash, Input("ContributionRegistry")),
            Request("ContributionRegistry", registry.Address, registry.TransactionHash, edited),
        ]);

        Assert.Null(results[0].Runtime);
        Assert.Null(results[0].Creation);
        // The code is the same; only the metadata hash at its end (which covers every source byte) tells them apart.
        Assert.Equal(("partial", "partial"), (results[1].Runtime, results[1].Creation));
    }

    private sealed record Verified(string Name, string? Runtime, string? Creation, string? Error);

    private static JsonObject Input(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Layout.Root, "contracts", "out", name + ".input.json")))!.AsObject();

    private static JsonObject Request(string name, string address, string transactionHash, JsonObject input) => new()
    {
        ["name"] = name,
        ["address"] = address,
        ["creationTransactionHash"] = transactionHash,
        ["stdJsonInput"] = input,
    };

    /// <summary>One node process for all of them: loading solc and the library costs more than a small contract.</summary>
    private async Task<IReadOnlyList<Verified>> VerifyAsync(IEnumerable<JsonObject> contracts)
    {
        var request = new JsonObject
        {
            ["rpc"] = chain.Node.RpcUrl.ToString(),
            ["chainId"] = chain.Node.ChainId,
            ["contracts"] = new JsonArray([.. contracts]),
        };
        var output = await ProcessRunner.RunAsync(
            Layout.Node22,
            [Path.Combine(Layout.Root, "tests", "Contracts.Tests", "reference", "sourcify-verify.mjs")],
            Layout.Root, request.ToJsonString(), CancellationToken.None);
        return [.. JsonNode.Parse(output)!.AsArray().Select(r => new Verified(
            r!["name"]!.GetValue<string>(),
            r["runtimeMatch"]?.GetValue<string>(),
            r["creationMatch"]?.GetValue<string>(),
            r["error"]?.GetValue<string>()))];
    }
}
