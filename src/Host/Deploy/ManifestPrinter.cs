using GovernanceRewards.Chain.Deployment;

namespace GovernanceRewards.Host.Deploy;

internal static class ManifestPrinter
{
    public static void PrintSummary(DeploymentOutcome outcome, string manifestPath)
    {
        var manifest = outcome.Manifest;
        Console.WriteLine($"chain {manifest.ChainId}, deployer {manifest.Deployer}, {outcome.TransactionsSent} transactions sent");
        foreach (var name in GovernanceRewards.Chain.ContractArtifacts.Names)
        {
            var contract = manifest[name];
            Console.WriteLine($"  {name,-21} {contract.Address}  block {contract.BlockNumber,6}  gas {contract.GasUsed,9}");
        }
        Console.WriteLine($"manifest: {Path.GetFullPath(manifestPath)}");
    }
}
