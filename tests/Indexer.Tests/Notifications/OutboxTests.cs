using System.Numerics;
using System.Collections;
using GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition;
using GovernanceRewards.Content;
using GovernanceRewards.Indexer.Events;
using GovernanceRewards.Testing;
using Nethereum.RPC.Eth.DTOs;
using Distributor = GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using Token = GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;

namespace GovernanceRewards.Indexer.Tests.Notifications;

public sealed class OutboxTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    private static readonly BigInteger Budget = BigInteger.Pow(10, 21) + 3;

    [Fact]
    public async Task Every_committed_event_is_announced_in_chain_order_and_a_funded_epoch_as_EpochFunded()
    {
        var suite = await ScenarioAsync();
        await using var indexer = await IndexerHarness.CreateAsync(chain, database, suite, initialRange: 3);

        await indexer.CatchUpAsync();

        var events = indexer.Notifications().Received.OfType<ChainEvent>().ToList();
        Assert.Equal((await indexer.EventCountsAsync()).Sum(c => c.OnChain), events.Count);
        Assert.Equal(events.Select(e => e.Location.DeliveryId).Order(), events.Select(e => e.Location.DeliveryId));
        Assert.Equal(events.OrderBy(e => e.Location.BlockNumber).ThenBy(e => e.Location.LogIndex), events);
        var funded = Assert.Single(events.OfType<EpochFunded>());
        Assert.Equal(1UL, funded.Epoch);
        Assert.Equal(Budget, funded.Budget);
        Assert.Equal(0, await indexer.CountAsync("SELECT count(*) FROM outbox_undelivered"));
    }

    [Fact]
    public async Task Notifications_delivered_as_they_were_committed_equal_those_read_back_from_the_outbox()
    {
        var suite = await ScenarioAsync();
        await using var indexer = await IndexerHarness.CreateAsync(chain, database, suite, initialRange: 3);
        await indexer.CatchUpAsync();
        var asCommitted = indexer.Notifications().Received.ToList();

        await indexer.CountAsync("UPDATE outbox_delivered SET last_id = 0");
        Assert.Null(await indexer.Follower.StepAsync(CancellationToken.None));
        var readBack = indexer.Notifications().Received.Skip(asCommitted.Count).ToList();

        Assert.Equal(asCommitted.Count, readBack.Count);
        Assert.Equal(asCommitted.Select(Describe), readBack.Select(Describe));
        Assert.Contains(asCommitted, n => n is EpochFunded);
    }

    [Fact]
    public async Task A_handler_that_fails_gets_the_notification_again_and_nothing_is_skipped()
    {
        var suite = await ScenarioAsync();
        await using var indexer = await IndexerHarness.CreateAsync(chain, database, suite, initialRange: 1_000);
        indexer.Notifications().FailOnceAtDelivery = 3;

        await Assert.ThrowsAsync<InvalidOperationException>(indexer.CatchUpAsync);
        Assert.True(await indexer.CountAsync("SELECT count(*) FROM outbox_undelivered") > 0);
        await indexer.CatchUpAsync();

        var deliveries = indexer.Notifications().Received.OfType<ChainEvent>().Select(e => e.Location.DeliveryId).ToList();
        Assert.Equal(await indexer.CountAsync("SELECT count(*) FROM outbox"), deliveries.Distinct().Count());
        Assert.Contains(3L, deliveries);
        Assert.Equal(0, await indexer.CountAsync("SELECT count(*) FROM outbox_undelivered"));
    }

    [Fact]
    public async Task Delivered_while_the_next_range_is_indexed_every_event_arrives_once_in_chain_order_even_after_a_handler_fails()
    {
        var suite = await ScenarioAsync();
        await using var indexer = await IndexerHarness.CreateAsync(chain, database, suite, initialRange: 2);
        indexer.Notifications().FailOnceAtDelivery = 3;

        await indexer.RunUntilDeliveredAsync();

        Assert.Null(indexer.Notifications().FailOnceAtDelivery);
        var deliveries = indexer.Notifications().Received.OfType<ChainEvent>().Select(e => e.Location.DeliveryId).ToList();
        Assert.Equal(deliveries.Order(), deliveries);
        Assert.Equal(deliveries.Distinct(), deliveries);
        Assert.Equal(await indexer.CountAsync("SELECT count(*) FROM outbox"), deliveries.Count);
    }

    [Fact]
    public async Task A_reorg_is_announced_with_its_fork_point_and_orphaned_events_are_not_announced_twice()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var indexer = await IndexerHarness.CreateAsync(chain, database, suite, initialRange: 1_000);
        await RecordAsync(suite, units: 1);
        await RecordAsync(suite, units: 2);
        await indexer.CatchUpAsync();
        var head = await indexer.Rpc.BlockNumberAsync(CancellationToken.None);

        await chain.Node.RpcAsync("anvil_rollback", [1]);
        await RecordAsync(suite, units: 3);
        await indexer.CatchUpAsync();

        var rollback = Assert.Single(indexer.Notifications().Received.OfType<BlocksRolledBack>());
        Assert.Equal(head - 1, rollback.ForkPoint);
        var units = indexer.Notifications().Received.OfType<ContributionRecorded>().Select(e => (int)e.Units);
        Assert.Equal([1, 2, 3], units);
    }

    /// <summary>A notification's type and every value, byte arrays and lists by content.</summary>
    private static string Describe(object notification) =>
        notification.GetType().Name + " " + string.Join(", ", notification.GetType().GetProperties()
            .Where(p => p.Name != "EqualityContract")
            .Select(p => $"{p.Name}={Value(p.GetValue(notification))}"));

    private static string? Value(object? value) => value switch
    {
        byte[] bytes => Convert.ToHexString(bytes),
        string text => text,
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Value)) + "]",
        _ => value?.ToString(),
    };

    private async Task<Suite> ScenarioAsync()
    {
        var suite = await chain.DeploySuiteAsync();
        await RecordAsync(suite, units: 5);
        await suite.AsTreasuryAsync(suite.TokenAddress, new Token.ApproveFunction { Spender = suite.DistributorAddress, Value = Budget });
        await suite.AsTreasuryAsync(suite.DistributorAddress, new Distributor.FundEpochFunction
        {
            Epoch = 1, Budget = Budget, WindowStart = 10, WindowEnd = 20, PolicyHash = new byte[32],
        });
        await RecordAsync(suite, units: 6);
        return suite;
    }

    private Task<TransactionReceipt> RecordAsync(Suite suite, int units) =>
        suite.Registry(0).RecordBatchRequestAndWaitForReceiptAsync(
            [new Contribution { Contributor = chain.Address(3), Kind = 1, Units = units, EvidenceDigest = new byte[32], EvidenceCodec = Cid.RawCodec }]);
}
