using System.Numerics;
using GovernanceRewards.Indexer.Events;
using Mediator;
using Nethereum.Hex.HexConvertors.Extensions;

namespace GovernanceRewards.Rewards.Staking;

/// <summary>
/// Keeps <c>reward_stake_changes</c>: every stake, withdrawal request, withdrawal, slash and stream payment of the
/// pool, in chain order with its block's time (bonds and an account's stake history read it).
/// </summary>
public sealed class StakeProjection(RewardFacts facts)
    : INotificationHandler<Staked>, INotificationHandler<WithdrawalRequested>, INotificationHandler<Withdrawn>, INotificationHandler<Slashed>,
      INotificationHandler<RewardPaid>, INotificationHandler<BlocksRolledBack>
{
    public ValueTask Handle(Staked e, CancellationToken cancellationToken) => Add(e, e.Account, "staked", e.Amount, null);

    public ValueTask Handle(WithdrawalRequested e, CancellationToken cancellationToken) => Add(e, e.Account, "withdrawalRequested", e.Amount, null);

    public ValueTask Handle(Withdrawn e, CancellationToken cancellationToken) => Add(e, e.Account, "withdrawn", e.Amount, null);

    /// <summary>What left the stake: the part taken from the cooldown had already left it when the withdrawal was asked.</summary>
    public ValueTask Handle(Slashed e, CancellationToken cancellationToken) => Add(e, e.Account, "slashed", e.FromStake, e.Reason);

    public ValueTask Handle(RewardPaid e, CancellationToken cancellationToken) => Add(e, e.Account, "rewardPaid", e.Amount, null);

    public ValueTask Handle(BlocksRolledBack rollback, CancellationToken cancellationToken) =>
        facts.RollBackAsync(rollback, ["DELETE FROM reward_stake_changes WHERE chain_id = $1 AND block_number > $2"], cancellationToken);

    private ValueTask Add(ChainEvent e, string account, string change, BigInteger amount, string? reason)
    {
        facts.Add(
            """
            INSERT INTO reward_stake_changes (chain_id, block_number, log_index, account, change, amount, reason, transaction_hash, block_timestamp)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING
            """,
            [.. RewardFacts.At(e), account.HexToByteArray(), change, amount, reason, e.Location.TransactionHash.HexToByteArray(), (long)e.Location.BlockTimestamp]);
        return default;
    }
}
