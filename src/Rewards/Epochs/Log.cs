using System.Numerics;
using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Rewards.Epochs;

/// <summary>What the epoch pipeline's jobs tell the operator.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information,
        "Epoch {Epoch} computed: {Contributors} contributors, {Allocated} of {Budget} allocated, root {Root}")]
    public static partial void Computed(
        ILogger logger, ulong epoch, int contributors, BigInteger allocated, BigInteger budget, string root);

    [LoggerMessage(2, LogLevel.Information,
        "Epoch {Epoch} paid: every one of {Leaves} leaves has its cumulative total")]
    public static partial void Paid(ILogger logger, ulong epoch, int leaves);

    [LoggerMessage(3, LogLevel.Error, "Epoch {Epoch}: {Reason}")]
    public static partial void Unpayable(ILogger logger, ulong epoch, string reason);
}
