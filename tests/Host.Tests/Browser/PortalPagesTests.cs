using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Rewards.Merkle;
using GovernanceRewards.Testing;
using Microsoft.Playwright;
using Nethereum.Hex.HexTypes;
using Nethereum.Signer;
using GovToken = GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;

namespace GovernanceRewards.Host.Tests.Browser;

/// <summary>The portal's pages in a real browser, as people with and without a wallet see them.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PortalPagesTests(ChainFixture chain, DatabaseFixture database, ChromiumFixture chromium)
    : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    private const string Description = """
        # Fund the archive

        Pays for **storage** of the training data, as [the plan](https://example.org/plan) says.
        """;

    [Fact]
    public async Task Every_page_in_light_and_dark_passes_axe_loads_cleanly_and_is_kept_as_a_screenshot()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite, listen: true);
        var contributor = chain.Address(4);
        await suite.Token().TransferRequestAndWaitForReceiptAsync(contributor, DeployParameters.ToUnits(1_500));
        await suite.Token(4).DelegateRequestAndWaitForReceiptAsync(contributor);
        await suite.Token().DelegateRequestAndWaitForReceiptAsync(chain.Address(0));
        var grant = new GovToken.TransferFunction { To = contributor, Value = DeployParameters.ToUnits(12) };
        var id = await GovernanceCycle.ProposeAsync(
            chain, suite, 0, [ProposalAction.Of(suite.TokenAddress, grant)], Description);
        await suite.Governor().CastVoteRequestAndWaitForReceiptAsync(id, GovernanceCycle.For);
        await suite.Governor(4).CastVoteRequestAndWaitForReceiptAsync(id, GovernanceCycle.Against);
        List<RewardLeaf> earners = [new(contributor.ToLowerInvariant(), DeployParameters.ToUnits(40)),
            new(EthECKey.GenerateKey().GetPublicAddress().ToLowerInvariant(), DeployParameters.ToUnits(60))];
        await RewardApiTests.SeedEpochAsync(server.ConnectionString, StandardMerkleTree.Of(earners), earners);

        await using var browser =
            await PortalBrowser.OpenAsync(chromium, server.BaseAddress, WalletOptions.For(chain, 4));
        // The read model has the proposal and both votes once the indexer caught up.
        await browser.ReloadUntilAsync($"/proposals/{id}", "Against");
        (string Name, string Path, int Status)[] pages =
        [
            ("overview", "/", 200),
            ("proposals", "/proposals", 200),
            ("proposal", $"/proposals/{id}", 200),
            ("account", $"/accounts/{contributor.ToLowerInvariant()}", 200),
            ("contributions", $"/accounts/{contributor.ToLowerInvariant()}/contributions", 200),
            ("epochs", "/reward-epochs", 200),
            ("epoch", "/reward-epochs/3", 200),
            ("not-found", "/proposals/99", 404),
            ("lookup-not-found", "/accounts?address=nonsense", 404),
        ];
        var violations = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await browser.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
            foreach (var (name, path, status) in pages)
            {
                Assert.Equal(status, (await browser.GotoAsync(path)).Status);
                await browser.ScreenshotAsync($"{name}-{scheme.ToString().ToLowerInvariant()}");
                // Only colours differ between the schemes.
                var rules = scheme == ColorScheme.Dark ? ["color-contrast"] : Array.Empty<string>();
                var found = await browser.SeriousAccessibilityViolationsAsync(rules);
                violations.AddRange(found.Select(v => $"{path} ({scheme}): {v}"));
            }
        }

        Assert.True(violations.Count == 0, $"serious or critical violations:\n{string.Join("\n", violations)}");
        // Whatever the pages load loads under their content policy, and nothing throws.
        var problems = browser.Problems.ToList();
        Assert.True(problems.Count == 0, $"the pages reported errors:\n{string.Join("\n", problems)}");
        Assert.True(File.Exists(Path.Combine(PortalBrowser.ScreenshotDirectory, "proposal-dark.png")));
        // The wallet works on the portal's own pages, whose content policy allows the page no connection of its own.
        const string Ask = "method => window.ethereum.request({ method })";
        Assert.Equal("0x7a69", await browser.Page.EvaluateAsync<string>(Ask, "eth_chainId"));
        var block = new HexBigInteger(await browser.Page.EvaluateAsync<string>(Ask, "eth_blockNumber"));
        Assert.Equal(await chain.Web3For(0).Eth.Blocks.GetBlockNumber.SendRequestAsync(), block);
    }
}
