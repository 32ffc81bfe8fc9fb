using Nethereum.RPC.Eth.DTOs;

namespace GovernanceRewards.Chain;

/// <summary>A transaction the chain refused, with the contract's custom error decoded.</summary>
public sealed class TransactionRevertedException(string what, string reason, string? transactionHash = null)
    : Exception($"{what} reverted: {reason}" + (transactionHash is null ? "" : $" (transaction {transactionHash})"))
{
    public string Reason { get; } = reason;

    public string? TransactionHash { get; } = transactionHash;
}

/// <summary>Sends and waits, turning a revert (in estimation or on chain) into a <see cref="TransactionRevertedException"/>.</summary>
public static class Transactions
{
    public static async Task<TransactionReceipt> SendAsync(
        string what, Func<CancellationTokenSource, Task<TransactionReceipt>> send, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        TransactionReceipt receipt;
        try
        {
            receipt = await send(cts);
        }
        catch (Exception e) when (RevertReason.Describe(e) is { } reason)
        {
            throw new TransactionRevertedException(what, reason);
        }
        if (receipt.Status?.Value != 1) throw new TransactionRevertedException(what, "the transaction failed on chain", receipt.TransactionHash);
        return receipt;
    }
}
