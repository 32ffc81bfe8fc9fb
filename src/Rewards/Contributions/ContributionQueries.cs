using System.Globalization;
using System.Numerics;
using GovernanceRewards.Rewards.Policy;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;

namespace GovernanceRewards.Rewards.Contributions;

/// <summary>One contribution as the registry recorded it.</summary>
public sealed record Contribution(
    BigInteger Id, string Contributor, string Kind, BigInteger Units, string EvidenceHash, string Attester, ulong BlockNumber, string TransactionHash);

/// <summary>A page of contributions in the registry's order; <see cref="Next"/> is the <c>after</c> of the next page.</summary>
public sealed record ContributionPage(IReadOnlyList<Contribution> Items, string? Next);

/// <summary>The contributions the indexer followed, for everyone or one contributor, in keyset pages.</summary>
public sealed class ContributionQueries(NpgsqlDataSource dataSource, long chainId)
{
    public async Task<ContributionPage> ListAsync(string? contributor, BigInteger? after, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT id, contributor, kind, units, evidence_hash, attester, block_number, transaction_hash
            FROM contribution_recorded
            WHERE chain_id = $1 AND ($2::bytea IS NULL OR contributor = $2) AND id > $3
            ORDER BY id
            LIMIT $4
            """);
        command.Parameters.AddWithValue(chainId);
        command.Parameters.Add(new NpgsqlParameter { Value = contributor is null ? DBNull.Value : contributor.HexToByteArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bytea });
        command.Parameters.AddWithValue(after ?? BigInteger.MinusOne);
        command.Parameters.AddWithValue(limit + 1);
        var items = new List<Contribution>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var kind = reader.GetInt16(2);
            items.Add(new Contribution(
                reader.GetFieldValue<BigInteger>(0), ((byte[])reader[1]).ToHex(true),
                kind >= 0 && kind < RewardPolicy.Kinds.Count ? RewardPolicy.Kinds[kind] : kind.ToString(CultureInfo.InvariantCulture),
                reader.GetFieldValue<BigInteger>(3), ((byte[])reader[4]).ToHex(true), ((byte[])reader[5]).ToHex(true),
                (ulong)reader.GetInt64(6), ((byte[])reader[7]).ToHex(true)));
        }
        return items.Count > limit
            ? new ContributionPage(items[..limit], items[limit - 1].Id.ToString(CultureInfo.InvariantCulture))
            : new ContributionPage(items, null);
    }
}
