using System.Data;
using System.Numerics;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Governance.Keeper;
using GovernanceRewards.Indexer.Notifications;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;

namespace GovernanceRewards.Governance.Proposals;

/// <summary>A proposal as listed: tallies, quorum and state as of <see cref="AtBlock"/> (the last block indexed).</summary>
public sealed record ProposalSummary(
    BigInteger Id, string Title, string Proposer, ProposalState State, BigInteger ForVotes, BigInteger AgainstVotes,
    BigInteger AbstainVotes, BigInteger? Quorum, ulong VoteStart, ulong Deadline, ulong? Eta, ulong AtBlock)
{
    /// <summary>For and abstain votes count toward quorum, as in the governor.</summary>
    public BigInteger QuorumVotes => ForVotes + AbstainVotes;

    public ulong BlocksLeft => State == ProposalState.Active ? Deadline - AtBlock : 0;
}

public sealed record ProposalVote(string Voter, byte Support, BigInteger Weight, string Reason, string? Params, ulong BlockNumber, string TransactionHash);

public sealed record TimelineEntry(string What, ulong? BlockNumber, string? TransactionHash);

/// <summary>What the keeper tried for a proposal, with the decoded reason when the chain refused it.</summary>
public sealed record KeeperAttempt(string Action, string Status, string? TransactionHash, string? Error, int Attempts);

public sealed record ProposalDetail(
    ProposalSummary Summary, string Description, string Body, IReadOnlyList<DescribedAction> Actions, IReadOnlyList<ProposalVote> Votes,
    IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<KeeperAttempt> Keeper);

public sealed record Page<T>(IReadOnlyList<T> Items, long Total, int PageNumber, int PageSize);

/// <summary>
/// Voting power at a block: delegated token votes plus staked balance, as the governor counts them, and whom the
/// account's own tokens were delegated to then (null: nobody, so they did not vote).
/// </summary>
public sealed record VotingPower(string Account, ulong BlockNumber, BigInteger Delegated, BigInteger Staked, string? Delegate)
{
    public BigInteger Total => Delegated + Staked;
}

/// <summary>
/// Reads the governance read model, and only reads it. State follows the governor's rules, evaluated at the last
/// indexed block; the quorum of a proposal is recorded by <see cref="RecordQuorumsJob"/> once its snapshot is past.
/// </summary>
public sealed class ProposalQueries(NpgsqlDataSource dataSource, SuiteChain chain, ActionDescriber describer)
{
    // Until RecordQuorumsJob has recorded a quorum, each read asks the governor for it and passes it in (ReadPoint).
    private const string QuorumSql = """
        coalesce(quorum, (SELECT u.quorum FROM unnest(@unrecorded_ids::numeric[], @unrecorded_quorums::numeric[])
                              AS u(id, quorum) WHERE u.id = proposal_id))
        """;

    private const string StateSql = $"""
        CASE
            WHEN executed_block IS NOT NULL THEN 7
            WHEN canceled_block IS NOT NULL THEN 2
            WHEN vote_start >= @head THEN 0
            WHEN coalesce(extended_deadline, vote_end) >= @head THEN 1
            WHEN coalesce({QuorumSql} > for_votes + abstain_votes, true) OR for_votes <= against_votes THEN 3
            WHEN eta IS NULL THEN 4
            ELSE 5
        END
        """;

    private const string SummaryColumns = $"""
        proposal_id, title, proposer, ({StateSql})::smallint AS state, for_votes, against_votes, abstain_votes,
        {QuorumSql} AS quorum, vote_start, coalesce(extended_deadline, vote_end) AS deadline, eta
        """;

    /// <summary>The block the read model is complete up to: every event up to it has been delivered.</summary>
    public async Task<ulong> HeadAsync(CancellationToken cancellationToken) =>
        (await DeliveredHead.ReadAsync(dataSource, chain.ChainId, cancellationToken)).BlockNumber;

    public async Task<Page<ProposalSummary>> ListAsync(ProposalState? state, int pageNumber, int pageSize, CancellationToken cancellationToken)
    {
        var at = await ReadPointAsync(cancellationToken);
        // The filter, the count and the order read only the columns the listing index carries (an index-only scan);
        // the page's own rows are then fetched by key (Migrations/0003: the whole table was scanned for every page).
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT {SummaryColumns}, listed_total
            FROM (
                SELECT proposal_id AS listed_id, created_block AS listed_block, count(*) OVER () AS listed_total
                FROM governance_proposals
                WHERE chain_id = @chain AND (@state::smallint IS NULL OR ({StateSql}) = @state)
                ORDER BY created_block DESC, proposal_id DESC
                LIMIT @limit OFFSET @offset) listed
            JOIN governance_proposals ON chain_id = @chain AND proposal_id = listed_id
            ORDER BY listed_block DESC, listed_id DESC
            """);
        command.Parameters.AddWithValue("chain", chain.ChainId);
        at.Bind(command);
        command.Parameters.Add(StateParameter(state));
        command.Parameters.AddWithValue("limit", pageSize);
        command.Parameters.AddWithValue("offset", (long)(pageNumber - 1) * pageSize);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<ProposalSummary>();
        long total = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(Summary(reader, at.Head));
            total = reader.GetInt64("listed_total");
        }
        if (items.Count == 0 && pageNumber > 1) total = await CountAsync(state, at, cancellationToken);
        return new Page<ProposalSummary>(items, total, pageNumber, pageSize);
    }

    public async Task<ProposalDetail?> FindAsync(BigInteger proposalId, CancellationToken cancellationToken)
    {
        var at = await ReadPointAsync(cancellationToken);
        ProposalSummary summary;
        string description;
        var actions = new List<DescribedAction>();
        var timeline = new List<TimelineEntry>();
        await using (var command = dataSource.CreateCommand(
            $"""
            SELECT {SummaryColumns}, description, targets, "values", calldatas, created_block, created_tx, queued_block, queued_tx,
                   executed_block, executed_tx, canceled_block, canceled_tx, extended_block
            FROM governance_proposals WHERE chain_id = @chain AND proposal_id = @id
            """))
        {
            command.Parameters.AddWithValue("chain", chain.ChainId);
            at.Bind(command);
            command.Parameters.AddWithValue("id", proposalId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken)) return null;
            summary = Summary(reader, at.Head);
            description = reader.GetString("description");
            var targets = reader.GetFieldValue<byte[][]>("targets");
            var values = reader.GetFieldValue<BigInteger[]>("values");
            var calldatas = reader.GetFieldValue<byte[][]>("calldatas");
            for (var i = 0; i < targets.Length; i++) actions.Add(describer.Describe(targets[i].ToHex(true), values[i], calldatas[i]));
            AddIfSet(timeline, reader, "created", "proposed");
            timeline.Add(new TimelineEntry("voting opens after block", summary.VoteStart, null));
            if (!reader.IsDBNull("extended_block"))
            {
                timeline.Add(new TimelineEntry(
                    "late quorum extended the vote", (ulong)reader.GetInt64("extended_block"), null));
            }
            timeline.Add(new TimelineEntry("voting closes after block", summary.Deadline, null));
            AddIfSet(timeline, reader, "queued", summary.Eta is { } eta
                ? $"queued; executable from {DateTimeOffset.FromUnixTimeSeconds((long)eta):yyyy-MM-dd HH:mm:ss} UTC" : "queued");
            AddIfSet(timeline, reader, "executed", "executed");
            AddIfSet(timeline, reader, "canceled", "canceled");
        }
        return new ProposalDetail(summary, description, ProposalDescription.Parse(description).Body, actions,
            await VotesAsync(proposalId, cancellationToken), timeline, await KeeperAttemptsAsync(proposalId, cancellationToken));
    }

    public async Task<VotingPower> VotingPowerAsync(string account, ulong blockNumber, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT source, amount FROM (
                SELECT DISTINCT ON (source) source, amount FROM governance_power_changes
                WHERE chain_id = $1 AND account = $2 AND block_number <= $3
                ORDER BY source, block_number DESC, log_index DESC) latest
            """);
        command.Parameters.AddWithValue(chain.ChainId);
        command.Parameters.AddWithValue(account.HexToByteArray());
        command.Parameters.AddWithValue((long)blockNumber);
        BigInteger delegated = 0, staked = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                if (reader.GetString("source") == "delegated") delegated = reader.GetFieldValue<BigInteger>("amount");
                else staked = reader.GetFieldValue<BigInteger>("amount");
            }
        }
        await using var delegation = dataSource.CreateCommand(
            """
            SELECT delegate FROM governance_delegations WHERE chain_id = $1 AND delegator = $2 AND block_number <= $3
            ORDER BY block_number DESC, log_index DESC LIMIT 1
            """);
        delegation.Parameters.AddWithValue(chain.ChainId);
        delegation.Parameters.AddWithValue(account.HexToByteArray());
        delegation.Parameters.AddWithValue((long)blockNumber);
        // Delegating to the zero address takes the tokens' votes away, as never having delegated does.
        var delegatedTo = await delegation.ExecuteScalarAsync(cancellationToken) is byte[] to && to.Any(b => b != 0) ? to.ToHex(true) : null;
        return new VotingPower(account, blockNumber, delegated, staked, delegatedTo);
    }

    /// <summary>The votes <paramref name="voter"/> cast on each of <paramref name="proposalIds"/> that it voted on.</summary>
    public async Task<IReadOnlyDictionary<BigInteger, ProposalVote>> BallotsAsync(
        string voter, IReadOnlyList<BigInteger> proposalIds, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT proposal_id, voter, support, weight, reason, params, block_number, transaction_hash FROM governance_votes
            WHERE chain_id = $1 AND proposal_id = ANY($2) AND voter = $3
            """);
        command.Parameters.AddWithValue(chain.ChainId);
        command.Parameters.AddWithValue(proposalIds.ToArray());
        command.Parameters.AddWithValue(voter.HexToByteArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ballots = new Dictionary<BigInteger, ProposalVote>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ballots[reader.GetFieldValue<BigInteger>("proposal_id")] = Vote(reader);
        }
        return ballots;
    }

    private async Task<long> CountAsync(ProposalState? state, ReadPoint at, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT count(*) FROM governance_proposals WHERE chain_id = @chain AND (@state::smallint IS NULL OR ({StateSql}) = @state)");
        command.Parameters.AddWithValue("chain", chain.ChainId);
        at.Bind(command);
        command.Parameters.Add(StateParameter(state));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static NpgsqlParameter StateParameter(ProposalState? state) =>
        new("state", NpgsqlTypes.NpgsqlDbType.Smallint) { Value = state is { } s ? (short)s : DBNull.Value };

    /// <summary>
    /// What one read sees: the read model's head, and the governor's quorum of each proposal past its snapshot that
    /// <see cref="RecordQuorumsJob"/> has not recorded yet (usually none), for this read alone.
    /// </summary>
    private async Task<ReadPoint> ReadPointAsync(CancellationToken cancellationToken)
    {
        var head = await HeadAsync(cancellationToken);
        return new ReadPoint(head, await RecordQuorumsJob.UnrecordedAsync(dataSource, chain, head, cancellationToken));
    }

    private sealed record ReadPoint(ulong Head, IReadOnlyList<SnapshotQuorum> Unrecorded)
    {
        public void Bind(NpgsqlCommand command)
        {
            command.Parameters.AddWithValue("head", (long)Head);
            command.Parameters.AddWithValue("unrecorded_ids", Unrecorded.Select(q => q.ProposalId).ToArray());
            command.Parameters.AddWithValue("unrecorded_quorums", Unrecorded.Select(q => q.Quorum).ToArray());
        }
    }

    private async Task<List<ProposalVote>> VotesAsync(BigInteger proposalId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT voter, support, weight, reason, params, block_number, transaction_hash FROM governance_votes
            WHERE chain_id = $1 AND proposal_id = $2 ORDER BY block_number, log_index
            """);
        command.Parameters.AddWithValue(chain.ChainId);
        command.Parameters.AddWithValue(proposalId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var votes = new List<ProposalVote>();
        while (await reader.ReadAsync(cancellationToken)) votes.Add(Vote(reader));
        return votes;
    }

    private static ProposalVote Vote(NpgsqlDataReader reader) => new(
        Hex(reader, "voter"), (byte)reader.GetInt16("support"), reader.GetFieldValue<BigInteger>("weight"),
        reader.GetString("reason"), reader.IsDBNull("params") ? null : Hex(reader, "params"),
        (ulong)reader.GetInt64("block_number"), Hex(reader, "transaction_hash"));

    private async Task<List<KeeperAttempt>> KeeperAttemptsAsync(BigInteger proposalId, CancellationToken cancellationToken)
    {
        string[] actions = ["queue", "execute"];
        var entries = await new PostgresTransactionJournal(dataSource).EntriesAsync(
            chain.ChainId, [.. actions.Select(a => GovernanceKeeper.Operation(a, proposalId))], cancellationToken);
        return [.. entries.Select(e => new KeeperAttempt(e.Operation.Split('/')[1], e.Status, e.TransactionHash, e.Error, e.Attempts))];
    }

    /// <summary>The <paramref name="step"/> (created, queued, …) with its block and transaction, if it happened.</summary>
    private static void AddIfSet(List<TimelineEntry> timeline, NpgsqlDataReader reader, string step, string what)
    {
        if (reader.IsDBNull($"{step}_block")) return;
        timeline.Add(new TimelineEntry(what, (ulong)reader.GetInt64($"{step}_block"), Hex(reader, $"{step}_tx")));
    }

    private static string Hex(NpgsqlDataReader reader, string column) =>
        reader.GetFieldValue<byte[]>(column).ToHex(true);

    private static ProposalSummary Summary(NpgsqlDataReader reader, ulong head) => new(
        reader.GetFieldValue<BigInteger>("proposal_id"), reader.GetString("title"), Hex(reader, "proposer"),
        (ProposalState)reader.GetInt16("state"), reader.GetFieldValue<BigInteger>("for_votes"),
        reader.GetFieldValue<BigInteger>("against_votes"), reader.GetFieldValue<BigInteger>("abstain_votes"),
        reader.IsDBNull("quorum") ? null : reader.GetFieldValue<BigInteger>("quorum"), (ulong)reader.GetInt64("vote_start"),
        (ulong)reader.GetInt64("deadline"), reader.IsDBNull("eta") ? null : (ulong)reader.GetInt64("eta"), head);
}
