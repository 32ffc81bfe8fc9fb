using System.Numerics;
using System.Text.Json;
using GovernanceRewards.Embedded;
using GovernanceRewards.Rewards.Merkle;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace GovernanceRewards.GasReport;

/// <summary>
/// The baseline: a plain OpenZeppelin ERC20 and a MerkleProof distributor (reference/PlainMerkleDistributor.sol),
/// compiled with the same solc settings and paying the same tree, so the ratios compare like with like.
/// </summary>
internal sealed class ReferenceDistributor
{
    private static readonly HexBigInteger Gas = new(15_000_000);
    private readonly Web3 _web3;
    private readonly string _from;
    private readonly Nethereum.Contracts.Contract _distributor;

    private ReferenceDistributor(Web3 web3, string from, Nethereum.Contracts.Contract distributor)
    {
        _web3 = web3;
        _from = from;
        _distributor = distributor;
    }

    public static async Task<ReferenceDistributor> DeployAsync(Web3 web3, string from, BigInteger funding, byte[] root)
    {
        var artifacts = await CompileAsync();
        var token = await DeployAsync(web3, from, artifacts.GetProperty("PlainToken"), funding);
        var distributorReceipt = await DeployAsync(web3, from, artifacts.GetProperty("PlainMerkleDistributor"), token.ContractAddress);
        var distributor = web3.Eth.GetContract(artifacts.GetProperty("PlainMerkleDistributor").GetProperty("abi").GetRawText(), distributorReceipt.ContractAddress);
        var erc20 = web3.Eth.GetContract(artifacts.GetProperty("PlainToken").GetProperty("abi").GetRawText(), token.ContractAddress);
        await erc20.GetFunction("transfer").SendTransactionAndWaitForReceiptAsync(from, Gas, null, null, distributorReceipt.ContractAddress, funding);
        var reference = new ReferenceDistributor(web3, from, distributor);
        await reference.SetRootAsync(root);
        return reference;
    }

    public Task SetRootAsync(byte[] root) =>
        _distributor.GetFunction("setRoot").SendTransactionAndWaitForReceiptAsync(_from, Gas, null, null, root);

    public async Task<BigInteger> ClaimAsync(StandardMerkleTree tree, int index)
    {
        var leaf = tree.Values[index];
        var receipt = await _distributor.GetFunction("claim").SendTransactionAndWaitForReceiptAsync(
            _from, Gas, null, null, leaf.Account, leaf.CumulativeTotal, tree.GetProof(index).ToList());
        return Mined(receipt);
    }

    public async Task<BigInteger> ClaimManyAsync(StandardMerkleTree tree, IReadOnlyList<int> indexes)
    {
        var receipt = await _distributor.GetFunction("claimMany").SendTransactionAndWaitForReceiptAsync(
            _from, Gas, null, null,
            indexes.Select(i => tree.Values[i].Account).ToList(),
            indexes.Select(i => tree.Values[i].CumulativeTotal).ToList(),
            indexes.Select(i => tree.GetProof(i).ToList()).ToList());
        return Mined(receipt);
    }

    private static BigInteger Mined(TransactionReceipt receipt) =>
        receipt.Status.Value == 1 ? receipt.GasUsed.Value : throw new InvalidOperationException($"reference transaction {receipt.TransactionHash} reverted");

    private static Task<TransactionReceipt> DeployAsync(Web3 web3, string from, JsonElement artifact, params object[] arguments) =>
        web3.Eth.DeployContract.SendRequestAndWaitForReceiptAsync(
            artifact.GetProperty("abi").GetRawText(), artifact.GetProperty("bytecode").GetString(), from, Gas, null, arguments);

    private static async Task<JsonElement> CompileAsync()
    {
        var layout = RepositoryLayout.Discover();
        var output = await ProcessRunner.RunAsync(
            "node", [Path.Combine(layout.Root, "bench", "GasReport", "reference", "compile.js")], layout.Root, standardInput: null, CancellationToken.None);
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
