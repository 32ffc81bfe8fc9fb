using System.Numerics;
using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Contracts;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Deployed {Contract} at {Address} (tx {TransactionHash}, {GasUsed} gas)")]
    public static partial void ContractDeployed(ILogger logger, string contract, string address, string transactionHash, BigInteger gasUsed);

    [LoggerMessage(2, LogLevel.Information, "{Step} (tx {TransactionHash})")]
    public static partial void StepDone(ILogger logger, string step, string transactionHash);

    [LoggerMessage(3, LogLevel.Information, "{ManifestPath} verified: {Count} contracts in place, nothing sent")]
    public static partial void DeploymentVerified(ILogger logger, string manifestPath, int count);

    [LoggerMessage(4, LogLevel.Warning, "Resuming the unfinished deployment recorded in {ManifestPath}")]
    public static partial void DeploymentResumed(ILogger logger, string manifestPath);

    [LoggerMessage(5, LogLevel.Information, "Deployment complete: {ManifestPath} ({Sent} transactions sent)")]
    public static partial void DeploymentComplete(ILogger logger, string manifestPath, int sent);
}
