using System.Globalization;
using GovernanceRewards.Chain.Storage;
using GovernanceRewards.Rewards.Contributions;
using GovernanceRewards.Rewards.Epochs;
using GovernanceRewards.Rewards.Guardian;
using GovernanceRewards.Rewards.Merkle;
using GovernanceRewards.Rewards.Publication;
using GovernanceRewards.Rewards.Staking;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GovernanceRewards.Rewards;

/// <summary>How the rewards slice runs in a host; each default is stated here only.</summary>
public sealed record RewardsSettings
{
    public const int DefaultProofTrees = 2;

    public const int DefaultReconcileSeconds = 15;

    /// <summary>Computes, posts and pays epochs with the host's operator key; read-only without it.</summary>
    public bool Settles { get; init; }

    /// <summary>The operator key holds the distributor's guardian role: the guardian's watch runs too.</summary>
    public bool Guards { get; init; }

    /// <summary>How many epochs' trees proof lookups keep in memory (see <see cref="ProofTrees"/>); 0 reads the stored chunks.</summary>
    public int ProofTrees { get; init; } = DefaultProofTrees;

    public PayoutOptions Payouts { get; init; } = new();

    /// <summary>How often unfinished epochs are carried on (see <see cref="ReconcileEpochsJob"/>), 1 to 59 s.</summary>
    public int ReconcileSeconds { get; init; } = DefaultReconcileSeconds;
}

/// <summary>
/// The rewards slice's wiring: its read models, proofs, and when settling the epoch pipeline's jobs and the guardian's
/// watch, over the host's chain kernel (data sources, <c>SuiteChain</c>, <c>TransactionLedger</c>).
/// </summary>
public static class RewardsSlice
{
    public static IServiceCollection AddRewards(this IServiceCollection services, long chainId, RewardsSettings settings)
    {
        services.AddSingleton<EpochStore>();
        services.AddSingleton(sp => new ProofTrees(
            sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSources.ApiReads), chainId, settings.ProofTrees, sp.GetRequiredService<ILogger<ProofTrees>>()));
        services.AddSingleton(sp => new RewardQueries(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSources.ApiReads), chainId, sp.GetRequiredService<ProofTrees>()));
        services.AddSingleton(sp => new ContributionQueries(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSources.ApiReads), chainId));
        services.AddSingleton(sp => new StakeQueries(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSources.ApiReads), sp.GetRequiredService<Chain.Deployment.SuiteChain>()));
        services.AddSingleton(sp => new ContentStore(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddKeyedSingleton(DataSources.ApiReads, (sp, _) => new ContentStore(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSources.ApiReads)));
        services.AddSingleton(settings.Payouts);
        if (!settings.Settles) return services;
        services.AddSingleton<ComputeEpochJob>();
        services.AddSingleton<TreePublisher>();
        services.AddSingleton<PostRootJob>();
        services.AddSingleton<PayEpochJob>();
        services.AddSingleton<ReconcileEpochsJob>();
        var reconcile = string.Create(CultureInfo.InvariantCulture, $"*/{settings.ReconcileSeconds} * * * * *");
        services.AddSingleton<Action<IRecurringJobManager>>(manager => manager.AddOrUpdate<ReconcileEpochsJob>(
            $"{ReconcileEpochsJob.RecurringJobId}-{chainId}", job => job.RunAsync(chainId, CancellationToken.None),
            reconcile));
        if (!settings.Guards) return services;
        services.AddSingleton<GuardRootJob>();
        services.AddSingleton<Action<IRecurringJobManager>>(manager => manager.AddOrUpdate<GuardRootJob>(
            $"{GuardRootJob.RecurringJobId}-{chainId}", job => job.RunAsync(CancellationToken.None), Cron.Minutely()));
        return services;
    }

    /// <summary>
    /// Epochs, allocations, proofs and trees; rewards per account; contributions; stakes; published content by CID; and
    /// the evidence upload, which the host guards through <paramref name="evidenceUpload"/> (its own access rules).
    /// </summary>
    public static IEndpointRouteBuilder MapRewardsApi(this IEndpointRouteBuilder app, Action<RouteHandlerBuilder> evidenceUpload)
    {
        evidenceUpload(app.MapEvidenceUpload());
        return app.MapEpochs().MapContributions().MapStakes().MapGateway();
    }
}
