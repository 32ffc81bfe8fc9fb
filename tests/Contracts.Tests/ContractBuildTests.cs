using System.Text.Json;
using GovernanceRewards.Embedded;

namespace GovernanceRewards.Contracts.Tests;

public sealed class ContractBuildTests
{
    private static readonly RepositoryLayout Layout = RepositoryLayout.Discover();

    [Fact]
    public async Task Committed_bindings_and_artifacts_are_what_the_current_sources_generate()
    {
        var into = Directory.CreateTempSubdirectory("govrewards-drift-").FullName;
        try
        {
            await RunAsync("node", "contracts/build.js", "--into", into);

            foreach (var folder in new[] { "src/Chain/Bindings", "contracts/out" })
            {
                var fresh = Files(Path.Combine(into, folder));
                var committed = Files(Path.Combine(Layout.Root, folder));
                Assert.Equal(fresh.Keys.Order(), committed.Keys.Order());
                foreach (var (file, content) in fresh)
                {
                    Assert.True(content == committed[file], $"{folder}/{file} differs from what contracts/build generates: run ./contracts/build and commit");
                }
            }
        }
        finally
        {
            Directory.Delete(into, recursive: true);
        }
    }

    [Fact]
    public async Task Solhint_finds_no_problem_in_the_contracts()
    {
        var output = await RunAsync(Path.Combine(Layout.NodeModules, ".bin", "solhint"), "--max-warnings", "0", "contracts/**/*.sol");
        Assert.DoesNotContain("error", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_contract_fits_the_EIP_170_code_size_limit()
    {
        foreach (var name in Chain.ContractArtifacts.Names)
        {
            using var artifact = JsonDocument.Parse(File.ReadAllText(Path.Combine(Layout.Root, "contracts", "out", name + ".json")));
            var runtimeBytes = (artifact.RootElement.GetProperty("deployedBytecode").GetString()!.Length - 2) / 2;
            Assert.InRange(runtimeBytes, 1, 24_576);
        }
    }

    private static Dictionary<string, string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText);

    private static Task<string> RunAsync(string fileName, params string[] arguments) =>
        ProcessRunner.RunAsync(fileName, arguments, Layout.Root, standardInput: null, CancellationToken.None);
}
