using System.Numerics;
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
    Task<RelayCharge> ChargeAsync(string voter, BigInteger votingPower, BigInteger gas, CancellationToken cancellationToken);
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
    /// <summary>One whole token of voting power, and about 160 ballots a day (a relayed cast costs about 120,000 gas, bench/gas-report).</summary>
    public static OpenRelayLimits Default { get; } = new(BigInteger.Pow(10, 18), 20_000_000);
}

/// <summary>
/// The open relay's allowance: the portal relays ballots for anyone who signs one, within <see cref="OpenRelayLimits"/>.
/// The day's gas is charged in the database with one conditional upsert, so concurrent ballots and several hosts never
/// spend past the budget, and a restart forgets nothing. Charged is the cast's estimate, the most it may cost.
/// </summary>
public sealed class OpenRelay(NpgsqlDataSource dataSource, long chainId, OpenRelayLimits limits, TimeProvider time) : IRelayAllowance
{
    public OpenRelayLimits Limits => limits;

    public async Task<RelayCharge> ChargeAsync(string voter, BigInteger votingPower, BigInteger gas, CancellationToken cancellationToken)
    {
        if (votingPower < limits.MinimumVotes)
        {
            throw new VoteRejectedException(403, "Below the relay's minimum",
                $"the portal relays ballots of holders with at least {limits.MinimumVotes} units of voting power at the snapshot; {voter} had {votingPower}: vote with a wallet transaction instead");
        }
        var day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        await using (var charge = dataSource.CreateCommand("""
            INSERT INTO governance_open_relay_gas AS spent (chain_id, day, gas)
            SELECT $1, $2, $3 WHERE $3 <= $4
            ON CONFLICT (chain_id, day) DO UPDATE SET gas = spent.gas + excluded.gas WHERE spent.gas + excluded.gas <= $4
            RETURNING gas
            """))
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
        return new RelayCharge(async token =>
        {
            await using var refund = dataSource.CreateCommand(
                "UPDATE governance_open_relay_gas SET gas = gas - $3 WHERE chain_id = $1 AND day = $2");
            refund.Parameters.AddWithValue(chainId);
            refund.Parameters.AddWithValue(day);
            refund.Parameters.AddWithValue(gas);
            await refund.ExecuteNonQueryAsync(token);
        });
    }
}
