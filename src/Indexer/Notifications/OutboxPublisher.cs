using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Mediator;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;

namespace GovernanceRewards.Indexer.Notifications;

/// <summary>
/// Delivers what the store committed, in commit order, through Mediator: at least once, since a row is marked only
/// after its handlers returned. Events become <see cref="ChainEventIndexed"/> (and <see cref="EpochFunded"/> for
/// the reward pipeline); rollbacks become <see cref="BlocksRolledBack"/>.
/// </summary>
public sealed class OutboxPublisher(NpgsqlDataSource dataSource, IPublisher publisher, long chainId)
{
    public const string RollbackKind = "blocks_rolled_back";

    /// <summary>
    /// Publishes every pending row; returns how many were delivered. Rows are marked in one statement per page, up to
    /// the last one whose handlers returned, so a failing handler gets the same row again next time.
    /// </summary>
    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        while (true)
        {
            var pending = await PendingAsync(cancellationToken);
            if (pending.Count == 0) return delivered;
            long? lastDelivered = null;
            try
            {
                foreach (var row in pending)
                {
                    foreach (var notification in Notifications(row)) await publisher.Publish(notification, cancellationToken);
                    lastDelivered = row.Id;
                    delivered++;
                }
            }
            finally
            {
                if (lastDelivered is { } last)
                {
                    await using var mark = dataSource.CreateCommand(
                        "UPDATE outbox SET published_at = now() WHERE chain_id = $1 AND id <= $2 AND published_at IS NULL");
                    mark.Parameters.AddWithValue(chainId);
                    mark.Parameters.AddWithValue(last);
                    await mark.ExecuteNonQueryAsync(CancellationToken.None);
                }
            }
        }
    }

    private IEnumerable<INotification> Notifications(OutboxRow row)
    {
        if (row.Kind == RollbackKind)
        {
            yield return new BlocksRolledBack(row.Id, chainId, row.BlockNumber);
            yield break;
        }
        var location = new EventLocation(row.Id, chainId, row.BlockNumber, row.BlockHash!.ToHex(true), row.LogIndex!.Value, row.TransactionHash!.ToHex(true));
        var arguments = row.Payload;
        yield return new ChainEventIndexed(location, row.Kind, arguments);
        if (row.Kind == "epoch_funded")
        {
            yield return new EpochFunded(location,
                ulong.Parse(arguments.GetProperty("epoch").GetString()!, CultureInfo.InvariantCulture),
                BigInteger.Parse(arguments.GetProperty("budget").GetString()!, CultureInfo.InvariantCulture),
                ulong.Parse(arguments.GetProperty("window_start").GetString()!, CultureInfo.InvariantCulture),
                ulong.Parse(arguments.GetProperty("window_end").GetString()!, CultureInfo.InvariantCulture),
                arguments.GetProperty("policy_hash").GetString()!);
        }
    }

    private async Task<List<OutboxRow>> PendingAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT o.id, o.kind, o.block_number, o.block_hash, o.log_index, o.payload, l.transaction_hash
            FROM outbox o
            LEFT JOIN logs l ON l.chain_id = o.chain_id AND l.block_hash = o.block_hash AND l.log_index = o.log_index
            WHERE o.chain_id = $1 AND o.published_at IS NULL ORDER BY o.id LIMIT 5000
            """);
        command.Parameters.AddWithValue(chainId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<OutboxRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new OutboxRow(
                reader.GetInt64(0), reader.GetString(1), (ulong)reader.GetInt64(2),
                reader.IsDBNull(3) ? null : (byte[])reader[3], reader.IsDBNull(4) ? null : reader.GetInt32(4),
                JsonDocument.Parse(reader.GetString(5)).RootElement.Clone(), reader.IsDBNull(6) ? null : (byte[])reader[6]));
        }
        return rows;
    }

    private sealed record OutboxRow(long Id, string Kind, ulong BlockNumber, byte[]? BlockHash, int? LogIndex, JsonElement Payload, byte[]? TransactionHash);
}
