using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using DbUp;
using GovernanceRewards.Chain.Storage;
using GovernanceRewards.Content;
using GovernanceRewards.Indexer.Events;
using GovernanceRewards.Indexer.Notifications;
using GovernanceRewards.Indexer.Rpc;
using GovernanceRewards.Indexer.Storage;
using GovernanceRewards.Rewards.Contributions;
using GovernanceRewards.Testing;
using Mediator;
using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Util;
using Npgsql;

namespace GovernanceRewards.Rewards.Tests.Migrations;

/// <summary>
/// A database written by the version before events were stored once (a raw log, a typed row and a JSON outbox row per
/// event) moves forward: the facts reach the reward read model, the outbox rows become raw logs that decode into typed
/// notifications, and the typed tables go.
/// </summary>
public sealed class ForwardMigrationTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_database_of_the_previous_version_keeps_every_event_and_fact_after_the_migrations()
    {
        var suite = await chain.DeploySuiteAsync();
        await suite.Registry(0).RecordRequestAndWaitForReceiptAsync(chain.Address(4), 3, 250, Sha3Keccack.Current.CalculateHash([1]), Cid.RawCodec);
        var rpc = new JsonRpcClient(new HttpClient(), chain.Node.RpcUrl);
        var head = await rpc.BlockNumberAsync(CancellationToken.None);
        var log = (await rpc.LogsAsync([suite.RegistryAddress], 0, head, CancellationToken.None))
            .Single(l => l.Topics[0].AsSpan().SequenceEqual(ChainEventCatalog.Current.Named("ContributionRecorded")!.Topic));
        var block = (await rpc.BlockAsync(log.BlockNumber, CancellationToken.None))!;
        var connectionString = await database.CreateDatabaseAsync();
        ChainDatabase.Migrate(connectionString, NullLogger.Instance);
        Upgrade(connectionString, typeof(IndexerDatabase), "0008_");
        Upgrade(connectionString, typeof(RewardsDatabase), "0003_");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await SeedPreviousVersionAsync(dataSource, log, block.Timestamp);

        RewardsDatabase.Migrate(connectionString, NullLogger.Instance);

        var contributions = await new ContributionQueries(dataSource, (long)chain.Node.ChainId).ListAsync(null, null, 10, false, CancellationToken.None);
        var contribution = Assert.Single(contributions.Items);
        Assert.Equal((chain.Address(4).ToLowerInvariant(), "modelTraining", new BigInteger(250), block.Timestamp),
            (contribution.Contributor, contribution.Kind, contribution.Units, contribution.Timestamp));
        // The previous version kept no codec: its hash is shown as it was, with no CID made up for it.
        Assert.Equal((Sha3Keccack.Current.CalculateHash([1]).ToHex(true), null, null),
            (contribution.EvidenceHash, contribution.EvidenceCid, contribution.EvidenceUri));
        Assert.Equal(0L, await ScalarAsync<long>(dataSource, "SELECT count(*) FROM logs"));
        Assert.Null(await ScalarAsync<string>(dataSource, "SELECT to_regclass('contribution_recorded')::text"));
        var published = new List<INotification>();
        await using (var reset = dataSource.CreateCommand("DELETE FROM outbox_delivered"))
        {
            await reset.ExecuteNonQueryAsync();
        }
        await new OutboxPublisher(dataSource, new Recording(published), (long)chain.Node.ChainId).PublishPendingAsync(CancellationToken.None);
        var delivered = Assert.IsType<ContributionRecorded>(Assert.Single(published.OfType<ChainEvent>()));
        Assert.Equal((new BigInteger(250), (byte)3, block.Timestamp, (int)log.LogIndex),
            (delivered.Units, delivered.Kind, delivered.Location.BlockTimestamp, delivered.Location.LogIndex));
    }

    /// <summary>Applies <paramref name="feature"/>'s scripts that come before <paramref name="first"/> (the previous version's), in the journal the migrations use.</summary>
    private static void Upgrade(string connectionString, Type feature, string first)
    {
        const string Folder = ".Migrations.";
        var result = DeployChanges.To.PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(feature.Assembly, name => name.Contains(Folder, StringComparison.Ordinal)
                && string.CompareOrdinal(name[(name.IndexOf(Folder, StringComparison.Ordinal) + Folder.Length)..], first) < 0)
            .WithTransactionPerScript().LogToNowhere().Build().PerformUpgrade();
        Assert.True(result.Successful, result.Error?.Message);
    }

    /// <summary>What the previous version wrote for one contribution: the raw log, its block, its typed row and its announcement, delivered.</summary>
    private async Task SeedPreviousVersionAsync(NpgsqlDataSource dataSource, ChainLog log, ulong timestamp)
    {
        var chainId = (long)chain.Node.ChainId;
        var values = new object[]
        {
            chainId, (long)log.BlockNumber, log.BlockHash, log.LogIndex, log.TransactionHash, log.Address, log.Topics[0], log.Topics[1],
            log.Topics[2], log.Topics[3], log.Data, (long)timestamp,
        };
        await using var batch = new NpgsqlBatch(await dataSource.OpenConnectionAsync());
        foreach (var sql in new[]
        {
            "INSERT INTO logs VALUES ($1, $2, $3, $4, $5, 0, $6, $7, $8, $9, $10, $11)",
            "INSERT INTO blocks (chain_id, number, hash, timestamp) VALUES ($1, $2, $3, $12)",
            """
            INSERT INTO contribution_recorded (chain_id, block_number, block_hash, log_index, transaction_hash, contract, id, contributor, kind, units,
                evidence_hash, attester)
            VALUES ($1, $2, $3, $4, $5, $6, 1, substring($9 FROM 13), 3, 250, substring($11 FROM 33 FOR 32), substring($11 FROM 109 FOR 20))
            """,
            """
            INSERT INTO outbox (chain_id, kind, block_number, block_hash, log_index, transaction_hash, payload)
            VALUES ($1, 'contribution_recorded', $2, $3, $4, $5, '{"id": "1", "units": "250"}')
            """,
            "INSERT INTO outbox_delivered VALUES ($1, (SELECT max(id) FROM outbox))",
        })
        {
            var command = new NpgsqlBatchCommand(sql);
            // Each statement takes the values up to the highest $n it names.
            foreach (var value in values.Take(Regex.Matches(sql, @"\$(\d+)").Max(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync();
        await batch.Connection!.DisposeAsync();
    }

    private static async Task<T?> ScalarAsync<T>(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return await command.ExecuteScalarAsync() is T value ? value : default;
    }

    private sealed class Recording(List<INotification> published) : IPublisher
    {
        public ValueTask Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default) where TNotification : INotification
        {
            published.Add(notification);
            return default;
        }

        public ValueTask Publish(object notification, CancellationToken cancellationToken = default)
        {
            published.Add((INotification)notification);
            return default;
        }
    }
}
