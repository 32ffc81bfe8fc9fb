// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IContributionRegistry} from "./interfaces/IContributionRegistry.sol";

/// @title ContributionRegistry
/// @notice Attesters record what contributors did (data, storage, compute, model training, code) with the IPFS CID
/// of its evidence (CIDv1, sha2-256, raw or dag-pb). Attesters are granted and revoked by the treasury, that is, by
/// proposal.
contract ContributionRegistry is IContributionRegistry, AccessControl {
    /// @notice Role of the accounts allowed to record contributions.
    bytes32 public constant ATTESTER_ROLE = keccak256("ATTESTER_ROLE");
    /// @notice Largest batch {recordBatch} accepts, so one call stays well inside a block.
    uint256 public constant MAX_BATCH = 1000;
    /// @notice Most units one record may carry: a kind's counter would need 2^128 records to overflow.
    uint256 public constant MAX_UNITS = type(uint128).max;
    /// @notice Multicodec of evidence stored as one raw block.
    uint64 public constant RAW_CODEC = 0x55;
    /// @notice Multicodec of evidence stored as a UnixFS DAG (dag-pb root).
    uint64 public constant DAG_PB_CODEC = 0x70;

    uint256 private _count;
    mapping(ContributionKind kind => uint256) private _totalUnits;

    /// @param treasury admin of the attester role (the governance timelock)
    /// @param attesters accounts allowed to record from the start
    constructor(address treasury, address[] memory attesters) {
        _grantRole(DEFAULT_ADMIN_ROLE, treasury);
        for (uint256 i = 0; i < attesters.length; ++i) {
            _grantRole(ATTESTER_ROLE, attesters[i]);
        }
    }

    /// @inheritdoc IContributionRegistry
    function record(
        address contributor,
        ContributionKind kind,
        uint256 units,
        bytes32 evidenceDigest,
        uint64 evidenceCodec
    ) external onlyRole(ATTESTER_ROLE) returns (uint256 id) {
        _check(contributor, units, evidenceCodec, 0);
        id = _count++;
        _totalUnits[kind] += units;
        emit ContributionRecorded(id, contributor, kind, units, evidenceDigest, evidenceCodec, msg.sender);
    }

    /// @inheritdoc IContributionRegistry
    function recordBatch(Contribution[] calldata contributions)
        external
        onlyRole(ATTESTER_ROLE)
        returns (uint256 firstId)
    {
        uint256 size = contributions.length;
        if (size == 0 || size > MAX_BATCH) revert RegistryInvalidBatchSize(size, MAX_BATCH);
        firstId = _count;
        // Units are summed per kind in memory so each kind's counter is written once per batch, not per item.
        uint256[5] memory unitsByKind;
        for (uint256 i = 0; i < size; ++i) {
            Contribution calldata c = contributions[i];
            _check(c.contributor, c.units, c.evidenceCodec, i);
            unitsByKind[uint8(c.kind)] += c.units;
            emit ContributionRecorded(
                firstId + i, c.contributor, c.kind, c.units, c.evidenceDigest, c.evidenceCodec, msg.sender
            );
        }
        _count = firstId + size;
        for (uint256 k = 0; k < 5; ++k) {
            if (unitsByKind[k] != 0) _totalUnits[ContributionKind(k)] += unitsByKind[k];
        }
    }

    /// @inheritdoc IContributionRegistry
    function contributionCount() external view returns (uint256) {
        return _count;
    }

    /// @inheritdoc IContributionRegistry
    function totalUnits(ContributionKind kind) external view returns (uint256) {
        return _totalUnits[kind];
    }

    function _check(address contributor, uint256 units, uint64 evidenceCodec, uint256 index) private pure {
        if (contributor == address(0)) revert RegistryZeroContributor(index);
        if (units == 0) revert RegistryZeroUnits(index);
        if (units > MAX_UNITS) revert RegistryUnitsTooLarge(index, units, MAX_UNITS);
        if (evidenceCodec != RAW_CODEC && evidenceCodec != DAG_PB_CODEC) {
            revert RegistryUnsupportedEvidenceCodec(index, evidenceCodec);
        }
    }
}
