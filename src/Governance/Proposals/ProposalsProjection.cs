using System.Numerics;
using GovernanceRewards.Indexer.Events;
using Mediator;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;

namespace GovernanceRewards.Governance.Proposals;

/// <summary>
/// Keeps the governance read model (proposals, tallies, votes, delegations, voting power) in step with the
/// indexer's final events, one handler per event. Each event is applied in one transaction together with its
/// delivery id, so a re-delivered one is recognised and skipped; a rollback deletes what came from the orphaned
/// blocks and recomputes the tallies from the votes that remain.
/// </summary>
public sealed class ProposalsProjection(NpgsqlDataSource dataSource)
    : INotificationHandler<ProposalCreated>, INotificationHandler<VoteCast>, INotificationHandler<VoteCastWithParams>,
      INotificationHandler<ProposalQueued>, INotificationHandler<ProposalExecuted>, INotificationHandler<ProposalCanceled>,
      INotificationHandler<ProposalExtended>, INotificationHandler<DelegateChanged>, INotificationHandler<DelegateVotesChanged>,
      INotificationHandler<Staked>, INotificationHandler<WithdrawalRequested>, INotificationHandler<Slashed>, INotificationHandler<BlocksRolledBack>
{
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

    public ValueTask Handle(ProposalCreated e, CancellationToken cancellationToken) => ApplyAsync(e, Command(
        """
        INSERT INTO governance_proposals (chain_id, proposal_id, proposer, title, description, targets, "values", calldatas,
            vote_start, vote_end, created_block, created_tx)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING
        """,
        e.Location.ChainId, e.ProposalId, e.Proposer.HexToByteArray(), ProposalDescription.Parse(e.Description).Title, e.Description,
        e.Targets.Select(t => t.HexToByteArray()).ToArray(), e.Values.ToArray(), e.Calldatas.ToArray(), (long)e.VoteStart, (long)e.VoteEnd,
        (long)e.Location.BlockNumber, Transaction(e)), cancellationToken);

    public ValueTask Handle(VoteCast e, CancellationToken cancellationToken) =>
        ApplyAsync(e, Vote(e, e.Voter, e.ProposalId, e.Support, e.Weight, e.Reason, null), cancellationToken);

    public ValueTask Handle(VoteCastWithParams e, CancellationToken cancellationToken) =>
        ApplyAsync(e, Vote(e, e.Voter, e.ProposalId, e.Support, e.Weight, e.Reason, e.Params), cancellationToken);

    public ValueTask Handle(ProposalQueued e, CancellationToken cancellationToken) => ApplyAsync(e, Command(
        "UPDATE governance_proposals SET queued_block = $3, queued_tx = $4, eta = $5 WHERE chain_id = $1 AND proposal_id = $2",
        e.Location.ChainId, e.ProposalId, (long)e.Location.BlockNumber, Transaction(e), (long)e.EtaSeconds), cancellationToken);

    public ValueTask Handle(ProposalExecuted e, CancellationToken cancellationToken) => ApplyAsync(e, Command(
        "UPDATE governance_proposals SET executed_block = $3, executed_tx = $4 WHERE chain_id = $1 AND proposal_id = $2",
        e.Location.ChainId, e.ProposalId, (long)e.Location.BlockNumber, Transaction(e)), cancellationToken);

    public ValueTask Handle(ProposalCanceled e, CancellationToken cancellationToken) => ApplyAsync(e, Command(
        "UPDATE governance_proposals SET canceled_block = $3, canceled_tx = $4 WHERE chain_id = $1 AND proposal_id = $2",
        e.Location.ChainId, e.ProposalId, (long)e.Location.BlockNumber, Transaction(e)), cancellationToken);

    public ValueTask Handle(ProposalExtended e, CancellationToken cancellationToken) => ApplyAsync(e, Command(
        "UPDATE governance_proposals SET extended_deadline = $3, extended_block = $4 WHERE chain_id = $1 AND proposal_id = $2",
        e.Location.ChainId, e.ProposalId, (long)e.ExtendedDeadline, (long)e.Location.BlockNumber), cancellationToken);

    public ValueTask Handle(DelegateChanged e, CancellationToken cancellationToken) => ApplyAsync(e, Command(
        "INSERT INTO governance_delegations (chain_id, delegator, delegate, block_number, log_index) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
        e.Location.ChainId, e.Delegator.HexToByteArray(), e.ToDelegate.HexToByteArray(), (long)e.Location.BlockNumber, e.Location.LogIndex),
        cancellationToken);

    public ValueTask Handle(DelegateVotesChanged e, CancellationToken cancellationToken) =>
        ApplyAsync(e, PowerChange(e.Location, e.Delegate.HexToByteArray(), "delegated", "$6", e.NewVotes), cancellationToken);

    // Stake in cooldown no longer votes: a request lowers the staked power, the withdrawal itself does not.
    public ValueTask Handle(Staked e, CancellationToken cancellationToken) => ApplyAsync(e, StakedPower(e, e.Account, "+", e.Amount), cancellationToken);

    public ValueTask Handle(WithdrawalRequested e, CancellationToken cancellationToken) =>
        ApplyAsync(e, StakedPower(e, e.Account, "-", e.Amount), cancellationToken);

    public ValueTask Handle(Slashed e, CancellationToken cancellationToken) => ApplyAsync(e, StakedPower(e, e.Account, "-", e.FromStake), cancellationToken);

    private ValueTask ApplyAsync(ChainEvent e, NpgsqlCommand command, CancellationToken cancellationToken) =>
        new(ApplyOnceAsync(e.Location.ChainId, e.Location.DeliveryId, async (connection, transaction) =>
        {
            command.Connection = connection;
            command.Transaction = transaction;
            await using (command) await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken));

    private static byte[] Transaction(ChainEvent e) => e.Location.TransactionHash.HexToByteArray();

    private static NpgsqlCommand Vote(ChainEvent e, string voter, BigInteger proposalId, byte support, BigInteger weight, string reason, byte[]? parameters)
    {
        var tally = support switch
        {
            0 => "against_votes",
            1 => "for_votes",
            _ => "abstain_votes",
        };
        return Command(
            $"""
            WITH vote AS (
                INSERT INTO governance_votes (chain_id, proposal_id, voter, support, weight, reason, params, block_number, log_index, transaction_hash)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING RETURNING weight)
            UPDATE governance_proposals SET {tally} = {tally} + (SELECT weight FROM vote)
            WHERE chain_id = $1 AND proposal_id = $2 AND EXISTS (SELECT 1 FROM vote)
            """,
            e.Location.ChainId, proposalId, voter.HexToByteArray(), (short)support, weight, reason, (object?)parameters ?? DBNull.Value,
            (long)e.Location.BlockNumber, e.Location.LogIndex, Transaction(e));
    }

    private static NpgsqlCommand StakedPower(ChainEvent e, string account, string sign, BigInteger amount) =>
        PowerChange(e.Location, account.HexToByteArray(), "staked",
            $"""
            coalesce((SELECT amount FROM governance_power_changes WHERE chain_id = $1 AND account = $2 AND source = $3
                      ORDER BY block_number DESC, log_index DESC LIMIT 1), 0) {sign} $6
            """, amount);

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
