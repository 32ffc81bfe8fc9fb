using System.Numerics;
using Nethereum.JsonRpc.Client;
using Nethereum.Web3;

namespace GovernanceRewards.Chain;

/// <summary>
/// A signer on a chain: the RPC answered, its chain id is the expected one, and the account can pay for gas.
/// Transactions are EIP-1559 with fees suggested by the node.
/// </summary>
public sealed class ChainConnection
{
    private ChainConnection(IWeb3 web3, string address, ulong chainId)
    {
        Web3 = web3;
        Address = address;
        ChainId = chainId;
    }

    public IWeb3 Web3 { get; }

    public string Address { get; }

    public ulong ChainId { get; }

    public static async Task<ChainConnection> ConnectAsync(
        Uri rpcUrl, SigningKey key, ulong? expectedChainId, CancellationToken cancellationToken)
    {
        var chainId = await ReadChainIdAsync(rpcUrl, cancellationToken);
        if (expectedChainId is { } expected && expected != chainId)
        {
            throw new ChainException($"the RPC at {Redaction.Redact(rpcUrl)} serves chain id {chainId}, not the expected {expected}; refusing to send anything");
        }
        var web3 = key.ToWeb3(chainId, rpcUrl.ToString());
        ((Nethereum.Web3.Accounts.Account)web3.TransactionManager.Account).NonceService = new NodeNonces(key.Address, web3.Client);
        var balance = (await web3.Eth.GetBalance.SendRequestAsync(key.Address)).Value;
        if (balance == BigInteger.Zero)
        {
            throw new ChainException($"account {key.Address} has no native balance on chain {chainId} to pay for gas; fund it first");
        }
        return new ChainConnection(web3, key.Address, chainId);
    }

    /// <summary>The chain id the RPC serves; a node that cannot be reached is a <see cref="ChainException"/>.</summary>
    public static async Task<ulong> ReadChainIdAsync(Uri rpcUrl, CancellationToken cancellationToken)
    {
        try
        {
            var chainId = (ulong)(await new Web3(rpcUrl.ToString()).Eth.ChainId.SendRequestAsync()).Value;
            cancellationToken.ThrowIfCancellationRequested();
            return chainId;
        }
        catch (Exception e) when (e is RpcClientUnknownException or HttpRequestException or RpcClientTimeoutException or TaskCanceledException)
        {
            throw new ChainException($"cannot reach the RPC at {Redaction.Redact(rpcUrl)}: {Redaction.Redact(e.GetBaseException().Message)}");
        }
    }
}

/// <summary>The chain cannot be used as asked; the message says what to fix.</summary>
public sealed class ChainException(string message) : Exception(message);
