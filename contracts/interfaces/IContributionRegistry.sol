// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IContributionRegistry
/// @notice Attested contributions to the network. Storage holds only counters; the contributions themselves live
/// in events, which the backend indexes.
/// @dev Evidence is content-addressed: a CIDv1 with a sha2-256 multihash, recorded as its 32-byte digest and its
/// multicodec, raw (0x55, a file of one block) or dag-pb (0x70, a UnixFS file of several). The version and the hash
/// function are fixed, so the digest and the codec alone rebuild the exact CID anyone can fetch and check.
interface IContributionRegistry {
    /// @notice What was contributed. Governance participation is not recorded here: it comes from votes.
    enum ContributionKind {
        Data,
        Storage,
        Compute,
        ModelTraining,
        Code
    }

    /// @notice One attested contribution.
    struct Contribution {
        address contributor;
        ContributionKind kind;
        uint256 units;
        bytes32 evidenceDigest;
        uint64 evidenceCodec;
    }

    /// @notice Contribution number `id` of `units` units of `kind` by `contributor`, attested by `attester`, with
    /// its evidence at the CIDv1 of multicodec `evidenceCodec` and sha2-256 digest `evidenceDigest`.
    event ContributionRecorded(
        uint256 indexed id,
        address indexed contributor,
        ContributionKind indexed kind,
        uint256 units,
        bytes32 evidenceDigest,
        uint64 evidenceCodec,
        address attester
    );

    /// @notice A contribution must name a contributor.
    error RegistryZeroContributor(uint256 index);
    /// @notice A contribution must have positive units.
    error RegistryZeroUnits(uint256 index);
    /// @notice Contribution `index` of the call has `units`, more than the `max` one record may carry.
    error RegistryUnitsTooLarge(uint256 index, uint256 units, uint256 max);
    /// @notice A batch holds between 1 and {MAX_BATCH} contributions; this one had `size`.
    error RegistryInvalidBatchSize(uint256 size, uint256 max);
    /// @notice Contribution `index` of the call names evidence of multicodec `codec`; only raw (0x55) and dag-pb
    /// (0x70) CIDs are accepted.
    error RegistryUnsupportedEvidenceCodec(uint256 index, uint64 codec);

    /// @notice Records one contribution with its evidence's CID (sha2-256 `evidenceDigest`, multicodec
    /// `evidenceCodec`). Attesters only. Emits {ContributionRecorded}.
    function record(
        address contributor,
        ContributionKind kind,
        uint256 units,
        bytes32 evidenceDigest,
        uint64 evidenceCodec
    ) external returns (uint256 id);

    /// @notice Records a batch of contributions with consecutive ids, the first being `firstId`. Attesters only.
    /// Emits one {ContributionRecorded} per contribution.
    function recordBatch(Contribution[] calldata contributions) external returns (uint256 firstId);

    /// @notice How many contributions were recorded so far (also the next id).
    function contributionCount() external view returns (uint256);

    /// @notice Units recorded so far for `kind`.
    function totalUnits(ContributionKind kind) external view returns (uint256);
}
