using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using Nethereum.Web3;

namespace GovernanceRewards.Host.Verify;

/// <summary>
/// One deployed contract as an explorer is asked to verify it: where it lives, the transaction that created it, its
/// standard-JSON input and its constructor arguments (ABI-encoded hex without 0x, empty when it takes none).
/// </summary>
internal sealed record VerifiableContract(
    string Name, string Address, string CreationTransactionHash, string StandardJsonInput, string ConstructorArguments)
{
    public const string CompilerVersion = "0.8.28+commit.7893614a";

    /// <summary><c>contracts/X.sol:X</c>, as both Etherscan and Sourcify name the compilation target.</summary>
    public string ContractIdentifier => $"contracts/{Name}.sol:{Name}";

    /// <summary>
    /// Every contract of the manifest, its constructor arguments read from its creation transaction on chain (the
    /// manifest's chain, checked by the caller): the manifest keeps no arguments, and what the chain executed is the
    /// only record an explorer will compare against.
    /// </summary>
    public static async Task<IReadOnlyList<VerifiableContract>> ReadAllAsync(
        DeploymentManifest manifest, IWeb3 chain, CancellationToken cancellationToken)
    {
        var contracts = new List<VerifiableContract>();
        foreach (var name in ContractArtifacts.Names.Where(manifest.Contracts.ContainsKey))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var deployed = manifest[name];
            var creation = await chain.Eth.Transactions.GetTransactionByHash.SendRequestAsync(deployed.TransactionHash)
                ?? throw new DeploymentException($"{name}'s creation transaction {deployed.TransactionHash} is not on this chain");
            var bytecode = ContractArtifacts.Current.ByName[name].Bytecode;
            if (creation.To is not null || !creation.Input.StartsWith(bytecode, StringComparison.OrdinalIgnoreCase))
            {
                throw new DeploymentException(
                    $"{name}'s creation transaction {deployed.TransactionHash} did not deploy this build's bytecode: "
                    + "verify with the checkout that deployed it");
            }
            contracts.Add(new VerifiableContract(name, deployed.Address, deployed.TransactionHash,
                ContractArtifacts.StandardJsonInput(name), creation.Input[bytecode.Length..].ToLowerInvariant()));
        }
        return contracts;
    }
}
