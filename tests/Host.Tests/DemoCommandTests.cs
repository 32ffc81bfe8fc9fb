using System.Text.Json;

namespace GovernanceRewards.Host.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task The_demo_deploys_the_suite_on_its_own_chain_and_prints_the_manifest()
    {
        var run = await GovRewardsProcess.RunAsync(new Dictionary<string, string?>(), "demo");

        Assert.True(run.ExitCode == 0, run.Error);
        var json = run.Output[..(run.Output.IndexOf("\n}\n", StringComparison.Ordinal) + 2)];
        using var manifest = JsonDocument.Parse(json);
        Assert.True(manifest.RootElement.GetProperty("complete").GetBoolean());
        Assert.Equal(31337UL, manifest.RootElement.GetProperty("chainId").GetUInt64());
        var contracts = manifest.RootElement.GetProperty("contracts").EnumerateObject().Select(c => c.Name).Order();
        Assert.Equal(["ContributionRegistry", "DaoGovernor", "GovToken", "RewardDistributor", "StakingPool", "Treasury"], contracts);
        Assert.Contains("anvil serving http://127.0.0.1:", run.Error, StringComparison.Ordinal);
    }
}
