using System.Numerics;
using GovernanceRewards.Chain.Deployment;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;

namespace GovernanceRewards.Rewards.Staking;

/// <summary>
/// One staking event of an account: staked, withdrawalRequested (the amount leaves the stake and enters the cooldown),
/// withdrawn (paid out of the cooldown), slashed (what was taken from the stake, with the reason) or rewardPaid.
/// </summary>
public sealed record StakeEvent(string Event, BigInteger Amount, string? Reason, ulong BlockNumber, string TransactionHash);

/// <summary>
/// An account's stake: what is staked now and what the stream paid it (from the stake changes the read model keeps), what it could claim
/// this moment and what sits in the withdrawal cooldown until when (asked of the pool), and the events, oldest first.
/// </summary>
public sealed record AccountStake(
    string Account, BigInteger Staked, BigInteger RewardsPaid, BigInteger ClaimableNow, BigInteger InCooldown, ulong WithdrawableAt,
    IReadOnlyList<StakeEvent> History);

/// <summary>
/// The pool's reward stream as the chain has it now: base units a day to all stakers together (the per-second rate is
/// scaled by 1e36 on chain), when it ends, what is staked in all, and the chain's time.
/// </summary>
public sealed record StakingRewards(BigInteger PerDay, ulong Ends, BigInteger TotalStaked, ulong Now)
{
    private static readonly BigInteger Scale = BigInteger.Pow(10, 36);

    public bool Running => Now < Ends && !PerDay.IsZero;

    /// <summary>What <paramref name="stake"/> earns a day at this rate, rounded down as the pool rounds.</summary>
    public BigInteger PerDayFor(BigInteger stake) => TotalStaked.IsZero ? BigInteger.Zero : PerDay * stake / TotalStaked;

    internal static StakingRewards From(BigInteger ratePerSecondScaled, BigInteger periodFinish, BigInteger totalStaked, ulong now) =>
        new(ratePerSecondScaled * 86_400 / Scale, (ulong)periodFinish, totalStaked, now);
}

public sealed class StakeQueries(NpgsqlDataSource dataSource, SuiteChain chain)
{
    /// <summary>The pool's stream now (three reads of the chain).</summary>
    public async Task<StakingRewards> StreamAsync(CancellationToken cancellationToken)
    {
        var pool = chain.Pool();
        var stream = await pool.RewardStreamQueryAsync();
        var total = await pool.TotalStakedQueryAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return StakingRewards.From(stream.RatePerSecondScaled, stream.PeriodFinish, total, await chain.LatestTimestampAsync());
    }

    public async Task<AccountStake> AccountAsync(string account, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT change, amount, reason, block_number, transaction_hash FROM reward_stake_changes
            WHERE chain_id = $1 AND account = $2
            ORDER BY block_number, log_index
            """);
        command.Parameters.AddWithValue(chain.ChainId);
        command.Parameters.AddWithValue(account.HexToByteArray());
        var history = new List<StakeEvent>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                history.Add(new StakeEvent(reader.GetString(0), reader.GetFieldValue<BigInteger>(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    (ulong)reader.GetInt64(3), ((byte[])reader[4]).ToHex(true)));
            }
        }
        var staked = history.Aggregate(BigInteger.Zero, (sum, e) => e.Event switch
        {
            "staked" => sum + e.Amount,
            "withdrawalRequested" or "slashed" => sum - e.Amount,
            _ => sum,
        });
        var paid = history.Where(e => e.Event == "rewardPaid").Aggregate(BigInteger.Zero, (sum, e) => sum + e.Amount);
        var claimable = await chain.Pool().EarnedQueryAsync(account);
        var cooldown = await chain.Pool().PendingWithdrawalQueryAsync(account);
        return new AccountStake(account, staked, paid, claimable, cooldown.Amount, cooldown.ReadyAt, history);
    }
}
