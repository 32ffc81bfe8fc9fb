using System.Numerics;
using GovernanceRewards.Rewards.Allocation;
using GovernanceRewards.Rewards.Policy;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;

namespace GovernanceRewards.Rewards.Epochs;

/// <summary>
/// What happened inside an epoch's window, read from the indexer's event tables joined with the canonical blocks'
/// timestamps: contribution units per contributor and kind, governance votes per voter, and each account's stake
/// at the window's end (the bond).
/// </summary>
internal static class EpochActivity
{
    public static async Task<List<ContributorActivity>> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long chainId, ulong windowStart, ulong windowEnd, CancellationToken cancellationToken)
    {
        var units = new Dictionary<string, Dictionary<string, BigInteger>>();
        var votes = new Dictionary<string, int>();
        var stakes = new Dictionary<string, BigInteger>();
        await foreach (var (account, kindIndex, amount) in RowsAsync(connection, transaction, chainId, windowStart, windowEnd,
            """
            SELECT c.contributor, c.kind, sum(c.units) FROM contribution_recorded c
            JOIN blocks b ON b.chain_id = c.chain_id AND b.number = c.block_number AND b.hash = c.block_hash
            WHERE c.chain_id = $1 AND b.timestamp >= $2 AND b.timestamp < $3 GROUP BY c.contributor, c.kind
            """, cancellationToken))
        {
            var kind = RewardPolicy.Kinds[kindIndex];
            if (!units.TryGetValue(account, out var byKind)) units[account] = byKind = [];
            byKind[kind] = byKind.GetValueOrDefault(kind) + amount;
        }
        await foreach (var (account, _, count) in RowsAsync(connection, transaction, chainId, windowStart, windowEnd,
            """
            SELECT v.voter, 0, count(*)::numeric FROM (
                SELECT chain_id, block_number, block_hash, voter FROM vote_cast
                UNION ALL SELECT chain_id, block_number, block_hash, voter FROM vote_cast_with_params) v
            JOIN blocks b ON b.chain_id = v.chain_id AND b.number = v.block_number AND b.hash = v.block_hash
            WHERE v.chain_id = $1 AND b.timestamp >= $2 AND b.timestamp < $3 GROUP BY v.voter
            """, cancellationToken))
        {
            votes[account] = (int)count;
        }
        await foreach (var (account, _, stake) in RowsAsync(connection, transaction, chainId, windowStart, windowEnd,
            """
            SELECT s.account, 0, sum(s.delta) FROM (
                SELECT chain_id, block_number, block_hash, account, amount AS delta FROM staked
                UNION ALL SELECT chain_id, block_number, block_hash, account, -amount FROM withdrawn
                UNION ALL SELECT chain_id, block_number, block_hash, account, -amount FROM slashed) s
            JOIN blocks b ON b.chain_id = s.chain_id AND b.number = s.block_number AND b.hash = s.block_hash
            WHERE s.chain_id = $1 AND b.timestamp < $3 AND $2 >= 0 GROUP BY s.account
            """, cancellationToken))
        {
            stakes[account] = stake;
        }
        return
        [
            .. units.Keys.Union(votes.Keys).Order(StringComparer.Ordinal).Select(account => new ContributorActivity(
                account, units.GetValueOrDefault(account) ?? [], votes.GetValueOrDefault(account), stakes.GetValueOrDefault(account))),
        ];
    }

    private static async IAsyncEnumerable<(string Account, int Kind, BigInteger Value)> RowsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long chainId, ulong windowStart, ulong windowEnd, string sql,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue(chainId);
        command.Parameters.AddWithValue((long)windowStart);
        command.Parameters.AddWithValue((long)windowEnd);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return (((byte[])reader[0]).ToHex(true), Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
                reader.GetFieldValue<BigInteger>(2));
        }
    }
}
