// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IStakingPool
/// @notice Staking of the governance token: streaming rewards, a contributor bond that governance can slash, and
/// checkpointed staked balances that keep their voting weight.
interface IStakingPool {
    /// @notice `account` staked `amount` more tokens.
    event Staked(address indexed account, uint256 amount);
    /// @notice `account` took `amount` tokens out of its stake.
    event Withdrawn(address indexed account, uint256 amount);
    /// @notice `account` received `amount` tokens of streaming rewards.
    event RewardPaid(address indexed account, uint256 amount);
    /// @notice The treasury added `amount` tokens, streamed (with any leftover) until `periodFinish`.
    event RewardAdded(uint256 amount, uint256 duration, uint256 periodFinish);
    /// @notice The pool was empty, so the rest of the stream was postponed to end at `periodFinish`.
    event RewardPeriodExtended(uint256 periodFinish);
    /// @notice Governance took `amount` of `account`'s stake to the treasury.
    event Slashed(address indexed account, uint256 amount, string reason);

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

    /// @notice Stakes `amount` tokens of the caller (needs an allowance). Emits {Staked}.
    function stake(uint256 amount) external;

    /// @notice Withdraws `amount` of the caller's stake. Emits {Withdrawn}.
    function withdraw(uint256 amount) external;

    /// @notice Pays the caller every reward earned so far. Emits {RewardPaid}.
    function claim() external;

    /// @notice Streams `amount` more tokens (pulled from the treasury) over `duration` seconds, folding in what is
    /// left of a running stream. Treasury only. Emits {RewardAdded}.
    function notifyRewardAmount(uint256 amount, uint256 duration) external;

    /// @notice Sends `amount` of `account`'s stake to the treasury. Treasury only. Emits {Slashed}.
    function slash(address account, uint256 amount, string calldata reason) external;

    /// @notice Tokens `account` has staked now.
    function stakeOf(address account) external view returns (uint256);

    /// @notice Tokens `account` had staked at the end of block `timepoint` (which must be in the past).
    function getPastStake(address account, uint256 timepoint) external view returns (uint256);

    /// @notice Reward `account` could claim now.
    function earned(address account) external view returns (uint256);
}
