using System.Diagnostics.Metrics;
using GovernanceRewards.Chain;
using GovernanceRewards.Indexer.Following;
using GovernanceRewards.Rewards.Epochs;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace GovernanceRewards.Host.Telemetry;

/// <summary>
/// Jobs by state, read from Hangfire's statistics when metrics are collected (one small query per scrape, the same
/// the dashboard's counters make).
/// </summary>
internal sealed class JobMetrics
{
    public const string MeterName = "GovernanceRewards.Jobs";

    public JobMetrics(IMeterFactory meters, JobStorage storage)
    {
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("govrewards.jobs", () =>
        {
            var statistics = storage.GetMonitoringApi().GetStatistics();
            return new[]
            {
                Measure(statistics.Enqueued, "enqueued"), Measure(statistics.Scheduled, "scheduled"), Measure(statistics.Processing, "processing"),
                Measure(statistics.Failed, "failed"), Measure(statistics.Succeeded, "succeeded"), Measure(statistics.Recurring, "recurring"),
            };
        }, "{job}", "Hangfire jobs by state");

        static Measurement<long> Measure(long count, string state) => new(count, new KeyValuePair<string, object?>("state", state));
    }
}

/// <summary>
/// OpenTelemetry metrics of the host (indexer lag and rates, operator transactions and gas, payouts, jobs by state,
/// plus ASP.NET Core and runtime instruments), scraped at <c>/metrics</c> (Prometheus text) and, when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, pushed over OTLP as well.
/// </summary>
internal static class TelemetryRegistration
{
    public static IServiceCollection AddGovRewardsTelemetry(this IServiceCollection services)
    {
        services.AddSingleton<IndexerMetrics>();
        services.AddSingleton<LedgerMetrics>();
        services.AddSingleton<RewardMetrics>();
        services.AddSingleton<JobMetrics>();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("govrewards"))
            .WithMetrics(metrics => metrics
                .AddMeter(IndexerMetrics.MeterName, LedgerMetrics.MeterName, RewardMetrics.MeterName, JobMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT"))) telemetry.UseOtlpExporter();
        return services;
    }

    public static WebApplication MapGovRewardsMetrics(this WebApplication app)
    {
        // Observable instruments register when their owner is built; these have no other reason to be built early.
        app.Services.GetRequiredService<JobMetrics>();
        app.Services.GetRequiredService<IndexerMetrics>();
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
