using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Embedded;
using Microsoft.Extensions.Logging.Abstractions;
using System.Text.Json;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Xunit;

namespace GovernanceRewards.Testing;

/// <summary>
/// A real anvil node for one test class (its tests run one after another, so time travel in one cannot disturb
/// another class), with signers for its funded development accounts.
/// </summary>
public sealed class ChainFixture : IAsyncLifetime
{
    private AnvilNode? _node;

    public AnvilNode Node => _node ?? throw new InvalidOperationException("the chain is not started");

    public RepositoryLayout Layout { get; } = RepositoryLayout.Discover();

    public async Task InitializeAsync() =>
        _node = await AnvilNode.StartAsync(Layout, new AnvilOptions(), NullLogger.Instance, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_node is not null) await _node.DisposeAsync();
    }

    /// <summary>
    /// Stops the node (its process is killed, so nothing answers on its port) and, once <paramref name="whileDown"/> has
    /// run, starts a new one on the same port with the state the old one had: a node restarted after an outage.
    /// </summary>
    public async Task RestartAsync(Func<Task> whileDown)
    {
        var state = (await Node.RpcAsync("anvil_dumpState", [])).GetString()!;
        var port = Node.RpcUrl.Port;
        await Node.DisposeAsync();
        _node = null;
        await whileDown();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                _node = await AnvilNode.StartAsync(Layout, new AnvilOptions { Port = port }, NullLogger.Instance, CancellationToken.None);
                break;
            }
            catch (IOException) when (attempt < 20)
            {
                // The port is still being released by the old process.
                await Task.Delay(250);
            }
        }
        await Node.RpcAsync("anvil_loadState", [state]);
    }

    public SigningKey Key(int account) => SigningKey.FromPrivateKey(Node.DevelopmentKeys[account]);

    public string Address(int account) => Key(account).Address;

    public Web3 Web3For(int account) => Key(account).ToWeb3(Node.ChainId, Node.RpcUrl.ToString());

    /// <summary>The timestamp of the latest block.</summary>
    public async Task<ulong> LatestTimestampAsync() =>
        (ulong)(await Web3For(0).Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest())).Timestamp.Value;

    /// <summary>
    /// Sends <paramref name="message"/> to <paramref name="to"/> as <paramref name="from"/> without its key (a contract
    /// such as the treasury), through anvil's impersonation. A revert throws <see cref="RevertedException"/>.
    /// </summary>
    public async Task<TransactionReceipt> SendAsAsync<TMessage>(string from, string to, TMessage message)
        where TMessage : FunctionMessage, new()
    {
        await Node.ImpersonateAsync(from);
        var transaction = new { from, to, data = message.GetCallData().ToHex(true), gas = "0x7a1200" };
        try
        {
            // Simulated first: a transaction with explicit gas would be mined as a failure with no reason attached.
            await Node.RpcAsync("eth_call", [transaction, "latest"]);
        }
        catch (InvalidOperationException e) when (e.Message.Contains("\"data\"", StringComparison.Ordinal))
        {
            var error = JsonDocument.Parse(e.Message[e.Message.IndexOf('{', StringComparison.Ordinal)..]).RootElement;
            throw new RevertedException(RevertReason.Decode(error.GetProperty("data").GetString()!));
        }
        var hash = await Node.RpcAsync("eth_sendTransaction", [transaction]);
        var receipts = new Web3(Node.RpcUrl.ToString()).Eth.Transactions.GetTransactionReceipt;
        var receipt = await receipts.SendRequestAsync(hash.GetString());
        for (var attempt = 0; receipt is null && attempt < 200; attempt++)
        {
            await Task.Delay(10);
            receipt = await receipts.SendRequestAsync(hash.GetString());
        }
        if (receipt is null) throw new TimeoutException($"transaction {hash} was not mined");
        if (receipt.Status.Value != 1) throw new RevertedException($"transaction {receipt.TransactionHash} reverted");
        return receipt;
    }

    /// <summary>Deploys a fresh suite with account 0 as deployer, settler, guardian and attester.</summary>
    public async Task<Suite> DeploySuiteAsync(DeployParameters? parameters = null)
    {
        var connection = await ChainConnection.ConnectAsync(Node.RpcUrl, Key(0), Node.ChainId, CancellationToken.None);
        var manifestPath = Path.Combine(Path.GetTempPath(), $"govrewards-manifest-{Guid.NewGuid():N}.json");
        try
        {
            var outcome = await new SuiteDeployer(connection, NullLogger<SuiteDeployer>.Instance)
                .DeployAsync(parameters ?? new DeployParameters(), manifestPath, CancellationToken.None);
            return new Suite(this, outcome.Manifest);
        }
        finally
        {
            File.Delete(manifestPath);
        }
    }
}
