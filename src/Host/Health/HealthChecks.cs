using System.Text.Json;
using GovernanceRewards.Chain.Storage;
using GovernanceRewards.Indexer.Notifications;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        services.AddSingleton<RecentHealthReport>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHealthChecks()
            .AddCheck<DatabaseCheck>("database")
            .AddCheck<RpcCheck>("rpc")
            .AddCheck<IndexerCheck>("indexer")
            .AddCheck<JobServerCheck>("jobs");
        return services;
    }

    /// <summary>
    /// One report serves every request for <see cref="ReportAge"/>: anyone may ask, and each report costs RPC and
    /// database calls, so asking faster than that cannot multiply the load on them.
    /// </summary>
    public static readonly TimeSpan ReportAge = TimeSpan.FromSeconds(2);

    public static IEndpointRouteBuilder MapGovRewardsHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (RecentHealthReport reports, HttpContext context, CancellationToken cancellationToken) =>
        {
            var (report, checkedAt) = await reports.GetAsync(cancellationToken);
            context.Response.StatusCode = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
            context.Response.Headers.CacheControl = "no-store";
            await WriteAsync(context, report, checkedAt);
        }).WithTags("Health").ExcludeFromDescription();
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

    private static Task WriteAsync(HttpContext context, HealthReport report, DateTimeOffset checkedAt)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checkedAt,
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        });
    }
}

/// <summary>
/// The latest health report while it is younger than <see cref="HealthChecks.ReportAge"/>; requests arriving while one
/// is being made wait for that one instead of starting their own.
/// </summary>
internal sealed class RecentHealthReport(HealthCheckService checks, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private Task<(HealthReport Report, DateTimeOffset CheckedAt)>? _latest;
    private DateTimeOffset _startedAt;

    public Task<(HealthReport Report, DateTimeOffset CheckedAt)> GetAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_latest is null || _latest.IsFaulted || now - _startedAt >= HealthChecks.ReportAge)
            {
                _startedAt = now;
                // Not the request's token: the report is shared, and a caller hanging up must not cancel it for the others.
                _latest = CheckAsync(now);
            }
            return _latest.WaitAsync(cancellationToken);
        }
    }

    private async Task<(HealthReport, DateTimeOffset)> CheckAsync(DateTimeOffset startedAt) =>
        (await checks.CheckHealthAsync(CancellationToken.None), startedAt);
}

internal sealed class DatabaseCheck([FromKeyedServices(DataSources.ApiReads)] NpgsqlDataSource dataSource) : IHealthCheck
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

internal sealed class IndexerCheck([FromKeyedServices(DataSources.ApiReads)] NpgsqlDataSource dataSource, IWeb3 web3, IndexerLagLimit limit) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        HealthChecks.BoundedAsync(async token =>
        {
            // Delivered, not only stored: a handler failing over and over stalls the read models while the cursor moves on.
            var cursor = (await DeliveredHead.ReadAsync(dataSource, limit.ChainId, token)).BlockNumber;
            var head = (ulong)(await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
            var lag = head > cursor ? head - cursor : 0;
            var data = new Dictionary<string, object> { ["cursor"] = cursor, ["head"] = head, ["lagBlocks"] = lag };
            return lag <= limit.MaximumBlocks
                ? HealthCheckResult.Healthy($"{lag} blocks behind the head", data)
                : HealthCheckResult.Degraded($"{lag} blocks behind the head (more than {limit.MaximumBlocks})", data: data);
        }, cancellationToken);
}

/// <summary>
/// Healthy while some Hangfire server has beaten its heart lately: a server that stopped (or lost its database) keeps
/// its record for minutes, so being listed says nothing. Read with plain SQL through the API's bounded data source (and
/// the database's own clock): Hangfire's monitoring API blocks, and a frozen database would pin a thread per report.
/// </summary>
internal sealed class JobServerCheck([FromKeyedServices(DataSources.ApiReads)] NpgsqlDataSource dataSource) : IHealthCheck
{
    /// <summary>Three of the host's heartbeats (see <c>HeartbeatInterval</c> where the server is added).</summary>
    public static readonly TimeSpan Silence = TimeSpan.FromSeconds(30);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        HealthChecks.BoundedAsync(async token =>
        {
            await using var command = dataSource.CreateCommand(
                "SELECT count(*) FILTER (WHERE lastheartbeat > now() - $1), count(*) FROM hangfire.server");
            command.Parameters.AddWithValue(Silence);
            await using var reader = await command.ExecuteReaderAsync(token);
            await reader.ReadAsync(token);
            var (alive, listed) = (reader.GetInt64(0), reader.GetInt64(1));
            return alive > 0
                ? HealthCheckResult.Healthy($"{alive} Hangfire server(s)")
                : HealthCheckResult.Unhealthy(listed == 0
                    ? "no Hangfire server is running"
                    : $"no Hangfire server has answered for {Silence.TotalSeconds:0} s");
        }, cancellationToken);
}
