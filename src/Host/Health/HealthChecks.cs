using System.Text.Json;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Nethereum.Web3;
using Npgsql;

namespace GovernanceRewards.Host.Health;

/// <summary>How far behind the head the indexer may be before it counts as degraded.</summary>
internal sealed record IndexerLagLimit(long ChainId, ulong MaximumBlocks);

/// <summary>
/// <c>/health</c>: the database answers, the RPC answers, the indexer is close to the head, and a Hangfire server is
/// alive. Each check is bounded in time, so a dead dependency makes the answer unhealthy instead of slow.
/// </summary>
internal static class HealthChecks
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static IServiceCollection AddGovRewardsHealth(this IServiceCollection services, long chainId, ulong maximumLagBlocks)
    {
        services.AddSingleton(new IndexerLagLimit(chainId, maximumLagBlocks));
        services.AddHealthChecks()
            .AddCheck<DatabaseCheck>("database")
            .AddCheck<RpcCheck>("rpc")
            .AddCheck<IndexerCheck>("indexer")
            .AddCheck<JobServerCheck>("jobs");
        return services;
    }

    public static IEndpointRouteBuilder MapGovRewardsHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync }).WithTags("Health");
        return app;
    }

    /// <summary>Runs <paramref name="check"/> for at most <see cref="Timeout"/>; a failure or no answer is unhealthy.</summary>
    public static async Task<HealthCheckResult> BoundedAsync(Func<CancellationToken, Task<HealthCheckResult>> check, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            return await check(timeout.Token).WaitAsync(timeout.Token);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy(e is OperationCanceledException ? $"no answer within {Timeout.TotalSeconds:0} s" : e.GetBaseException().Message);
        }
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        });
    }
}

internal sealed class DatabaseCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        HealthChecks.BoundedAsync(async token =>
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(token);
            return HealthCheckResult.Healthy();
        }, cancellationToken);
}

internal sealed class RpcCheck(IWeb3 web3) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        HealthChecks.BoundedAsync(async _ => HealthCheckResult.Healthy($"head {(await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value}"), cancellationToken);
}

internal sealed class IndexerCheck(NpgsqlDataSource dataSource, IWeb3 web3, IndexerLagLimit limit) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        HealthChecks.BoundedAsync(async token =>
        {
            await using var command = dataSource.CreateCommand("SELECT block_number FROM cursors WHERE chain_id = $1");
            command.Parameters.AddWithValue(limit.ChainId);
            var cursor = await command.ExecuteScalarAsync(token) is long value ? (ulong)value : 0;
            var head = (ulong)(await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
            var lag = head > cursor ? head - cursor : 0;
            var data = new Dictionary<string, object> { ["cursor"] = cursor, ["head"] = head, ["lagBlocks"] = lag };
            return lag <= limit.MaximumBlocks
                ? HealthCheckResult.Healthy($"{lag} blocks behind the head", data)
                : HealthCheckResult.Degraded($"{lag} blocks behind the head (more than {limit.MaximumBlocks})", data: data);
        }, cancellationToken);
}

internal sealed class JobServerCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        HealthChecks.BoundedAsync(_ =>
        {
            var servers = storage.GetMonitoringApi().Servers();
            return Task.FromResult(servers.Count > 0
                ? HealthCheckResult.Healthy($"{servers.Count} Hangfire server(s)")
                : HealthCheckResult.Unhealthy("no Hangfire server is running"));
        }, cancellationToken);
}
