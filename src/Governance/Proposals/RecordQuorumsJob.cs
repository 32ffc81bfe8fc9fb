using System.Data;
using System.Numerics;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Indexer.Notifications;
using Hangfire;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GovernanceRewards.Governance.Proposals;

/// <summary>The governor's <c>quorum(voteStart)</c> of a proposal whose snapshot is past.</summary>
internal sealed record SnapshotQuorum(BigInteger ProposalId, ulong VoteStart, BigInteger Quorum);

/// <summary>
/// Records the quorum of every proposal whose snapshot is past the read model's head, so that reads find it in the
/// row: it is fixed from then on, and only a rollback to before the snapshot clears it. It needs no key, only the
/// governor's answer, so every host registers it, read-only ones included. Several hosts may run it at once: a quorum
/// is written only where none is recorded, and both would write the same value.
/// </summary>
public sealed partial class RecordQuorumsJob(
    NpgsqlDataSource dataSource, SuiteChain chain, ILogger<RecordQuorumsJob> logger)
{
    public const string RecurringJobId = "governance-quorums";

    /// <summary>One pass; returns how many quorums it recorded.</summary>
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var head = (await DeliveredHead.ReadAsync(dataSource, chain.ChainId, cancellationToken)).BlockNumber;
        var recorded = 0;
        foreach (var snapshot in await UnrecordedAsync(dataSource, chain, head, cancellationToken))
        {
            // A proposal created again at another snapshot after a reorg keeps the quorum its own snapshot gives.
            await using var update = dataSource.CreateCommand(
                """
                UPDATE governance_proposals SET quorum = $4
                WHERE chain_id = $1 AND proposal_id = $2 AND vote_start = $3 AND quorum IS NULL
                """);
            update.Parameters.AddWithValue(chain.ChainId);
            update.Parameters.AddWithValue(snapshot.ProposalId);
            update.Parameters.AddWithValue((long)snapshot.VoteStart);
            update.Parameters.AddWithValue(snapshot.Quorum);
            if (await update.ExecuteNonQueryAsync(cancellationToken) == 0) continue;
            Recorded(logger, chain.ChainId, snapshot.ProposalId, snapshot.VoteStart, snapshot.Quorum);
            recorded++;
        }
        return recorded;
    }

    /// <summary>
    /// Asks the governor for the quorum of every proposal whose snapshot is before <paramref name="head"/> and whose
    /// quorum is not recorded yet (a partial index holds just those rows); writes nothing.
    /// </summary>
    internal static async Task<IReadOnlyList<SnapshotQuorum>> UnrecordedAsync(
        NpgsqlDataSource dataSource, SuiteChain chain, ulong head, CancellationToken cancellationToken)
    {
        var missing = new List<(BigInteger ProposalId, ulong VoteStart)>();
        await using (var command = dataSource.CreateCommand(
            """
            SELECT proposal_id, vote_start FROM governance_proposals
            WHERE chain_id = $1 AND quorum IS NULL AND vote_start < $2
            """))
        {
            command.Parameters.AddWithValue(chain.ChainId);
            command.Parameters.AddWithValue((long)head);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                missing.Add((reader.GetFieldValue<BigInteger>("proposal_id"), (ulong)reader.GetInt64("vote_start")));
            }
        }
        var quorums = new List<SnapshotQuorum>(missing.Count);
        foreach (var (proposalId, voteStart) in missing)
        {
            quorums.Add(new SnapshotQuorum(proposalId, voteStart, await chain.Governor().QuorumQueryAsync(voteStart)));
        }
        return quorums;
    }

    [LoggerMessage(1, LogLevel.Information,
        "Recorded the quorum of proposal {ProposalId} on chain {ChainId} at its snapshot {VoteStart}: {Quorum}")]
    private static partial void Recorded(
        ILogger logger, long chainId, BigInteger proposalId, ulong voteStart, BigInteger quorum);
}
