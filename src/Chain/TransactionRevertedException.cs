namespace GovernanceRewards.Chain;

/// <summary>A transaction the chain refused, with the contract's custom error decoded.</summary>
public sealed class TransactionRevertedException(string what, string reason, string? transactionHash = null)
    : Exception($"{what} reverted: {reason}" + (transactionHash is null ? "" : $" (transaction {transactionHash})"))
{
    public string Reason { get; } = reason;

    public string? TransactionHash { get; } = transactionHash;
}
