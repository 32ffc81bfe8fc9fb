using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.RPC.Eth.Transactions;
using Nethereum.RPC.NonceServices;

namespace GovernanceRewards.Chain;

/// <summary>
/// The next nonce is always the node's count of the account's transactions, pending ones included. Nethereum's default
/// keeps the last nonce it handed out and never hands it out again, so a transaction signed and then never broadcast
/// (its record failed with the database gone) leaves a gap no later transaction can pass: every one after it waits in
/// the node's queue forever. Senders are serialised by <see cref="SignerGate"/>, and the ledger first broadcasts again
/// what it recorded but the node does not know, so the node's count is the truth.
/// </summary>
internal sealed class NodeNonces(string address, IClient client) : INonceService
{
    public IClient Client { get; set; } = client;

    public bool UseLatestTransactionsOnly { get; set; }

    public Task<HexBigInteger> GetNextNonceAsync() => new EthGetTransactionCount(Client)
        .SendRequestAsync(address, UseLatestTransactionsOnly ? BlockParameter.CreateLatest() : BlockParameter.CreatePending());

    public Task ResetNonceAsync() => Task.CompletedTask;
}
