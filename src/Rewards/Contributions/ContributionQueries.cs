using System.Globalization;
using System.Numerics;
using GovernanceRewards.Content;
using GovernanceRewards.Rewards.Policy;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;

namespace GovernanceRewards.Rewards.Contributions;

/// <summary>
/// One contribution as the registry recorded it, with its block's time (unix seconds) and the funded epoch whose window
/// holds that time (null while none does). <see cref="EvidenceHash"/> is the evidence CID's sha2-256 digest;
/// <see cref="EvidenceCid"/> and <see cref="EvidenceUri"/> (<c>ipfs://&lt;cid&gt;</c>) are null for contributions the
/// earlier registry recorded with a bare keccak hash.
/// </summary>
public sealed record Contribution(
    BigInteger Id, string Contributor, string Kind, BigInteger Units, string EvidenceHash, string? EvidenceCid, string? EvidenceUri,
    string Attester, ulong BlockNumber, string TransactionHash, ulong Timestamp, ulong? Epoch);

/// <summary>A page of contributions in the order asked; <see cref="Next"/> is the <c>after</c> of the next page.</summary>
public sealed record ContributionPage(IReadOnlyList<Contribution> Items, string? Next);

/// <summary>The contributions the registry recorded, for everyone or one contributor, in keyset pages.</summary>
public sealed class ContributionQueries(NpgsqlDataSource dataSource, long chainId)
{
    /// <summary>Above every contribution id (a uint256): where a newest-first listing starts.</summary>
    private static readonly BigInteger AboveAll = BigInteger.Pow(2, 256);

    /// <summary>
    /// Contributions after <paramref name="after"/> in the registry's order, or before it newest first: either way one
    /// range read of the (contributor, id) index however many the contributor has. The contributor's condition is
    /// written only when there is one, so a prepared statement's generic plan cannot fall back to filtering the id index.
    /// </summary>
    public async Task<ContributionPage> ListAsync(
        string? contributor, BigInteger? after, int limit, bool newestFirst, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT c.id, c.contributor, c.kind, c.units, c.evidence_hash, c.evidence_codec, c.attester, c.block_number, c.transaction_hash,
                c.block_timestamp,
                (SELECT e.epoch FROM reward_epochs e
                 WHERE e.chain_id = c.chain_id AND e.window_start <= c.block_timestamp AND c.block_timestamp < e.window_end LIMIT 1)
            FROM reward_contributions c
            WHERE c.chain_id = $1 AND {(contributor is null ? "$2::bytea IS NULL" : "c.contributor = $2")} AND c.id {(newestFirst ? "<" : ">")} $3
            ORDER BY c.id {(newestFirst ? "DESC" : "")}
            LIMIT $4
            """);
        command.Parameters.AddWithValue(chainId);
        command.Parameters.Add(new NpgsqlParameter { Value = contributor is null ? DBNull.Value : contributor.HexToByteArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bytea });
        command.Parameters.AddWithValue(after ?? (newestFirst ? AboveAll : BigInteger.MinusOne));
        command.Parameters.AddWithValue(limit + 1);
        var items = new List<Contribution>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var kind = reader.GetInt16(2);
            var evidence = (byte[])reader[4];
            var cid = reader.IsDBNull(5) ? null : Cid.FromDigest((ulong)reader.GetInt64(5), evidence);
            items.Add(new Contribution(
                reader.GetFieldValue<BigInteger>(0), ((byte[])reader[1]).ToHex(true),
                kind >= 0 && kind < RewardPolicy.Kinds.Count ? RewardPolicy.Kinds[kind] : kind.ToString(CultureInfo.InvariantCulture),
                reader.GetFieldValue<BigInteger>(3), evidence.ToHex(true), cid?.ToString(), cid?.ToUri(), ((byte[])reader[6]).ToHex(true),
                (ulong)reader.GetInt64(7), ((byte[])reader[8]).ToHex(true),
                (ulong)reader.GetInt64(9), reader.IsDBNull(10) ? null : (ulong)reader.GetInt64(10)));
        }
        return items.Count > limit
            ? new ContributionPage(items[..limit], items[limit - 1].Id.ToString(CultureInfo.InvariantCulture))
            : new ContributionPage(items, null);
    }
}
