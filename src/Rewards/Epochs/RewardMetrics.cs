using System.Diagnostics.Metrics;

namespace GovernanceRewards.Rewards.Epochs;

/// <summary>The payout side of the reward pipeline: leaves pushed to their accounts, and the epochs settled.</summary>
public sealed class RewardMetrics
{
    public const string MeterName = "GovernanceRewards.Rewards";

    private readonly Counter<long> _leavesPaid;
    private readonly Counter<long> _epochsPaid;

    public RewardMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _leavesPaid = meter.CreateCounter<long>("govrewards.payouts.leaves", "{leaf}", "Cumulative leaves pushed to their accounts by claimMany");
        _epochsPaid = meter.CreateCounter<long>("govrewards.payouts.epochs", "{epoch}", "Epochs whose every leaf is paid");
    }

    public void LeavesPaid(int leaves) => _leavesPaid.Add(leaves);

    public void EpochPaid() => _epochsPaid.Add(1);
}
