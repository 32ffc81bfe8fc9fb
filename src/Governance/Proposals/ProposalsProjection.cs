using GovernanceRewards.Indexer.Notifications;
using Mediator;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;

namespace GovernanceRewards.Governance.Proposals;

/// <summary>
/// Keeps the governance read model (proposals, tallies, votes, delegations, voting power) in step with the
/// indexer's final events. Each notification is applied in one transaction together with its delivery id, so a
/// re-delivered one is recognised and skipped; a rollback deletes what came from the orphaned blocks and
/// recomputes the tallies from the votes that remain.
/// </summary>
public sealed class ProposalsProjection(NpgsqlDataSource dataSource)
    : INotificationHandler<ChainEventIndexed>, INotificationHandler<BlocksRolledBack>
{
    private static readonly HashSet<string> Projected =
    [
        "proposal_created", "vote_cast", "vote_cast_with_params", "proposal_queued", "proposal_executed",
        "proposal_canceled", "proposal_extended", "delegate_changed", "delegate_votes_changed", "staked", "withdrawal_requested",
        "slashed",
    ];

    // Everything the orphaned blocks brought, undone; tallies recomputed from the votes that remain.
    private static readonly string[] RollbackStatements =
    [
        "DELETE FROM governance_proposals WHERE chain_id = $1 AND created_block > $2",
        "DELETE FROM governance_votes WHERE chain_id = $1 AND block_number > $2",
        "DELETE FROM governance_delegations WHERE chain_id = $1 AND block_number > $2",
        "DELETE FROM governance_power_changes WHERE chain_id = $1 AND block_number > $2",
        "UPDATE governance_proposals SET queued_block = NULL, queued_tx = NULL, eta = NULL WHERE chain_id = $1 AND queued_block > $2",
        "UPDATE governance_proposals SET executed_block = NULL, executed_tx = NULL WHERE chain_id = $1 AND executed_block > $2",
        "UPDATE governance_proposals SET canceled_block = NULL, canceled_tx = NULL WHERE chain_id = $1 AND canceled_block > $2",
        "UPDATE governance_proposals SET extended_deadline = NULL, extended_block = NULL WHERE chain_id = $1 AND extended_block > $2",
        "UPDATE governance_proposals SET quorum = NULL WHERE chain_id = $1 AND vote_start >= $2",
        """
        UPDATE governance_proposals p SET
            for_votes = coalesce((SELECT sum(weight) FROM governance_votes v WHERE v.chain_id = p.chain_id AND v.proposal_id = p.proposal_id AND support = 1), 0),
            against_votes = coalesce((SELECT sum(weight) FROM governance_votes v WHERE v.chain_id = p.chain_id AND v.proposal_id = p.proposal_id AND support = 0), 0),
            abstain_votes = coalesce((SELECT sum(weight) FROM governance_votes v WHERE v.chain_id = p.chain_id AND v.proposal_id = p.proposal_id AND support = 2), 0)
        WHERE chain_id = $1 AND (vote_end >= $2 OR extended_deadline >= $2)
        """,
    ];

    public async ValueTask Handle(ChainEventIndexed notification, CancellationToken cancellationToken)
    {
        if (!Projected.Contains(notification.Event)) return;
        var location = notification.Location;
        await ApplyOnceAsync(location.ChainId, location.DeliveryId, (connection, transaction) =>
            ApplyEventAsync(connection, transaction, notification, cancellationToken), cancellationToken);
    }

    public async ValueTask Handle(BlocksRolledBack notification, CancellationToken cancellationToken) =>
        await ApplyOnceAsync(notification.ChainId, notification.DeliveryId, async (connection, transaction) =>
        {
            var chainId = notification.ChainId;
            var fork = (long)notification.ForkPoint;
            await using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var sql in RollbackStatements)
            {
                var command = new NpgsqlBatchCommand(sql);
                command.Parameters.AddWithValue(chainId);
                command.Parameters.AddWithValue(fork);
                batch.BatchCommands.Add(command);
            }
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    private async Task ApplyOnceAsync(
        long chainId, long deliveryId, Func<NpgsqlConnection, NpgsqlTransaction, Task> apply, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var claim = new NpgsqlCommand(
            """
            INSERT INTO governance_applied (chain_id, delivery_id) VALUES ($1, $2)
            ON CONFLICT (chain_id) DO UPDATE SET delivery_id = excluded.delivery_id
            WHERE governance_applied.delivery_id < excluded.delivery_id
            """, connection, transaction))
        {
            claim.Parameters.AddWithValue(chainId);
            claim.Parameters.AddWithValue(deliveryId);
            if (await claim.ExecuteNonQueryAsync(cancellationToken) == 0) return;
        }
        await apply(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ApplyEventAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ChainEventIndexed notification, CancellationToken cancellationToken)
    {
        var location = notification.Location;
        var arguments = notification.Arguments;
        var block = (long)location.BlockNumber;
        var tx = location.TransactionHash.HexToByteArray();
        NpgsqlCommand command;
        switch (notification.Event)
        {
            case "proposal_created":
                var description = arguments.Text("description");
                command = Command(
                    """
                    INSERT INTO governance_proposals (chain_id, proposal_id, proposer, title, description, targets, "values", calldatas,
                        vote_start, vote_end, created_block, created_tx)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING
                    """,
                    location.ChainId, arguments.Number("proposal_id"), arguments.Bytes("proposer"), ProposalDescription.Parse(description).Title,
                    description, arguments.BytesArray("targets"), arguments.NumberArray("values"), arguments.BytesArray("calldatas"),
                    arguments.Int64("vote_start"), arguments.Int64("vote_end"), block, tx);
                break;
            case "vote_cast" or "vote_cast_with_params":
                var tally = (int)arguments.Number("support") switch
                {
                    0 => "against_votes",
                    1 => "for_votes",
                    _ => "abstain_votes",
                };
                command = Command(
                    $"""
                    WITH vote AS (
                        INSERT INTO governance_votes (chain_id, proposal_id, voter, support, weight, reason, params, block_number, log_index, transaction_hash)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING RETURNING weight)
                    UPDATE governance_proposals SET {tally} = {tally} + (SELECT weight FROM vote)
                    WHERE chain_id = $1 AND proposal_id = $2 AND EXISTS (SELECT 1 FROM vote)
                    """,
                    location.ChainId, arguments.Number("proposal_id"), arguments.Bytes("voter"), (short)arguments.Number("support"),
                    arguments.Number("weight"), arguments.Text("reason"),
                    notification.Event == "vote_cast_with_params" ? arguments.Bytes("params") : DBNull.Value, block, location.LogIndex, tx);
                break;
            case "proposal_queued":
                command = Command("UPDATE governance_proposals SET queued_block = $3, queued_tx = $4, eta = $5 WHERE chain_id = $1 AND proposal_id = $2",
                    location.ChainId, arguments.Number("proposal_id"), block, tx, arguments.Int64("eta_seconds"));
                break;
            case "proposal_executed":
                command = Command("UPDATE governance_proposals SET executed_block = $3, executed_tx = $4 WHERE chain_id = $1 AND proposal_id = $2",
                    location.ChainId, arguments.Number("proposal_id"), block, tx);
                break;
            case "proposal_canceled":
                command = Command("UPDATE governance_proposals SET canceled_block = $3, canceled_tx = $4 WHERE chain_id = $1 AND proposal_id = $2",
                    location.ChainId, arguments.Number("proposal_id"), block, tx);
                break;
            case "proposal_extended":
                command = Command("UPDATE governance_proposals SET extended_deadline = $3, extended_block = $4 WHERE chain_id = $1 AND proposal_id = $2",
                    location.ChainId, arguments.Number("proposal_id"), arguments.Int64("extended_deadline"), block);
                break;
            case "delegate_changed":
                command = Command(
                    "INSERT INTO governance_delegations (chain_id, delegator, delegate, block_number, log_index) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                    location.ChainId, arguments.Bytes("delegator"), arguments.Bytes("to_delegate"), block, location.LogIndex);
                break;
            case "delegate_votes_changed":
                command = PowerChange(location, arguments.Bytes("delegate"), "delegated", "$6", arguments.Number("new_votes"));
                break;
            case "staked" or "withdrawal_requested" or "slashed":
                // Stake in cooldown no longer votes: a request lowers the staked power, the withdrawal itself does not.
                var (sign, amount) = notification.Event switch
                {
                    "staked" => ("+", arguments.Number("amount")),
                    "withdrawal_requested" => ("-", arguments.Number("amount")),
                    _ => ("-", arguments.Number("from_stake")),
                };
                command = PowerChange(location, arguments.Bytes("account"), "staked",
                    $"""
                    coalesce((SELECT amount FROM governance_power_changes WHERE chain_id = $1 AND account = $2 AND source = $3
                              ORDER BY block_number DESC, log_index DESC LIMIT 1), 0) {sign} $6
                    """, amount);
                break;
            default:
                throw new InvalidOperationException($"{notification.Event} is projected but has no rule");
        }
        command.Connection = connection;
        command.Transaction = transaction;
        await using (command) await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlCommand PowerChange(EventLocation location, byte[] account, string source, string amountSql, object amount) =>
        Command(
            $"""
            INSERT INTO governance_power_changes (chain_id, account, source, block_number, log_index, amount)
            VALUES ($1, $2, $3, $4, $5, {amountSql}) ON CONFLICT DO NOTHING
            """,
            location.ChainId, account, source, (long)location.BlockNumber, location.LogIndex, amount);

    private static NpgsqlCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }
}
