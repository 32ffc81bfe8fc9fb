namespace GovernanceRewards.Rewards.Epochs;

/// <summary>A computation that would break a rule money depends on; the message says which and for whom.</summary>
public sealed class RewardInvariantException(string message) : Exception(message);
