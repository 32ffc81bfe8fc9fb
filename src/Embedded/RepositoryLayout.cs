namespace GovernanceRewards.Embedded;

/// <summary>
/// Where the checkout's tools live. The CLI and the tests run from bin/ folders inside the checkout, so the root is
/// found by walking up to the solution file; <c>GOVREWARDS_HOME</c> overrides it for installed copies.
/// </summary>
public sealed class RepositoryLayout
{
    private RepositoryLayout(string root) => Root = root;

    public string Root { get; }

    public string NodeModules => Path.Combine(Root, "node_modules");

    public string AnvilBinary => Path.Combine(NodeModules, "@foundry-rs", "anvil-linux-amd64", "bin", "anvil");

    public string PostgresNative => Path.Combine(NodeModules, "@embedded-postgres", "linux-x64", "native");

    public string DataDirectory => Path.Combine(Root, ".data");

    public string DeploymentsDirectory => Path.Combine(Root, "deployments");

    public static RepositoryLayout Discover()
    {
        var configured = Environment.GetEnvironmentVariable("GOVREWARDS_HOME");
        if (!string.IsNullOrEmpty(configured)) return new RepositoryLayout(Path.GetFullPath(configured));
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GovernanceRewards.sln"))) return new RepositoryLayout(dir.FullName);
        }
        throw new InvalidOperationException(
            "Cannot find the GovernanceRewards checkout above " + AppContext.BaseDirectory + "; set GOVREWARDS_HOME to it.");
    }

    internal static string RequireTool(string path, string what)
    {
        if (File.Exists(path)) return path;
        throw new FileNotFoundException($"{what} is not installed at {path}. Run ./scripts/bootstrap (npm ci) first.", path);
    }
}
