using System.Numerics;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;

namespace GovernanceRewards.Governance.Voting;

/// <summary>A say over which valid ballots a relay pays for, asked after every other check and before sending.</summary>
public interface IRelayAllowance
{
    /// <summary>
    /// Accepts the ballot of <paramref name="voter"/> (with <paramref name="votingPower"/> at the snapshot) whose cast
    /// would cost about <paramref name="gas"/>, or throws <see cref="VoteRejectedException"/>; the charge is refunded
    /// when the ballot is not sent after all.
    /// </summary>
    Task<RelayCharge> ChargeAsync(BigInteger proposalId, string voter, BigInteger votingPower, BigInteger gas, CancellationToken cancellationToken);
}

/// <summary>Gas charged against one day's budget, to give back when the ballot was not sent.</summary>
public sealed class RelayCharge(Func<CancellationToken, Task> refund)
{
    public Task RefundAsync(CancellationToken cancellationToken) => refund(cancellationToken);
}

/// <summary>
/// What the open relay may spend: only holders with at least <see cref="MinimumVotes"/> (token units) at the proposal's
/// snapshot, so throwaway accounts cannot spend the operator's gas; at most <see cref="DailyGas"/> a UTC day in all.
/// </summary>
public sealed record OpenRelayLimits(BigInteger MinimumVotes, BigInteger DailyGas)
{
    /// <summary>Ballots one client address may post a minute, whoever they are signed by.</summary>
    public const int BallotsPerClientPerMinute = 30;

    /// <summary>One whole token of voting power, and about 160 ballots a day (a relayed cast costs about 120,000 gas, bench/gas-report).</summary>
    public static OpenRelayLimits Default { get; } = new(BigInteger.Pow(10, 18), 20_000_000);
}

/// <summary>
/// The open relay's allowance: the portal relays ballots for anyone who signs one, within <see cref="OpenRelayLimits"/>.
/// The day's gas is charged in the database with one conditional upsert, so concurrent ballots and several hosts never
/// spend past the budget, and a restart forgets nothing. Charged is the cast's estimate, the most it may cost. Each
/// voter's ballot on a proposal is taken on once, in the same transaction: a replay racing its own pending cast is
/// refused here, whether or not the node answers for its pending state.
/// </summary>
public sealed class OpenRelay(NpgsqlDataSource dataSource, long chainId, OpenRelayLimits limits, TimeProvider time) : IRelayAllowance
{
    public OpenRelayLimits Limits => limits;

    public async Task<RelayCharge> ChargeAsync(BigInteger proposalId, string voter, BigInteger votingPower, BigInteger gas, CancellationToken cancellationToken)
    {
        if (votingPower < limits.MinimumVotes)
        {
            throw new VoteRejectedException(403, "Below the relay's minimum",
                $"the portal relays ballots of holders with at least {limits.MinimumVotes} units of voting power at the snapshot; {voter} had {votingPower}: vote with a wallet transaction instead");
        }
        var day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var voterBytes = voter.HexToByteArray();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var claim = new NpgsqlCommand(
            "INSERT INTO governance_open_relay_ballots (chain_id, proposal_id, voter, day, gas) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
            connection, transaction))
        {
            claim.Parameters.AddWithValue(chainId);
            claim.Parameters.AddWithValue(proposalId);
            claim.Parameters.AddWithValue(voterBytes);
            claim.Parameters.AddWithValue(day);
            claim.Parameters.AddWithValue(gas);
            if (await claim.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new VoteRejectedException(409, "Already relayed",
                    $"the portal already took on {voter}'s ballot on proposal {proposalId}; it is on its way to the chain or there already");
            }
        }
        await using (var charge = new NpgsqlCommand("""
            INSERT INTO governance_open_relay_gas AS spent (chain_id, day, gas)
            SELECT $1, $2, $3 WHERE $3 <= $4
            ON CONFLICT (chain_id, day) DO UPDATE SET gas = spent.gas + excluded.gas WHERE spent.gas + excluded.gas <= $4
            RETURNING gas
            """, connection, transaction))
        {
            charge.Parameters.AddWithValue(chainId);
            charge.Parameters.AddWithValue(day);
            charge.Parameters.AddWithValue(gas);
            charge.Parameters.AddWithValue(limits.DailyGas);
            if (await charge.ExecuteScalarAsync(cancellationToken) is null)
            {
                var tomorrow = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                throw new VoteRejectedException(429, "Relay budget spent",
                    $"the portal's gas budget for relayed ballots is spent for today (UTC): vote with a wallet transaction instead, or sign again after {tomorrow:yyyy-MM-dd HH:mm} UTC")
                {
                    RetryAfter = tomorrow - time.GetUtcNow().UtcDateTime,
                };
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return new RelayCharge(async token =>
        {
            await using var refund = dataSource.CreateCommand("""
                WITH released AS (DELETE FROM governance_open_relay_ballots WHERE chain_id = $1 AND proposal_id = $2 AND voter = $3 RETURNING day, gas)
                UPDATE governance_open_relay_gas spent SET gas = spent.gas - released.gas FROM released
                WHERE spent.chain_id = $1 AND spent.day = released.day
                """);
            refund.Parameters.AddWithValue(chainId);
            refund.Parameters.AddWithValue(proposalId);
            refund.Parameters.AddWithValue(voterBytes);
            await refund.ExecuteNonQueryAsync(token);
        });
    }
}
