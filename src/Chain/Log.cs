using System.Numerics;
using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Chain;

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

    [LoggerMessage(6, LogLevel.Information, "{Message}")]
    public static partial void Migration(ILogger logger, string message);

    [LoggerMessage(7, LogLevel.Warning, "{Message}")]
    public static partial void MigrationWarning(ILogger logger, string message);

    [LoggerMessage(8, LogLevel.Warning, "{Operation}: transaction {TransactionHash} was dropped by the node; broadcasting it again")]
    public static partial void Rebroadcast(ILogger logger, string operation, string transactionHash);

    [LoggerMessage(9, LogLevel.Warning, "{Operation} refused by the chain: {Reason}")]
    public static partial void Refused(ILogger logger, string operation, string reason);

    [LoggerMessage(10, LogLevel.Information, "{Operation}: {TransactionHash} mined (succeeded: {Succeeded})")]
    public static partial void Mined(ILogger logger, string operation, string transactionHash, bool succeeded);

    [LoggerMessage(11, LogLevel.Information, "{Step}: waiting for {Confirmations} confirmation(s) of {TransactionHash}")]
    public static partial void AwaitingConfirmations(ILogger logger, string step, ulong confirmations, string transactionHash);

    [LoggerMessage(12, LogLevel.Warning, "{Operation}: {Stuck} stuck unmined; replaced by {Replacement} with fee cap {MaxFeePerGas} wei/gas")]
    public static partial void Replaced(ILogger logger, string operation, string stuck, string replacement, BigInteger maxFeePerGas);

    [LoggerMessage(13, LogLevel.Error, "{Operation}: {Stuck} still unmined after {Replacements} replacements; waiting without raising fees further")]
    public static partial void ReplacementLimit(ILogger logger, string operation, string stuck, int replacements);

    [LoggerMessage(14, LogLevel.Warning, "{Operation}: {TransactionHash} can never be mined, another transaction took its nonce; building it again")]
    public static partial void Dropped(ILogger logger, string operation, string transactionHash);
}
