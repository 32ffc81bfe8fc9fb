using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Embedded;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "anvil serving {RpcUrl} (chain id {ChainId}, pid {Pid})")]
    public static partial void AnvilStarted(ILogger logger, Uri rpcUrl, ulong chainId, int pid);

    [LoggerMessage(2, LogLevel.Information, "PostgreSQL {Version} serving 127.0.0.1:{Port} from {DataDirectory} as user {OsUser}")]
    public static partial void PostgresStarted(ILogger logger, string version, int port, string dataDirectory, string osUser);

    [LoggerMessage(3, LogLevel.Information, "Using the existing database from GOVREWARDS_DB")]
    public static partial void PostgresExternal(ILogger logger);

    [LoggerMessage(4, LogLevel.Information, "Created system user {OsUser} to run PostgreSQL (it refuses to run as root)")]
    public static partial void PostgresUserCreated(ILogger logger, string osUser);
}
