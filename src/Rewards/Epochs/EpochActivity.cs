using System.Numerics;
using GovernanceRewards.Rewards.Allocation;
using GovernanceRewards.Rewards.Policy;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;

namespace GovernanceRewards.Rewards.Epochs;

/// <summary>Asks the governor for the quorum at a proposal's snapshot (fixed once the snapshot is past).</summary>
public delegate Task<BigInteger> QuorumAt(BigInteger snapshot, CancellationToken cancellationToken);

/// <summary>
/// What happened inside an epoch's window, read from the facts the reward read model keeps (each with its block's
/// time; see Migrations/0003): contribution units per contributor and kind, the voting weight each voter is credited for
/// (<see cref="Participation"/>), and each account's bond: the lowest stake it held throughout the window
/// (<see cref="Bond"/>).
/// </summary>
internal static class EpochActivity
{
    public static async Task<List<ContributorActivity>> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long chainId, ulong windowStart, ulong windowEnd, QuorumAt quorumAt,
        CancellationToken cancellationToken)
    {
        var window = new Window(connection, transaction, chainId, windowStart, windowEnd);
        var units = new Dictionary<string, Dictionary<string, BigInteger>>();
        await foreach (var row in window.RowsAsync(
            """
            SELECT contributor, kind, sum(units) FROM reward_contributions
            WHERE chain_id = $1 AND block_timestamp >= $2 AND block_timestamp < $3 GROUP BY contributor, kind
            """, cancellationToken))
        {
            var account = Hex(row[0]);
            var kind = RewardPolicy.Kinds[Convert.ToInt32(row[1], System.Globalization.CultureInfo.InvariantCulture)];
            if (!units.TryGetValue(account, out var byKind)) units[account] = byKind = [];
            byKind[kind] = byKind.GetValueOrDefault(kind) + (BigInteger)row[2];
        }

        // Every vote before the window's end on a proposal voted on inside it: the earlier ones count towards its quorum.
        var votes = new List<CastVote>();
        await foreach (var row in window.RowsAsync(
            """
            WITH v AS (SELECT voter, proposal_id, support, weight, block_timestamp AS timestamp FROM reward_votes WHERE chain_id = $1 AND block_timestamp < $3)
            SELECT voter, proposal_id, support, weight, timestamp >= $2 FROM v
            WHERE proposal_id IN (SELECT proposal_id FROM v WHERE timestamp >= $2)
            """, cancellationToken))
        {
            votes.Add(new CastVote(Hex(row[0]), (BigInteger)row[1], (byte)(short)row[2], (BigInteger)row[3], (bool)row[4]));
        }
        var proposals = new Dictionary<BigInteger, ProposalStanding>();
        await foreach (var row in window.RowsAsync(
            """
            SELECT proposal_id, vote_start, coalesce(canceled_timestamp < $3, false) FROM reward_proposals
            WHERE chain_id = $1 AND $2 >= 0 AND proposal_id = ANY($4)
            """, cancellationToken, [.. votes.Select(v => v.ProposalId).Distinct()]))
        {
            proposals[(BigInteger)row[0]] = new ProposalStanding(await quorumAt((BigInteger)row[1], cancellationToken), (bool)row[2]);
        }

        var changes = new List<StakeChange>();
        await foreach (var row in window.RowsAsync(
            """
            SELECT account, block_timestamp, CASE change WHEN 'staked' THEN amount ELSE -amount END FROM reward_stake_changes
            WHERE chain_id = $1 AND $2 >= 0 AND block_timestamp < $3 AND change IN ('staked', 'withdrawalRequested', 'slashed')
            ORDER BY block_number, log_index
            """, cancellationToken))
        {
            changes.Add(new StakeChange(Hex(row[0]), (ulong)(long)row[1], (BigInteger)row[2]));
        }
        return WindowActivity.Of(units, votes, proposals, changes, windowStart);
    }

    private static string Hex(object value) => ((byte[])value).ToHex(true);

    private sealed record Window(NpgsqlConnection Connection, NpgsqlTransaction Transaction, long ChainId, ulong Start, ulong End)
    {
        /// <summary>Rows of <paramref name="sql"/> with $1 the chain, $2 and $3 the window's bounds, $4 any proposal ids.</summary>
        public async IAsyncEnumerable<object[]> RowsAsync(
            string sql, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken, BigInteger[]? proposalIds = null)
        {
            await using var command = new NpgsqlCommand(sql, Connection, Transaction);
            command.Parameters.AddWithValue(ChainId);
            command.Parameters.AddWithValue((long)Start);
            command.Parameters.AddWithValue((long)End);
            if (proposalIds is not null) command.Parameters.AddWithValue(proposalIds);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = new object[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.GetFieldType(i) == typeof(decimal) ? reader.GetFieldValue<BigInteger>(i) : reader.GetValue(i);
                }
                yield return row;
            }
        }
    }
}
