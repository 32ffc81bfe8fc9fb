using GovernanceRewards.Indexer.Tests.Notifications;
using GovernanceRewards.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceRewards.Indexer.Tests;

/// <summary>A <see cref="TestIndexer"/> whose notifications are recorded in a <see cref="NotificationLog"/>.</summary>
internal static class IndexerHarness
{
    public static Task<TestIndexer> CreateAsync(
        ChainFixture chain, DatabaseFixture database, Suite suite, ulong initialRange, ulong confirmations = 0, string? finalityTag = null,
        int readAhead = 1, HttpClient? http = null, ulong? maximumRange = null) =>
        TestIndexer.CreateAsync(chain, database, suite, _ => new ServiceCollection().AddSingleton<NotificationLog>()
            .AddMediator((MediatorOptions options) => options.Assemblies = [typeof(RecordingHandler), typeof(GovernanceRewards.Indexer.Events.ChainEvent)])
            .BuildServiceProvider(),
            initialRange, confirmations, finalityTag: finalityTag, readAhead: readAhead, http: http, maximumRange: maximumRange);

    public static NotificationLog Notifications(this TestIndexer indexer) => indexer.Services.GetRequiredService<NotificationLog>();
}
