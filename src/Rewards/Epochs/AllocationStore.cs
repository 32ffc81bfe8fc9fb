using GovernanceRewards.Rewards.Allocation;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;
using NpgsqlTypes;

namespace GovernanceRewards.Rewards.Epochs;

/// <summary>Stores what each account earned in an epoch and why (table <c>reward_allocations</c>).</summary>
public static class AllocationStore
{
    /// <summary>Replaces the epoch's allocations with <paramref name="result"/> (binary COPY, in the caller's transaction).</summary>
    public static async Task WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long chainId, ulong epoch, IReadOnlyList<ContributorActivity> activity,
        EpochSplit result, CancellationToken cancellationToken)
    {
        await using (var clear = new NpgsqlCommand("DELETE FROM reward_allocations WHERE chain_id = $1 AND epoch = $2", connection, transaction))
        {
            clear.Parameters.AddWithValue(chainId);
            clear.Parameters.AddWithValue((long)epoch);
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }
        var byAccount = activity.ToDictionary(a => a.Account);
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY reward_allocations (chain_id, epoch, account, units, voting_weight, weighted_units, amount) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var allocation in result.Shares)
        {
            var done = byAccount[allocation.Account];
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(chainId, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync((long)epoch, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(allocation.Account.HexToByteArray(), NpgsqlDbType.Bytea, cancellationToken);
            await copy.WriteAsync(UnitsJson(done.Units),
                NpgsqlDbType.Jsonb, cancellationToken);
            await copy.WriteAsync(done.VotingWeight, NpgsqlDbType.Numeric, cancellationToken);
            await copy.WriteAsync(allocation.WeightedUnits, NpgsqlDbType.Numeric, cancellationToken);
            await copy.WriteAsync(allocation.Amount, NpgsqlDbType.Numeric, cancellationToken);
        }
        await copy.CompleteAsync(cancellationToken);
    }

    /// <summary>{"kind":"units",...}: kinds are fixed identifiers and units decimal digits, so nothing needs escaping.</summary>
    private static string UnitsJson(IReadOnlyDictionary<string, System.Numerics.BigInteger> units) =>
        "{" + string.Join(",", units.Select(u => $"\"{u.Key}\":\"{u.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"")) + "}";
}
