using System.Numerics;
using GovernanceRewards.Indexer.Events;
using Mediator;
using Nethereum.Hex.HexConvertors.Extensions;

namespace GovernanceRewards.Rewards.Epochs;

/// <summary>
/// Keeps what governance participation is computed from: <c>reward_votes</c> (every vote with its block's time) and
/// <c>reward_proposals</c> (each proposal's snapshot, for its quorum, and when it was canceled).
/// </summary>
public sealed class VotesProjection(RewardFacts facts)
    : INotificationHandler<VoteCast>, INotificationHandler<VoteCastWithParams>, INotificationHandler<ProposalCreated>,
      INotificationHandler<ProposalCanceled>, INotificationHandler<BlocksRolledBack>
{
    public ValueTask Handle(VoteCast e, CancellationToken cancellationToken) => AddVote(e, e.Voter, e.ProposalId, e.Support, e.Weight);

    public ValueTask Handle(VoteCastWithParams e, CancellationToken cancellationToken) => AddVote(e, e.Voter, e.ProposalId, e.Support, e.Weight);

    public ValueTask Handle(ProposalCreated e, CancellationToken cancellationToken)
    {
        facts.Add("INSERT INTO reward_proposals (chain_id, proposal_id, vote_start, created_block) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            e.Location.ChainId, e.ProposalId, e.VoteStart, (long)e.Location.BlockNumber);
        return default;
    }

    public ValueTask Handle(ProposalCanceled e, CancellationToken cancellationToken)
    {
        facts.Add("UPDATE reward_proposals SET canceled_block = $3, canceled_timestamp = $4 WHERE chain_id = $1 AND proposal_id = $2",
            e.Location.ChainId, e.ProposalId, (long)e.Location.BlockNumber, (long)e.Location.BlockTimestamp);
        return default;
    }

    public ValueTask Handle(BlocksRolledBack rollback, CancellationToken cancellationToken) => facts.RollBackAsync(rollback,
    [
        "DELETE FROM reward_votes WHERE chain_id = $1 AND block_number > $2",
        "DELETE FROM reward_proposals WHERE chain_id = $1 AND created_block > $2",
        "UPDATE reward_proposals SET canceled_block = NULL, canceled_timestamp = NULL WHERE chain_id = $1 AND canceled_block > $2",
    ], cancellationToken);

    private ValueTask AddVote(ChainEvent e, string voter, BigInteger proposalId, byte support, BigInteger weight)
    {
        facts.Add(
            """
            INSERT INTO reward_votes (chain_id, block_number, log_index, voter, proposal_id, support, weight, block_timestamp)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING
            """,
            [.. RewardFacts.At(e), voter.HexToByteArray(), proposalId, (short)support, weight, (long)e.Location.BlockTimestamp]);
        return default;
    }
}
