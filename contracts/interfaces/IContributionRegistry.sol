// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IContributionRegistry
/// @notice Attested contributions to the network. Storage holds only counters; the contributions themselves live
/// in events, which the backend indexes.
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
        bytes32 evidenceHash;
    }

    /// @notice Contribution number `id` of `units` units of `kind` by `contributor`, attested by `attester`, with
    /// `evidenceHash` pointing at the evidence (e.g. the digest of an IPFS CID).
    event ContributionRecorded(
        uint256 indexed id,
        address indexed contributor,
        ContributionKind indexed kind,
        uint256 units,
        bytes32 evidenceHash,
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

    /// @notice Records one contribution. Attesters only. Emits {ContributionRecorded}.
    function record(address contributor, ContributionKind kind, uint256 units, bytes32 evidenceHash)
        external
        returns (uint256 id);

    /// @notice Records a batch of contributions with consecutive ids, the first being `firstId`. Attesters only.
    /// Emits one {ContributionRecorded} per contribution.
    function recordBatch(Contribution[] calldata contributions) external returns (uint256 firstId);

    /// @notice How many contributions were recorded so far (also the next id).
    function contributionCount() external view returns (uint256);

    /// @notice Units recorded so far for `kind`.
    function totalUnits(ContributionKind kind) external view returns (uint256);
}
