namespace GovernanceRewards.Testing;

/// <summary>A transaction sent through impersonation reverted; the message is the decoded custom error.</summary>
public sealed class RevertedException(string reason) : Exception(reason);
