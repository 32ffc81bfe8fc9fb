using System.Diagnostics;
using GovernanceRewards.Chain;
using GovernanceRewards.Embedded;
using GovernanceRewards.Testing;

namespace GovernanceRewards.Host.Tests;

/// <summary>
/// <c>govrewards</c> packed as a .NET tool and installed into a folder of its own, then run where no checkout is (its
/// working folder, HOME and XDG_DATA_HOME in a temporary folder, no GOVREWARDS_HOME): what an operator gets elsewhere.
/// </summary>
public sealed class ToolPackageTests(ChainFixture chain, DatabaseFixture database)
    : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>, IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("govrewards-tool-");

    [Fact]
    public async Task Installed_from_its_package_it_deploys_serves_checks_delegates_and_chain_says_it_needs_a_checkout()
    {
        var govrewards = await InstallAsync();
        ProcessStartInfo Tool(params string[] arguments) => Installed(govrewards, arguments);
        var rpc = chain.Node.RpcUrl.ToString();

        var deploy = await GovRewardsProcess.RunAsync(Tool("deploy", "--rpc", rpc));
        Assert.True(deploy.ExitCode == 0, deploy.Output + deploy.Error);
        // No checkout: the manifest goes to the user's data folder.
        var manifest = Path.Combine(Folder("data"), "govrewards", "deployments", $"{chain.Node.ChainId}.json");
        Assert.True(File.Exists(manifest), $"no manifest at {manifest}: {deploy.Output}");

        var db = await database.CreateDatabaseAsync();
        var url = $"http://127.0.0.1:{GovRewardsProcess.FreePort()}/";
        using (var serve = GovRewardsProcess.Start(
                   Tool("serve", "--manifest", manifest, "--rpc", rpc, "--db", db, "--urls", url)))
        {
            using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(5) };
            await serve.UntilAsync(async () => (await client.GetAsync("health")).IsSuccessStatusCode);
            // The API reference's page comes from inside the package too.
            Assert.Contains("openapi/v1.json", await client.GetStringAsync("scalar/v1"), StringComparison.Ordinal);

            serve.Signal("TERM");
            var exit = await serve.ExitCodeWithinAsync(TimeSpan.FromSeconds(15));
            Assert.True(exit == 0, $"exit {exit?.ToString() ?? "none within 15 s"}: {serve.Error}");
        }

        var doctor = await GovRewardsProcess.RunAsync(Tool("doctor", "--manifest", manifest, "--rpc", rpc, "--db", db));
        Assert.True(doctor.ExitCode == 0, doctor.Output + doctor.Error);
        Assert.Contains("ready to serve", doctor.Output, StringComparison.Ordinal);

        var delegated = await GovRewardsProcess.RunAsync(Tool("delegate", "--manifest", manifest, "--rpc", rpc));
        Assert.True(delegated.ExitCode == 0, delegated.Output + delegated.Error);
        Assert.StartsWith($"delegated to {chain.Address(0)} in 0x", delegated.Output,
            StringComparison.OrdinalIgnoreCase);

        var local = await GovRewardsProcess.RunAsync(Tool("chain", "--port", $"{GovRewardsProcess.FreePort()}"));
        Assert.Equal(1, local.ExitCode);
        Assert.Contains("`chain` and `demo` run the embedded binaries of a checkout", local.Error,
            StringComparison.Ordinal);
        Assert.Contains("./scripts/bootstrap", local.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Delete(recursive: true);

    /// <summary>
    /// Packs the built CLI and installs it with <c>dotnet tool install</c> from that package alone (its own NuGet
    /// configuration and package folder, so neither nuget.org nor an earlier run's cached package can stand in).
    /// </summary>
    private async Task<string> InstallAsync()
    {
        var packages = Folder("packages");
        var layout = RepositoryLayout.Discover();
        var project = Path.Combine(layout.Root, "src", "Host", "Host.csproj");
        var pack = await GovRewardsProcess.RunAsync(
            Dotnet(layout.Root, "pack", project, "-c", Configuration, "--no-build", "--nologo", "-o", packages));
        Assert.True(pack.ExitCode == 0, pack.Output + pack.Error);
        const string PackageId = "GovernanceRewards.Cli";
        var package = Path.GetFileNameWithoutExtension(Directory.GetFiles(packages, PackageId + ".*.nupkg").Single());
        var version = package[(PackageId.Length + 1)..];

        var config = Path.Combine(_temp.FullName, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <configuration>
              <packageSources><clear /><add key="local" value="{packages}" /></packageSources>
            </configuration>
            """);
        var tools = Folder("tools");
        var install = await GovRewardsProcess.RunAsync(Dotnet(_temp.FullName,
            "tool", "install", PackageId, "--version", version, "--tool-path", tools, "--configfile", config));
        Assert.True(install.ExitCode == 0, install.Output + install.Error);
        return Path.Combine(tools, "govrewards");
    }

    private ProcessStartInfo Dotnet(string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = workingDirectory };
        info.Environment["NUGET_PACKAGES"] = Folder("nuget");
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return info;
    }

    /// <summary>The installed command, run from a folder outside any checkout with a home of its own.</summary>
    private ProcessStartInfo Installed(string govrewards, string[] arguments)
    {
        var info = new ProcessStartInfo(govrewards, arguments) { WorkingDirectory = Folder("work") };
        info.Environment.Remove(RepositoryLayout.HomeVariable);
        info.Environment.Remove("GOVREWARDS_DB");
        info.Environment.Remove("GOVREWARDS_KEYSTORE_PASSWORD");
        info.Environment["HOME"] = Folder("home");
        info.Environment["XDG_DATA_HOME"] = Folder("data");
        info.Environment[SigningKey.EnvironmentVariable] = chain.Node.DevelopmentKeys[0];
        return info;
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_temp.FullName, name)).FullName;
}
