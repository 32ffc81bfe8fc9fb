using GovernanceRewards.Indexer.Events;
using Mediator;
using Nethereum.Hex.HexConvertors.Extensions;

namespace GovernanceRewards.Rewards.Epochs;

/// <summary>
/// Keeps what the distributor did with roots and claims: posted, replaced and vetoed roots, dispute window changes,
/// and every claim paid (what a root's status, a proof's "unclaimed" and an allocation's paying transaction read).
/// </summary>
public sealed class RootsProjection(RewardFacts facts)
    : INotificationHandler<RootPosted>, INotificationHandler<RootReplaced>, INotificationHandler<RootVetoed>,
      INotificationHandler<DisputeWindowSet>, INotificationHandler<Claimed>, INotificationHandler<BlocksRolledBack>
{
    private static readonly string[] Tables =
        ["reward_roots_posted", "reward_roots_replaced", "reward_roots_vetoed", "reward_dispute_windows", "reward_claims"];

    public ValueTask Handle(RootPosted e, CancellationToken cancellationToken)
    {
        facts.Add(
            """
            INSERT INTO reward_roots_posted (chain_id, block_number, log_index, epoch, root, accept_at, transaction_hash, tree_uri)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING
            """,
            [.. RewardFacts.At(e), (long)e.Epoch, e.Root, (long)e.AcceptAt, e.Location.TransactionHash.HexToByteArray(), e.TreeUri]);
        return default;
    }

    public ValueTask Handle(RootReplaced e, CancellationToken cancellationToken)
    {
        facts.Add("INSERT INTO reward_roots_replaced (chain_id, block_number, log_index, epoch, root, by_epoch) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
            [.. RewardFacts.At(e), (long)e.Epoch, e.Root, (long)e.ByEpoch]);
        return default;
    }

    public ValueTask Handle(RootVetoed e, CancellationToken cancellationToken)
    {
        facts.Add("INSERT INTO reward_roots_vetoed (chain_id, block_number, log_index, epoch, root, reason) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
            [.. RewardFacts.At(e), (long)e.Epoch, e.Root, e.Reason]);
        return default;
    }

    public ValueTask Handle(DisputeWindowSet e, CancellationToken cancellationToken)
    {
        facts.Add("INSERT INTO reward_dispute_windows (chain_id, block_number, log_index, new_window) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            [.. RewardFacts.At(e), (long)e.NewWindow]);
        return default;
    }

    public ValueTask Handle(Claimed e, CancellationToken cancellationToken)
    {
        facts.Add(
            """
            INSERT INTO reward_claims (chain_id, block_number, log_index, account, amount, cumulative_total, transaction_hash)
            VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING
            """,
            [.. RewardFacts.At(e), e.Account.HexToByteArray(), e.Amount, e.CumulativeTotal, e.Location.TransactionHash.HexToByteArray()]);
        return default;
    }

    public ValueTask Handle(BlocksRolledBack rollback, CancellationToken cancellationToken) =>
        facts.RollBackAsync(rollback, Tables.Select(table => $"DELETE FROM {table} WHERE chain_id = $1 AND block_number > $2"), cancellationToken);
}
