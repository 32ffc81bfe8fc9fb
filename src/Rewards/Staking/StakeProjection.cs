using System.Numerics;
using GovernanceRewards.Indexer.Events;
using Mediator;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;

namespace GovernanceRewards.Rewards.Staking;

/// <summary>
/// Keeps <c>reward_stake_changes</c>: every stake, withdrawal request, withdrawal, slash and stream payment of the
/// pool, in chain order with its block's time (bonds and an account's stake history read it).
/// </summary>
public sealed class StakeProjection(NpgsqlDataSource dataSource)
    : INotificationHandler<Staked>, INotificationHandler<WithdrawalRequested>, INotificationHandler<Withdrawn>, INotificationHandler<Slashed>,
      INotificationHandler<RewardPaid>, INotificationHandler<BlocksRolledBack>
{
    public ValueTask Handle(Staked e, CancellationToken cancellationToken) => WriteAsync(e, e.Account, "staked", e.Amount, null, cancellationToken);

    public ValueTask Handle(WithdrawalRequested e, CancellationToken cancellationToken) =>
        WriteAsync(e, e.Account, "withdrawalRequested", e.Amount, null, cancellationToken);

    public ValueTask Handle(Withdrawn e, CancellationToken cancellationToken) => WriteAsync(e, e.Account, "withdrawn", e.Amount, null, cancellationToken);

    /// <summary>What left the stake: the part taken from the cooldown had already left it when the withdrawal was asked.</summary>
    public ValueTask Handle(Slashed e, CancellationToken cancellationToken) => WriteAsync(e, e.Account, "slashed", e.FromStake, e.Reason, cancellationToken);

    public ValueTask Handle(RewardPaid e, CancellationToken cancellationToken) => WriteAsync(e, e.Account, "rewardPaid", e.Amount, null, cancellationToken);

    public ValueTask Handle(BlocksRolledBack rollback, CancellationToken cancellationToken) => RewardFacts.RollBackAsync(dataSource, rollback,
        ["DELETE FROM reward_stake_changes WHERE chain_id = $1 AND block_number > $2"], cancellationToken);

    private ValueTask WriteAsync(ChainEvent e, string account, string change, BigInteger amount, string? reason, CancellationToken cancellationToken) =>
        RewardFacts.WriteAsync(dataSource,
            """
            INSERT INTO reward_stake_changes (chain_id, block_number, log_index, account, change, amount, reason, transaction_hash, block_timestamp)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING
            """, cancellationToken,
            [.. RewardFacts.At(e), account.HexToByteArray(), change, amount, reason, e.Location.TransactionHash.HexToByteArray(), (long)e.Location.BlockTimestamp]);
}
