using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Indexer;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Indexed blocks {FromBlock}..{ToBlock}: {Logs} logs, {BlocksPerSecond:F0} blocks/s, {EventsPerSecond:F0} events/s, {Lag} blocks behind head")]
    public static partial void RangeIndexed(ILogger logger, ulong fromBlock, ulong toBlock, int logs, double blocksPerSecond, double eventsPerSecond, ulong lag);

    [LoggerMessage(2, LogLevel.Debug, "eth_getLogs refused {FromBlock}..{ToBlock}; next range {Blocks} blocks")]
    public static partial void RangeShrunk(ILogger logger, ulong fromBlock, ulong toBlock, ulong blocks);

    [LoggerMessage(3, LogLevel.Warning, "Reorg: rolled back {Depth} blocks ({Logs} logs) and re-reading")]
    public static partial void RolledBack(ILogger logger, ulong depth, int logs);

    [LoggerMessage(4, LogLevel.Critical, "Reorg of {Depth} blocks is deeper than the {Confirmations} confirmations: {Logs} logs already treated as final were rolled back")]
    public static partial void DeepReorg(ILogger logger, ulong depth, ulong confirmations, int logs);

    [LoggerMessage(5, LogLevel.Warning, "Indexing failed ({Failures} in a row), retrying in {Pause}: {Reason}")]
    public static partial void StepFailed(ILogger logger, int failures, TimeSpan pause, string reason);

    [LoggerMessage(8, LogLevel.Error, "{Count} logs in blocks {FromBlock}..{ToBlock} do not match their event's ABI: kept raw, listed in undecodable_logs")]
    public static partial void Undecodable(ILogger logger, int count, ulong fromBlock, ulong toBlock);

    [LoggerMessage(9, LogLevel.Warning, "Lost the indexer lease ({Reason}); stopping writes until it is held again")]
    public static partial void LeaseLost(ILogger logger, string reason);

    [LoggerMessage(10, LogLevel.Warning, "The node does not know the '{Tag}' block ({Reason}); following {Confirmations} confirmations alone")]
    public static partial void FinalityTagUnsupported(ILogger logger, string tag, string reason, ulong confirmations);
}
