using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Chain.Storage;
using GovernanceRewards.Governance.Keeper;
using GovernanceRewards.Governance.Proposals;
using GovernanceRewards.Governance.Templates;
using GovernanceRewards.Governance.Voting;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GovernanceRewards.Governance;

/// <summary>How the governance slice runs in a host; each default is stated here only.</summary>
public sealed record GovernanceSettings
{
    public const int DefaultBallotsPerVoterPerMinute = 5;

    /// <summary>Relays ballots and runs the keeper (queue, execute) with the host's operator key; read-only without it.</summary>
    public bool Signs { get; init; }

    public string KeeperSchedule { get; init; } = "*/5 * * * * *";

    /// <summary>How often every host records the quorums of proposals whose snapshot has passed.</summary>
    public string QuorumSchedule { get; init; } = "*/5 * * * * *";

    public int BallotsPerVoterPerMinute { get; init; } = DefaultBallotsPerVoterPerMinute;

    /// <summary>What the open relay (the portal's, for anyone's signed ballot) may spend; null: no open relay.</summary>
    public OpenRelayLimits? OpenRelay { get; init; } = OpenRelayLimits.Default;
}

/// <summary>
/// The governance slice's wiring: its read model and the job recording its quorums, templates, relay and keeper over
/// the host's chain kernel (data sources, <c>SuiteChain</c>, and when signing the <c>ChainConnection</c>,
/// <c>SignerGate</c> and <c>TransactionLedger</c>).
/// </summary>
public static class GovernanceSlice
{
    public static IServiceCollection AddGovernance(this IServiceCollection services, long chainId, GovernanceSettings settings)
    {
        services.AddSingleton<ActionDescriber>();
        services.AddSingleton<ProposalTemplates>();
        services.AddSingleton(sp => new ProposalQueries(
            sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSources.ApiReads), sp.GetRequiredService<SuiteChain>(), sp.GetRequiredService<ActionDescriber>()));
        services.AddSingleton<RecordQuorumsJob>();
        services.AddSingleton<Action<IRecurringJobManager>>(manager => manager.AddOrUpdate<RecordQuorumsJob>(
            $"{RecordQuorumsJob.RecurringJobId}-{chainId}", job => job.RunAsync(CancellationToken.None), settings.QuorumSchedule));
        if (!settings.Signs) return services;
        services.AddSingleton(VoteRelay.PerVoterLimiter(settings.BallotsPerVoterPerMinute));
        // Ballots go out through the operator's ledger, like the keeper's transactions.
        services.AddSingleton(sp => new VoteRelay(sp.GetRequiredService<SuiteChain>(), sp.GetRequiredService<TransactionLedger>(),
            sp.GetRequiredService<System.Threading.RateLimiting.PartitionedRateLimiter<string>>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<VoteRelay>>()));
        if (settings.OpenRelay is { } limits)
        {
            services.AddSingleton(sp => new OpenRelay(sp.GetRequiredService<NpgsqlDataSource>(), chainId, limits, TimeProvider.System));
        }
        services.AddSingleton<GovernanceKeeper>();
        services.AddSingleton<Action<IRecurringJobManager>>(manager => manager.AddOrUpdate<GovernanceKeeper>(
            $"{GovernanceKeeper.RecurringJobId}-{chainId}", keeper => keeper.RunAsync(CancellationToken.None), settings.KeeperSchedule));
        return services;
    }

    /// <summary>
    /// The read endpoints under <c>/governance</c>, and the relay when the host signs; <paramref name="relay"/> says who may
    /// call it (it spends the operator's gas).
    /// </summary>
    public static IEndpointRouteBuilder MapGovernanceApi(this IEndpointRouteBuilder app, Action<RouteHandlerBuilder> relay)
    {
        var governance = app.MapGroup("/governance").WithTags("Governance");
        governance.MapProposals();
        if (app.ServiceProvider.GetService<VoteRelay>() is not null) relay(governance.MapVoteRelay());
        return app;
    }
}
