using System.Numerics;
using GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition;

namespace GovernanceRewards.Indexer.Events;

/// <summary>
/// The registry's <c>ContributionRecorded</c>: an attester vouched for <see cref="Units"/> of work of one kind (the
/// policy's kind index), with its evidence at the CIDv1 of multicodec <see cref="EvidenceCodec"/> and sha2-256 digest
/// <see cref="EvidenceDigest"/>.
/// </summary>
public sealed record ContributionRecorded(
    EventLocation Location, BigInteger Id, string Contributor, byte Kind, BigInteger Units, byte[] EvidenceDigest, ulong EvidenceCodec,
    string Attester)
    : ChainEvent(Location)
{
    internal static ContributionRecorded From(EventLocation at, ContributionRecordedEventDTO e) =>
        new(at, e.Id, e.Contributor, e.Kind, e.Units, e.EvidenceDigest, e.EvidenceCodec, e.Attester);
}
