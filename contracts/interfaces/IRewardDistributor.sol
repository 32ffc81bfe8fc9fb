// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IRewardDistributor
/// @notice Pays contributors from epoch budgets funded by governance, against Merkle roots of cumulative leaves
/// `(account, totalEarnedSoFar)` (OpenZeppelin StandardMerkleTree encoding), so one claim pays every settled epoch.
interface IRewardDistributor {
    /// @notice A funded epoch: its budget, the contribution window it rewards, the hash of the policy applied, and
    /// the budgets of every epoch up to and including it (what a root for it may promise at most).
    struct Epoch {
        uint128 budget;
        uint64 windowStart;
        uint64 windowEnd;
        bytes32 policyHash;
        uint128 fundedThrough;
    }

    /// @notice Governance funded `epoch` with `budget` tokens for contributions in [windowStart, windowEnd).
    event EpochFunded(uint64 indexed epoch, uint256 budget, uint64 windowStart, uint64 windowEnd, bytes32 policyHash);
    /// @notice The settler posted `root` for every epoch up to `epoch`; claimable from `acceptAt` unless vetoed.
    event RootPosted(uint64 indexed epoch, bytes32 root, uint256 cumulativeTotal, uint64 acceptAt, string treeUri);
    /// @notice The pending `root` of `epoch` was dropped unaccepted because a root for `byEpoch` replaced it.
    event RootReplaced(uint64 indexed epoch, bytes32 root, uint64 byEpoch);
    /// @notice A matured root became the one claims are paid against (on its first use or by {acceptRoot}).
    event RootAccepted(uint64 indexed epoch, bytes32 root, uint256 cumulativeTotal);
    /// @notice The guardian vetoed the pending root of `epoch`; that root can never be posted for it again.
    event RootVetoed(uint64 indexed epoch, bytes32 root, string reason);
    /// @notice `account` was paid `amount`, reaching `cumulativeTotal` claimed.
    event Claimed(address indexed account, uint256 amount, uint256 cumulativeTotal);
    /// @notice Governance changed the dispute window.
    event DisputeWindowSet(uint64 oldWindow, uint64 newWindow);
    /// @notice Governance took back `amount` unallocated tokens to `to`.
    event Swept(address indexed to, uint256 amount);

    /// @notice A budget must be positive.
    error DistributorZeroBudget();
    /// @notice Epochs are funded one after another: `epoch` came when `expected` was next.
    error DistributorEpochOutOfOrder(uint64 epoch, uint64 expected);
    /// @notice The window must start before it ends, and not before the previous epoch's window ended.
    error DistributorInvalidWindow(uint64 windowStart, uint64 windowEnd, uint64 previousWindowEnd);
    /// @notice A window ending at `windowEnd` reaches past `latest`, a year from now, holding later epochs back.
    error DistributorWindowTooFar(uint64 windowEnd, uint256 latest);
    /// @notice `epoch` was never funded.
    error DistributorEpochNotFunded(uint64 epoch);
    /// @notice A root for `epoch` can be posted only once its window has ended, at `windowEnd`.
    error DistributorWindowNotEnded(uint64 epoch, uint64 windowEnd);
    /// @notice A root must not be zero.
    error DistributorZeroRoot();
    /// @notice The guardian vetoed `root` for `epoch` already.
    error DistributorRootWasVetoed(uint64 epoch, bytes32 root);
    /// @notice `epoch` is not newer than the accepted root's `acceptedEpoch`.
    error DistributorEpochAlreadySettled(uint64 epoch, uint64 acceptedEpoch);
    /// @notice Only a newer epoch's root can replace the pending root of `pendingEpoch`.
    error DistributorRootPending(uint64 pendingEpoch);
    /// @notice The root's `cumulativeTotal` exceeds the `funded` budgets of its epoch and earlier (less sweeps).
    error DistributorTotalExceedsFunded(uint256 cumulativeTotal, uint256 funded);
    /// @notice The root's `cumulativeTotal` is below the accepted root's `acceptedTotal`.
    error DistributorTotalBelowAccepted(uint256 cumulativeTotal, uint256 acceptedTotal);
    /// @notice No root is pending for `epoch` (none posted, vetoed, or already past its dispute window).
    error DistributorNoPendingRoot(uint64 epoch);
    /// @notice No root has been accepted yet.
    error DistributorNoAcceptedRoot();
    /// @notice No pending root has passed its dispute window.
    error DistributorNothingToAccept();
    /// @notice The proof does not show `(account, total)` in the accepted root.
    error DistributorInvalidProof(address account, uint256 total);
    /// @notice The multiproof does not show the batch in the accepted root.
    error DistributorInvalidMultiProof();
    /// @notice `account` already claimed `claimed`, not less than its `total`.
    error DistributorNothingToClaim(address account, uint256 total, uint256 claimed);
    /// @notice Paying `amount` more would take claims past the accepted root's declared `cumulativeTotal`.
    error DistributorClaimsExceedRootTotal(uint256 claimedTotal, uint256 amount, uint256 cumulativeTotal);
    /// @notice A batch needs as many totals as accounts, and at least one.
    error DistributorInvalidBatch(uint256 accounts, uint256 totals);
    /// @notice Only `unallocated` tokens (funded but promised by no accepted or pending root) can be swept.
    error DistributorSweepExceedsUnallocated(uint256 amount, uint256 unallocated);
    /// @notice The dispute window `window` is below the `minimum` fixed at deployment.
    error DistributorDisputeWindowTooShort(uint64 window, uint64 minimum);
    /// @notice The dispute window `window` is above the `maximum`, which would delay every root past reason.
    error DistributorDisputeWindowTooLong(uint64 window, uint64 maximum);

    /// @notice Funds `epoch` (the one after the last funded) with `budget` tokens pulled from the treasury, for
    /// contributions in a window that starts no earlier than the previous epoch's ended and ends within a year.
    /// Treasury only.
    /// Emits {EpochFunded}.
    function fundEpoch(uint64 epoch, uint256 budget, uint64 windowStart, uint64 windowEnd, bytes32 policyHash)
        external;

    /// @notice Posts the root of cumulative leaves through `epoch`, once its window has ended, pending for the
    /// dispute window; replaces a pending root of an older epoch. Its total may not exceed the budgets of `epoch`
    /// and earlier ones. Settlers only. Emits {RootPosted}, {RootReplaced} when a pending root is dropped, and
    /// {RootAccepted} if the previous pending root had matured.
    function postRoot(uint64 epoch, bytes32 root, uint256 cumulativeTotal, string calldata treeUri) external;

    /// @notice Makes the pending root that passed its dispute window the accepted one. Claims do this on their own;
    /// anyone may call it. Emits {RootAccepted}.
    function acceptRoot() external;

    /// @notice Vetoes the pending root of `epoch` during its dispute window. Guardians only. Emits {RootVetoed}.
    function vetoRoot(uint64 epoch, string calldata reason) external;

    /// @notice Pays `account` its `total` minus what it already claimed, whoever sends it, against the root
    /// {acceptedRoot} reports (accepting it first if it just matured). Emits {Claimed}.
    function claim(address account, uint256 total, bytes32[] calldata proof) external;

    /// @notice Pays every leaf of a batch proven by one multiproof, each to its own account; leaves with nothing
    /// left to pay are skipped so a batch never fails on an account that claimed meanwhile. Emits {Claimed} per
    /// paid leaf. Returns the tokens paid.
    function claimMany(
        address[] calldata accounts,
        uint256[] calldata totals,
        bytes32[] calldata proof,
        bool[] calldata proofFlags
    ) external returns (uint256 paid);

    /// @notice Sets the dispute window for roots posted from now on, from the deployment's minimum to 30 days.
    /// Treasury only. Emits {DisputeWindowSet}.
    function setDisputeWindow(uint64 newWindow) external;

    /// @notice Returns `amount` of funded tokens that neither the accepted nor the pending root may owe to the
    /// treasury. Treasury only. Emits {Swept}.
    function sweep(uint256 amount) external;

    /// @notice What `account` has claimed so far.
    function claimed(address account) external view returns (uint256);
}
