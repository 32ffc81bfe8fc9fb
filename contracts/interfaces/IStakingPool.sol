// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IStakingPool
/// @notice Staking of the governance token: streaming rewards, a contributor bond that governance can slash, and
/// checkpointed staked balances that keep their voting weight. Leaving takes a request and a cooldown, during which
/// the tokens stay slashable but no longer vote or earn the stream.
interface IStakingPool {
    /// @notice `account` staked `amount` more tokens.
    event Staked(address indexed account, uint256 amount);
    /// @notice `account` moved `amount` of its stake into cooldown, withdrawable from `readyAt` (with what it had
    /// in cooldown already, whose wait restarts).
    event WithdrawalRequested(address indexed account, uint256 amount, uint64 readyAt);
    /// @notice `account` received `amount` tokens whose cooldown had ended.
    event Withdrawn(address indexed account, uint256 amount);
    /// @notice `account` received `amount` tokens of streaming rewards.
    event RewardPaid(address indexed account, uint256 amount);
    /// @notice The treasury added `amount` tokens, streamed (with any leftover) until `periodFinish`.
    event RewardAdded(uint256 amount, uint256 duration, uint256 periodFinish);
    /// @notice The pool was empty, so the rest of the stream was postponed to end at `periodFinish`.
    event RewardPeriodExtended(uint256 periodFinish);
    /// @notice Governance asked to slash `requested` of `account`'s bond and took `fromStake` of its stake and
    /// `fromCooldown` of its tokens in cooldown to the treasury (less than asked when the bond was smaller).
    event Slashed(address indexed account, uint256 requested, uint256 fromStake, uint256 fromCooldown, string reason);
    /// @notice Governance changed the withdrawal cooldown for requests made from now on.
    event WithdrawalCooldownSet(uint64 oldCooldown, uint64 newCooldown);

    /// @notice Amounts and durations must be positive.
    error StakingPoolZeroAmount();
    /// @notice A reward stream needs a positive duration.
    error StakingPoolZeroDuration();
    /// @notice `account` has only `staked` tokens staked, less than `requested`.
    error StakingPoolInsufficientStake(address account, uint256 staked, uint256 requested);
    /// @notice Only the treasury may fund rewards or slash; `caller` is not it.
    error StakingPoolUnauthorized(address caller);
    /// @notice Past stakes can be read only for timepoints before `clock`.
    error StakingPoolFutureLookup(uint256 timepoint, uint48 clock);
    /// @notice `account` has no reward to claim.
    error StakingPoolNothingToClaim(address account);
    /// @notice `account` has nothing in cooldown to withdraw.
    error StakingPoolNothingToWithdraw(address account);
    /// @notice `account`'s tokens in cooldown can be withdrawn from `readyAt` on.
    error StakingPoolCooldownNotOver(address account, uint64 readyAt);
    /// @notice A cooldown of `cooldown` seconds exceeds the `maximum`.
    error StakingPoolCooldownTooLong(uint64 cooldown, uint64 maximum);

    /// @notice Stakes `amount` tokens of the caller (needs an allowance). Emits {Staked}.
    function stake(uint256 amount) external;

    /// @notice Moves `amount` of the caller's stake into cooldown: from now on it neither votes nor earns, and stays
    /// slashable until withdrawn. Emits {WithdrawalRequested}.
    function requestWithdrawal(uint256 amount) external;

    /// @notice Pays the caller its tokens in cooldown once the cooldown is over. Emits {Withdrawn}.
    function withdraw() external;

    /// @notice Pays the caller every reward earned so far. Emits {RewardPaid}.
    function claim() external;

    /// @notice Streams `amount` more tokens (pulled from the treasury) over `duration` seconds, folding in what is
    /// left of a running stream. Treasury only. Emits {RewardAdded}.
    function notifyRewardAmount(uint256 amount, uint256 duration) external;

    /// @notice Sends up to `amount` of `account`'s bond to the treasury, from its stake first, then from its tokens
    /// in cooldown; takes what is there and never reverts for a short bond. Treasury only. Emits {Slashed}.
    function slash(address account, uint256 amount, string calldata reason) external;

    /// @notice Sets the cooldown of withdrawal requests made from now on. Treasury only.
    /// Emits {WithdrawalCooldownSet}.
    function setWithdrawalCooldown(uint64 cooldown) external;

    /// @notice Tokens `account` has staked now (not counting tokens in cooldown).
    function stakeOf(address account) external view returns (uint256);

    /// @notice Tokens `account` has in cooldown, and from when it can withdraw them.
    function pendingWithdrawal(address account) external view returns (uint256 amount, uint64 readyAt);

    /// @notice Tokens `account` had staked at the end of block `timepoint` (which must be in the past).
    function getPastStake(address account, uint256 timepoint) external view returns (uint256);

    /// @notice Reward `account` could claim now.
    function earned(address account) external view returns (uint256);
}
