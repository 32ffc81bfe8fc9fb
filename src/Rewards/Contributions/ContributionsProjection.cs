using GovernanceRewards.Indexer.Events;
using Mediator;
using Nethereum.Hex.HexConvertors.Extensions;

namespace GovernanceRewards.Rewards.Contributions;

/// <summary>Keeps <c>reward_contributions</c>: every contribution the registry recorded, with its block's time.</summary>
public sealed class ContributionsProjection(RewardFacts facts) : INotificationHandler<ContributionRecorded>, INotificationHandler<BlocksRolledBack>
{
    public ValueTask Handle(ContributionRecorded e, CancellationToken cancellationToken)
    {
        facts.Add(
            """
            INSERT INTO reward_contributions (chain_id, block_number, log_index, id, contributor, kind, units, evidence_hash, evidence_codec,
                attester, transaction_hash, block_timestamp)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING
            """,
            // The registry accepts only the raw and dag-pb codecs, so the codec always fits a bigint.
            [.. RewardFacts.At(e), e.Id, e.Contributor.HexToByteArray(), (short)e.Kind, e.Units, e.EvidenceDigest, (long)e.EvidenceCodec,
                e.Attester.HexToByteArray(), e.Location.TransactionHash.HexToByteArray(), (long)e.Location.BlockTimestamp]);
        return default;
    }

    public ValueTask Handle(BlocksRolledBack rollback, CancellationToken cancellationToken) =>
        facts.RollBackAsync(rollback, ["DELETE FROM reward_contributions WHERE chain_id = $1 AND block_number > $2"], cancellationToken);
}
