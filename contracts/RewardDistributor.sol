// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IRewardDistributor} from "./interfaces/IRewardDistributor.sol";

/// @title RewardDistributor
/// @notice Holds epoch budgets funded by governance and pays contributors against Merkle roots of cumulative
/// totals. A posted root waits out a dispute window in which a guardian can veto it; claims always use the newest
/// root that has matured, and pay the difference between the leaf's total and what the account already claimed.
contract RewardDistributor is IRewardDistributor, AccessControl {
    using SafeERC20 for IERC20;

    /// @notice Role of the backend account that posts roots.
    bytes32 public constant SETTLER_ROLE = keccak256("SETTLER_ROLE");
    /// @notice Role of the accounts that may veto a pending root.
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");

    /// @dev Two slots; `acceptAt` is zero when no root is held. An accepted pending root only has its `acceptAt`
    /// cleared, so the next root rewrites warm-priced slots instead of fresh ones.
    struct Root {
        bytes32 root;
        uint64 epoch;
        uint64 acceptAt;
        uint128 cumulativeTotal;
    }

    /// @dev What `_pending` holds while no root is pending (`acceptAt` zero means none, and then nothing reads its root
    /// or epoch): nonzero placeholders, so posting a root rewrites two nonzero slots (2,900 gas each) instead of
    /// filling fresh ones (20,000 each), as ReentrancyGuard keeps its flag nonzero. `cumulativeTotal` stays zero, since
    /// sweep reads it.
    bytes32 private constant _NO_ROOT = bytes32(uint256(1));
    uint64 private constant _NO_EPOCH = type(uint64).max;

    IERC20 private immutable _token;

    Root private _accepted;
    Root private _pending;
    /// @dev Packed in one slot: postRoot reads both.
    uint128 private _totalFunded;
    uint64 private _disputeWindow;
    mapping(uint64 epoch => Epoch) private _epochs;
    mapping(address account => uint256) private _claimed;

    /// @param token_ the reward token
    /// @param treasury admin: funds epochs, sets the dispute window, sweeps, manages roles
    /// @param settler account allowed to post roots
    /// @param guardian account allowed to veto pending roots
    /// @param disputeWindow_ seconds a posted root stays pending
    constructor(IERC20 token_, address treasury, address settler, address guardian, uint64 disputeWindow_) {
        _token = token_;
        _disputeWindow = disputeWindow_;
        _pending = Root(_NO_ROOT, _NO_EPOCH, 0, 0);
        _grantRole(DEFAULT_ADMIN_ROLE, treasury);
        _grantRole(SETTLER_ROLE, settler);
        _grantRole(GUARDIAN_ROLE, guardian);
    }

    /// @inheritdoc IRewardDistributor
    function fundEpoch(uint64 epoch, uint256 budget, uint64 windowStart, uint64 windowEnd, bytes32 policyHash)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        if (epoch == 0) revert DistributorZeroEpoch();
        if (budget == 0) revert DistributorZeroBudget();
        if (windowStart >= windowEnd) revert DistributorInvalidWindow(windowStart, windowEnd);
        if (_epochs[epoch].budget != 0) revert DistributorEpochAlreadyFunded(epoch);
        uint128 budget128 = SafeCast.toUint128(budget);
        _epochs[epoch] = Epoch(budget128, windowStart, windowEnd, policyHash);
        _totalFunded += budget128;
        emit EpochFunded(epoch, budget, windowStart, windowEnd, policyHash);
        _token.safeTransferFrom(msg.sender, address(this), budget);
    }

    /// @inheritdoc IRewardDistributor
    function postRoot(uint64 epoch, bytes32 root, uint256 cumulativeTotal, string calldata treeUri)
        external
        onlyRole(SETTLER_ROLE)
    {
        if (root == bytes32(0)) revert DistributorZeroRoot();
        if (_epochs[epoch].budget == 0) revert DistributorEpochNotFunded(epoch);
        _acceptMaturedRoot();
        Root storage accepted = _accepted;
        if (accepted.acceptAt != 0 && epoch <= accepted.epoch) {
            revert DistributorEpochAlreadySettled(epoch, accepted.epoch);
        }
        if (_pending.acceptAt != 0 && epoch <= _pending.epoch) revert DistributorRootPending(_pending.epoch);
        if (cumulativeTotal > _totalFunded) revert DistributorTotalExceedsFunded(cumulativeTotal, _totalFunded);
        if (cumulativeTotal < accepted.cumulativeTotal) {
            revert DistributorTotalBelowAccepted(cumulativeTotal, accepted.cumulativeTotal);
        }
        uint64 acceptAt = SafeCast.toUint64(block.timestamp) + _disputeWindow;
        _pending = Root(root, epoch, acceptAt, SafeCast.toUint128(cumulativeTotal));
        emit RootPosted(epoch, root, cumulativeTotal, acceptAt, treeUri);
    }

    /// @inheritdoc IRewardDistributor
    function acceptRoot() external {
        if (!_acceptMaturedRoot()) revert DistributorNothingToAccept();
    }

    /// @inheritdoc IRewardDistributor
    function vetoRoot(uint64 epoch, string calldata reason) external onlyRole(GUARDIAN_ROLE) {
        Root memory pending = _pending;
        if (pending.acceptAt == 0 || pending.acceptAt <= block.timestamp || pending.epoch != epoch) {
            revert DistributorNoPendingRoot(epoch);
        }
        _pending = Root(_NO_ROOT, _NO_EPOCH, 0, 0);
        emit RootVetoed(epoch, pending.root, reason);
    }

    /// @inheritdoc IRewardDistributor
    function claim(address account, uint256 total, bytes32[] calldata proof) external {
        bytes32 leaf = _leaf(account, total);
        bytes32 accepted = _accepted.root;
        if (
            !MerkleProof.verifyCalldata(proof, accepted, leaf)
                && !MerkleProof.verifyCalldata(proof, _maturedPendingRoot(accepted), leaf)
        ) revert DistributorInvalidProof(account, total);
        uint256 alreadyClaimed = _claimed[account];
        if (total <= alreadyClaimed) revert DistributorNothingToClaim(account, total, alreadyClaimed);
        _claimed[account] = total;
        emit Claimed(account, total - alreadyClaimed, total);
        _token.safeTransfer(account, total - alreadyClaimed);
    }

    /// @inheritdoc IRewardDistributor
    function claimMany(
        address[] calldata accounts,
        uint256[] calldata totals,
        bytes32[] calldata proof,
        bool[] calldata proofFlags
    ) external returns (uint256 paid) {
        uint256 size = accounts.length;
        if (size == 0 || size != totals.length) revert DistributorInvalidBatch(size, totals.length);
        bytes32[] memory leaves = new bytes32[](size);
        for (uint256 i = 0; i < size; ++i) {
            leaves[i] = _leaf(accounts[i], totals[i]);
        }
        bytes32 accepted = _accepted.root;
        if (
            !MerkleProof.multiProofVerifyCalldata(proof, proofFlags, accepted, leaves)
                && !MerkleProof.multiProofVerifyCalldata(proof, proofFlags, _maturedPendingRoot(accepted), leaves)
        ) revert DistributorInvalidMultiProof();
        for (uint256 i = 0; i < size; ++i) {
            address account = accounts[i];
            uint256 total = totals[i];
            uint256 alreadyClaimed = _claimed[account];
            if (total > alreadyClaimed) {
                _claimed[account] = total;
                paid += total - alreadyClaimed;
                emit Claimed(account, total - alreadyClaimed, total);
                _token.safeTransfer(account, total - alreadyClaimed);
            }
        }
    }

    /// @inheritdoc IRewardDistributor
    function setDisputeWindow(uint64 newWindow) external onlyRole(DEFAULT_ADMIN_ROLE) {
        emit DisputeWindowSet(_disputeWindow, newWindow);
        _disputeWindow = newWindow;
    }

    /// @inheritdoc IRewardDistributor
    function sweep(uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) {
        uint256 unallocated = _totalFunded - Math.max(_accepted.cumulativeTotal, _pending.cumulativeTotal);
        if (amount > unallocated) revert DistributorSweepExceedsUnallocated(amount, unallocated);
        _totalFunded -= SafeCast.toUint128(amount);
        emit Swept(msg.sender, amount);
        _token.safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IRewardDistributor
    function claimed(address account) external view returns (uint256) {
        return _claimed[account];
    }

    /// @notice The root claims are paid against now (the newest matured one), or zeros if none.
    function acceptedRoot() external view returns (uint64 epoch, bytes32 root, uint256 cumulativeTotal) {
        Root memory r = _pending.acceptAt != 0 && _pending.acceptAt <= block.timestamp ? _pending : _accepted;
        return (r.epoch, r.root, r.cumulativeTotal);
    }

    /// @notice The root still inside its dispute window, or zeros if none.
    function pendingRoot()
        external
        view
        returns (uint64 epoch, bytes32 root, uint256 cumulativeTotal, uint64 acceptAt)
    {
        Root memory r = _pending;
        if (r.acceptAt <= block.timestamp) return (0, bytes32(0), 0, 0);
        return (r.epoch, r.root, r.cumulativeTotal, r.acceptAt);
    }

    /// @notice The funding record of `epoch` (zero budget if never funded).
    function epochOf(uint64 epoch) external view returns (Epoch memory) {
        return _epochs[epoch];
    }

    /// @notice Sum of every budget funded, less what was swept.
    function totalFunded() external view returns (uint256) {
        return _totalFunded;
    }

    /// @notice Seconds a posted root stays pending.
    function disputeWindow() external view returns (uint64) {
        return _disputeWindow;
    }

    /// @notice The reward token.
    function token() external view returns (IERC20) {
        return _token;
    }

    /// @dev Moves a pending root past its dispute window into the accepted slot, so a newer root can take its place.
    function _acceptMaturedRoot() private returns (bool accepted) {
        uint64 acceptAt = _pending.acceptAt;
        if (acceptAt == 0 || acceptAt > block.timestamp) return false;
        Root memory pending = _pending;
        _accepted = pending;
        _pending.acceptAt = 0;
        emit RootAccepted(pending.epoch, pending.root, pending.cumulativeTotal);
        return true;
    }

    /// @dev Second chance for a proof that failed against the accepted root: a pending root that has matured but
    /// was not promoted yet. Zero (so the proof fails) when there is none; reverts when no root exists at all.
    function _maturedPendingRoot(bytes32 accepted) private view returns (bytes32) {
        uint64 acceptAt = _pending.acceptAt;
        if (acceptAt != 0 && acceptAt <= block.timestamp) return _pending.root;
        if (accepted == bytes32(0)) revert DistributorNoAcceptedRoot();
        return bytes32(0);
    }

    /// @dev StandardMerkleTree leaf of `(address, uint256)`: keccak256(bytes.concat(keccak256(abi.encode(a, t)))).
    function _leaf(address account, uint256 total) private pure returns (bytes32 leaf) {
        assembly ("memory-safe") {
            mstore(0x00, account)
            mstore(0x20, total)
            mstore(0x00, keccak256(0x00, 0x40))
            leaf := keccak256(0x00, 0x20)
        }
    }
}
