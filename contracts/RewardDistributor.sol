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
/// totals. A posted root waits out a dispute window in which a guardian can veto it; claims use exactly the root
/// {acceptedRoot} reports and pay the difference between the leaf's total and what the account already claimed.
/// Whatever its leaves say, a root never pays out more than it declares, and it may declare no more than the
/// budgets of its epoch and earlier ones: a bad root can never reach later epochs' budgets, and sweeping can never
/// take what the accepted or pending root may still owe.
/// @dev Amounts are held in 96 bits (79 billion tokens of 18 decimals): funding beyond that reverts.
contract RewardDistributor is IRewardDistributor, AccessControl {
    using SafeERC20 for IERC20;

    /// @notice Role of the backend account that posts roots.
    bytes32 public constant SETTLER_ROLE = keccak256("SETTLER_ROLE");
    /// @notice Role of the accounts that may veto a pending root.
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    /// @notice Longest dispute window governance can set.
    uint64 public constant MAX_DISPUTE_WINDOW = 30 days;
    /// @notice How far ahead of now an epoch's window may end (the next epoch's window cannot start before it).
    uint256 public constant MAX_WINDOW_AHEAD = 366 days;

    /// @dev The one slot every claim reads and writes: whether a pending root has matured, and the accepted root's
    /// declared total against everything claimed so far.
    struct Ledger {
        uint64 pendingAcceptAt;
        uint96 acceptedTotal;
        uint96 claimedTotal;
    }

    /// @dev What `_pendingRoot` and `_pendingEpoch` hold while none is pending (then `pendingAcceptAt` is zero and
    /// nothing reads them): nonzero placeholders, so posting a root rewrites nonzero slots (2,900 gas each) instead of
    /// filling fresh ones (20,000 each).
    bytes32 private constant _NO_ROOT = bytes32(uint256(1));
    uint64 private constant _NO_EPOCH = type(uint64).max;

    IERC20 private immutable _token;
    uint64 private immutable _minDisputeWindow;

    bytes32 private _acceptedRoot;
    Ledger private _ledger;
    bytes32 private _pendingRoot;
    uint64 private _pendingEpoch;
    uint64 private _acceptedEpoch;
    uint96 private _pendingTotal;
    uint64 private _disputeWindow;
    uint64 private _lastFundedEpoch;
    uint96 private _totalFunded;
    uint96 private _swept;
    mapping(uint64 epoch => Epoch) private _epochs;
    mapping(address account => uint256) private _claimed;
    mapping(uint64 epoch => mapping(bytes32 root => bool)) private _vetoed;

    /// @param token_ the reward token
    /// @param treasury admin: funds epochs, sets the dispute window, sweeps, manages roles
    /// @param settler account allowed to post roots
    /// @param guardian account allowed to veto pending roots
    /// @param disputeWindow_ seconds a posted root stays pending
    /// @param minDisputeWindow_ positive lower bound of the dispute window, fixed for the contract's life
    constructor(
        IERC20 token_,
        address treasury,
        address settler,
        address guardian,
        uint64 disputeWindow_,
        uint64 minDisputeWindow_
    ) {
        if (minDisputeWindow_ == 0) revert DistributorDisputeWindowTooShort(0, 1);
        if (disputeWindow_ < minDisputeWindow_) {
            revert DistributorDisputeWindowTooShort(disputeWindow_, minDisputeWindow_);
        }
        if (disputeWindow_ > MAX_DISPUTE_WINDOW) {
            revert DistributorDisputeWindowTooLong(disputeWindow_, MAX_DISPUTE_WINDOW);
        }
        _token = token_;
        _minDisputeWindow = minDisputeWindow_;
        _disputeWindow = disputeWindow_;
        _pendingRoot = _NO_ROOT;
        _pendingEpoch = _NO_EPOCH;
        _grantRole(DEFAULT_ADMIN_ROLE, treasury);
        _grantRole(SETTLER_ROLE, settler);
        _grantRole(GUARDIAN_ROLE, guardian);
    }

    /// @inheritdoc IRewardDistributor
    function fundEpoch(uint64 epoch, uint256 budget, uint64 windowStart, uint64 windowEnd, bytes32 policyHash)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        uint64 expected = _lastFundedEpoch + 1;
        if (epoch != expected) revert DistributorEpochOutOfOrder(epoch, expected);
        if (budget == 0) revert DistributorZeroBudget();
        uint64 previousEnd = _epochs[epoch - 1].windowEnd;
        if (windowStart >= windowEnd || windowStart < previousEnd) {
            revert DistributorInvalidWindow(windowStart, windowEnd, previousEnd);
        }
        if (windowEnd > block.timestamp + MAX_WINDOW_AHEAD) {
            revert DistributorWindowTooFar(windowEnd, block.timestamp + MAX_WINDOW_AHEAD);
        }
        uint96 funded = SafeCast.toUint96(_totalFunded + budget);
        _epochs[epoch] = Epoch(uint128(budget), windowStart, windowEnd, policyHash, funded);
        _lastFundedEpoch = epoch;
        _totalFunded = funded;
        emit EpochFunded(epoch, budget, windowStart, windowEnd, policyHash);
        _token.safeTransferFrom(msg.sender, address(this), budget);
    }

    /// @inheritdoc IRewardDistributor
    function postRoot(uint64 epoch, bytes32 root, uint256 cumulativeTotal, string calldata treeUri)
        external
        onlyRole(SETTLER_ROLE)
    {
        if (root == bytes32(0)) revert DistributorZeroRoot();
        Epoch storage funded = _epochs[epoch];
        if (funded.budget == 0) revert DistributorEpochNotFunded(epoch);
        if (block.timestamp < funded.windowEnd) revert DistributorWindowNotEnded(epoch, funded.windowEnd);
        if (_vetoed[epoch][root]) revert DistributorRootWasVetoed(epoch, root);
        _acceptMaturedRoot();
        if (epoch <= _acceptedEpoch) revert DistributorEpochAlreadySettled(epoch, _acceptedEpoch);
        Ledger memory ledger = _ledger;
        bool replaces = ledger.pendingAcceptAt != 0;
        uint64 replacedEpoch = _pendingEpoch;
        if (replaces && epoch <= replacedEpoch) revert DistributorRootPending(replacedEpoch);
        uint256 bound = Math.min(funded.fundedThrough, _totalFunded - _swept);
        if (cumulativeTotal > bound) revert DistributorTotalExceedsFunded(cumulativeTotal, bound);
        if (cumulativeTotal < ledger.acceptedTotal) {
            revert DistributorTotalBelowAccepted(cumulativeTotal, ledger.acceptedTotal);
        }
        bytes32 replacedRoot = _pendingRoot;
        uint64 acceptAt = SafeCast.toUint64(block.timestamp) + _disputeWindow;
        _pendingRoot = root;
        _pendingEpoch = epoch;
        _pendingTotal = uint96(cumulativeTotal);
        _ledger.pendingAcceptAt = acceptAt;
        if (replaces) emit RootReplaced(replacedEpoch, replacedRoot, epoch);
        emit RootPosted(epoch, root, cumulativeTotal, acceptAt, treeUri);
    }

    /// @inheritdoc IRewardDistributor
    function acceptRoot() external {
        if (!_acceptMaturedRoot()) revert DistributorNothingToAccept();
    }

    /// @inheritdoc IRewardDistributor
    function vetoRoot(uint64 epoch, string calldata reason) external onlyRole(GUARDIAN_ROLE) {
        uint64 acceptAt = _ledger.pendingAcceptAt;
        if (acceptAt == 0 || acceptAt <= block.timestamp || _pendingEpoch != epoch) {
            revert DistributorNoPendingRoot(epoch);
        }
        bytes32 root = _pendingRoot;
        _vetoed[epoch][root] = true;
        _ledger.pendingAcceptAt = 0;
        _pendingRoot = _NO_ROOT;
        emit RootVetoed(epoch, root, reason);
    }

    /// @inheritdoc IRewardDistributor
    function claim(address account, uint256 total, bytes32[] calldata proof) external {
        Ledger memory ledger = _currentLedger();
        if (!MerkleProof.verifyCalldata(proof, _acceptedRoot, _leaf(account, total))) {
            revert DistributorInvalidProof(account, total);
        }
        uint256 alreadyClaimed = _claimed[account];
        if (total <= alreadyClaimed) revert DistributorNothingToClaim(account, total, alreadyClaimed);
        uint256 amount = total - alreadyClaimed;
        _claimed[account] = total;
        _recordClaims(ledger, amount);
        emit Claimed(account, amount, total);
        _token.safeTransfer(account, amount);
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
        Ledger memory ledger = _currentLedger();
        bytes32[] memory leaves = new bytes32[](size);
        for (uint256 i = 0; i < size; ++i) {
            leaves[i] = _leaf(accounts[i], totals[i]);
        }
        if (!MerkleProof.multiProofVerifyCalldata(proof, proofFlags, _acceptedRoot, leaves)) {
            revert DistributorInvalidMultiProof();
        }
        uint256[] memory amounts = new uint256[](size);
        for (uint256 i = 0; i < size; ++i) {
            address account = accounts[i];
            uint256 total = totals[i];
            uint256 alreadyClaimed = _claimed[account];
            if (total > alreadyClaimed) {
                _claimed[account] = total;
                amounts[i] = total - alreadyClaimed;
                paid += amounts[i];
                emit Claimed(account, amounts[i], total);
            }
        }
        if (paid == 0) return 0;
        _recordClaims(ledger, paid);
        for (uint256 i = 0; i < size; ++i) {
            if (amounts[i] != 0) _token.safeTransfer(accounts[i], amounts[i]);
        }
    }

    /// @inheritdoc IRewardDistributor
    function setDisputeWindow(uint64 newWindow) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newWindow < _minDisputeWindow) revert DistributorDisputeWindowTooShort(newWindow, _minDisputeWindow);
        if (newWindow > MAX_DISPUTE_WINDOW) revert DistributorDisputeWindowTooLong(newWindow, MAX_DISPUTE_WINDOW);
        emit DisputeWindowSet(_disputeWindow, newWindow);
        _disputeWindow = newWindow;
    }

    /// @inheritdoc IRewardDistributor
    function sweep(uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) {
        uint256 sweepable = _unallocated();
        if (amount > sweepable) revert DistributorSweepExceedsUnallocated(amount, sweepable);
        _swept += uint96(amount);
        emit Swept(msg.sender, amount);
        _token.safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IRewardDistributor
    function claimed(address account) external view returns (uint256) {
        return _claimed[account];
    }

    /// @notice The root claims are paid against now (the newest matured one), or zeros if none.
    function acceptedRoot() external view returns (uint64 epoch, bytes32 root, uint256 cumulativeTotal) {
        Ledger memory ledger = _ledger;
        if (_matured(ledger)) return (_pendingEpoch, _pendingRoot, _pendingTotal);
        return (_acceptedEpoch, _acceptedRoot, ledger.acceptedTotal);
    }

    /// @notice The root still inside its dispute window, or zeros if none.
    function pendingRoot()
        external
        view
        returns (uint64 epoch, bytes32 root, uint256 cumulativeTotal, uint64 acceptAt)
    {
        acceptAt = _ledger.pendingAcceptAt;
        if (acceptAt <= block.timestamp) return (0, bytes32(0), 0, 0);
        return (_pendingEpoch, _pendingRoot, _pendingTotal, acceptAt);
    }

    /// @notice Everything paid out by claims so far.
    function claimedTotal() external view returns (uint256) {
        return _ledger.claimedTotal;
    }

    /// @notice Funded tokens that neither the accepted nor the pending root may owe: what {sweep} may take.
    function unallocated() external view returns (uint256) {
        return _unallocated();
    }

    /// @notice The funding record of `epoch` (zero budget if never funded).
    function epochOf(uint64 epoch) external view returns (Epoch memory) {
        return _epochs[epoch];
    }

    /// @notice The newest funded epoch; the next one funded must be the one after it.
    function lastFundedEpoch() external view returns (uint64) {
        return _lastFundedEpoch;
    }

    /// @notice Sum of every budget funded, less what was swept.
    function totalFunded() external view returns (uint256) {
        return _totalFunded - _swept;
    }

    /// @notice Whether the guardian vetoed `root` for `epoch`.
    function isVetoed(uint64 epoch, bytes32 root) external view returns (bool) {
        return _vetoed[epoch][root];
    }

    /// @notice Seconds a posted root stays pending.
    function disputeWindow() external view returns (uint64) {
        return _disputeWindow;
    }

    /// @notice The lowest dispute window governance can set, fixed at deployment.
    function minDisputeWindow() external view returns (uint64) {
        return _minDisputeWindow;
    }

    /// @notice The reward token.
    function token() external view returns (IERC20) {
        return _token;
    }

    /// @dev The ledger after accepting a pending root that matured; reverts when no root was ever accepted.
    function _currentLedger() private returns (Ledger memory ledger) {
        if (_acceptMaturedRoot()) return _ledger;
        ledger = _ledger;
        if (_acceptedRoot == bytes32(0)) revert DistributorNoAcceptedRoot();
    }

    /// @dev Moves a pending root past its dispute window into the accepted slot; claimed tokens carry over.
    function _acceptMaturedRoot() private returns (bool) {
        Ledger memory ledger = _ledger;
        if (!_matured(ledger)) return false;
        bytes32 root = _pendingRoot;
        uint64 epoch = _pendingEpoch;
        uint96 total = _pendingTotal;
        _acceptedRoot = root;
        _acceptedEpoch = epoch;
        _ledger = Ledger(0, total, ledger.claimedTotal);
        _pendingRoot = _NO_ROOT;
        emit RootAccepted(epoch, root, total);
        return true;
    }

    /// @dev Counts `amount` more as claimed, never past the accepted root's declared total.
    function _recordClaims(Ledger memory ledger, uint256 amount) private {
        uint256 claimedTotal_ = ledger.claimedTotal + amount;
        if (claimedTotal_ > ledger.acceptedTotal) {
            revert DistributorClaimsExceedRootTotal(ledger.claimedTotal, amount, ledger.acceptedTotal);
        }
        _ledger.claimedTotal = uint96(claimedTotal_);
    }

    function _unallocated() private view returns (uint256) {
        Ledger memory ledger = _ledger;
        uint256 owed = ledger.acceptedTotal;
        if (ledger.pendingAcceptAt != 0) owed = Math.max(owed, _pendingTotal);
        return _totalFunded - _swept - owed;
    }

    function _matured(Ledger memory ledger) private view returns (bool) {
        return ledger.pendingAcceptAt != 0 && ledger.pendingAcceptAt <= block.timestamp;
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
