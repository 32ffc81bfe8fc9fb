// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";
import {IStakingPool} from "./interfaces/IStakingPool.sol";

/// @title StakingPool
/// @notice Synthetix-style reward-per-token accumulator with three fixes: amounts are scaled by 1e36 and every
/// division remainder is carried forward (no stranded wei, no staker off by more than a wei), the stream pauses
/// while nobody stakes (nothing is emitted into the void), and stakes are checkpointed per block so
/// {DaoGovernor} counts them as votes. The stake is also the contributor bond: only the treasury (a passed
/// proposal) can slash it, and leaving takes a cooldown (by default longer than a proposal takes from creation to
/// execution) so a stake cannot escape a slash that is being voted on. Tokens in cooldown are on their way out:
/// they stay slashable but neither vote nor earn the stream.
contract StakingPool is IStakingPool {
    using SafeERC20 for IERC20;
    using Checkpoints for Checkpoints.Trace208;

    /// @dev 1e18 would let each accrual's rounding move up to (stake in whole tokens) wei between stakers;
    /// 1e36 makes that negligible and still cannot overflow: scaled amounts stay below 1e27 * 1e36 = 1e63.
    uint256 private constant _SCALE = 1e36;
    /// @notice Longest withdrawal cooldown governance can set, so stakers can always leave.
    uint64 public constant MAX_WITHDRAWAL_COOLDOWN = 365 days;

    /// @dev Tokens in cooldown and when they can leave; one request per account at a time, topped up by new ones.
    struct Withdrawal {
        uint192 amount;
        uint64 readyAt;
    }

    IERC20 private immutable _token;
    address private immutable _treasury;

    mapping(address account => Checkpoints.Trace208) private _stakes;
    uint256 private _totalStaked;

    uint256 private _periodFinish;
    uint256 private _lastUpdate;
    /// @dev Tokens per second, times _SCALE.
    uint256 private _rate;
    /// @dev Scaled tokens the integer rate leaves out of the current stream; folded into the next one.
    uint256 private _rateRemainder;
    /// @dev Tokens per staked token, times _SCALE.
    uint256 private _rewardPerToken;
    /// @dev Scaled tokens emitted but not yet divisible among the stakers; added to the next accrual.
    uint256 private _accrualRemainder;
    mapping(address account => uint256) private _rewardPerTokenPaid;
    /// @dev Earned rewards times _SCALE, so an account's fractions of a wei add up instead of vanishing.
    mapping(address account => uint256) private _scaledRewards;
    mapping(address account => Withdrawal) private _withdrawals;
    uint64 private _withdrawalCooldown;

    modifier onlyTreasury() {
        if (msg.sender != _treasury) revert StakingPoolUnauthorized(msg.sender);
        _;
    }

    /// @param token_ the governance token, staked and paid as reward
    /// @param treasury_ the only account that funds rewards, slashes and sets the cooldown
    /// @param withdrawalCooldown_ seconds between a withdrawal request and the withdrawal
    constructor(IERC20 token_, address treasury_, uint64 withdrawalCooldown_) {
        _checkCooldown(withdrawalCooldown_);
        _token = token_;
        _treasury = treasury_;
        _withdrawalCooldown = withdrawalCooldown_;
    }

    /// @inheritdoc IStakingPool
    function stake(uint256 amount) external {
        if (amount == 0) revert StakingPoolZeroAmount();
        _accrue(msg.sender);
        uint256 staked = _stakes[msg.sender].latest();
        _stakes[msg.sender].push(Time.blockNumber(), SafeCast.toUint208(staked + amount));
        _totalStaked += amount;
        emit Staked(msg.sender, amount);
        _token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc IStakingPool
    function requestWithdrawal(uint256 amount) external {
        if (amount == 0) revert StakingPoolZeroAmount();
        _reduceStake(msg.sender, amount);
        Withdrawal storage withdrawal = _withdrawals[msg.sender];
        uint64 readyAt = SafeCast.toUint64(block.timestamp) + _withdrawalCooldown;
        withdrawal.amount += SafeCast.toUint192(amount);
        withdrawal.readyAt = readyAt;
        emit WithdrawalRequested(msg.sender, amount, readyAt);
    }

    /// @inheritdoc IStakingPool
    function withdraw() external {
        Withdrawal memory withdrawal = _withdrawals[msg.sender];
        if (withdrawal.amount == 0) revert StakingPoolNothingToWithdraw(msg.sender);
        if (block.timestamp < withdrawal.readyAt) revert StakingPoolCooldownNotOver(msg.sender, withdrawal.readyAt);
        delete _withdrawals[msg.sender];
        emit Withdrawn(msg.sender, withdrawal.amount);
        _token.safeTransfer(msg.sender, withdrawal.amount);
    }

    /// @inheritdoc IStakingPool
    function claim() external {
        _accrue(msg.sender);
        uint256 reward = _scaledRewards[msg.sender] / _SCALE;
        if (reward == 0) revert StakingPoolNothingToClaim(msg.sender);
        _scaledRewards[msg.sender] -= reward * _SCALE;
        emit RewardPaid(msg.sender, reward);
        _token.safeTransfer(msg.sender, reward);
    }

    /// @inheritdoc IStakingPool
    function notifyRewardAmount(uint256 amount, uint256 duration) external onlyTreasury {
        if (amount == 0) revert StakingPoolZeroAmount();
        if (duration == 0) revert StakingPoolZeroDuration();
        _accrue(address(0));
        uint256 leftover = _rateRemainder;
        if (block.timestamp < _periodFinish) leftover += (_periodFinish - block.timestamp) * _rate;
        uint256 scaled = amount * _SCALE + leftover;
        _rate = scaled / duration;
        _rateRemainder = scaled % duration;
        _lastUpdate = block.timestamp;
        _periodFinish = block.timestamp + duration;
        emit RewardAdded(amount, duration, _periodFinish);
        _token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc IStakingPool
    function slash(address account, uint256 amount, string calldata reason) external onlyTreasury {
        if (amount == 0) revert StakingPoolZeroAmount();
        uint256 fromStake = Math.min(amount, _stakes[account].latest());
        if (fromStake != 0) _reduceStake(account, fromStake);
        Withdrawal storage withdrawal = _withdrawals[account];
        uint256 fromCooldown = Math.min(amount - fromStake, withdrawal.amount);
        if (fromCooldown != 0) withdrawal.amount -= uint192(fromCooldown);
        emit Slashed(account, amount, fromStake, fromCooldown, reason);
        if (fromStake + fromCooldown != 0) _token.safeTransfer(_treasury, fromStake + fromCooldown);
    }

    /// @inheritdoc IStakingPool
    function setWithdrawalCooldown(uint64 cooldown) external onlyTreasury {
        _checkCooldown(cooldown);
        emit WithdrawalCooldownSet(_withdrawalCooldown, cooldown);
        _withdrawalCooldown = cooldown;
    }

    /// @inheritdoc IStakingPool
    function stakeOf(address account) external view returns (uint256) {
        return _stakes[account].latest();
    }

    /// @inheritdoc IStakingPool
    function pendingWithdrawal(address account) external view returns (uint256 amount, uint64 readyAt) {
        Withdrawal memory withdrawal = _withdrawals[account];
        return (withdrawal.amount, withdrawal.readyAt);
    }

    /// @notice Seconds between a withdrawal request and the withdrawal, for requests made now.
    function withdrawalCooldown() external view returns (uint64) {
        return _withdrawalCooldown;
    }

    /// @inheritdoc IStakingPool
    function getPastStake(address account, uint256 timepoint) external view returns (uint256) {
        uint48 currentTimepoint = Time.blockNumber();
        if (timepoint >= currentTimepoint) revert StakingPoolFutureLookup(timepoint, currentTimepoint);
        return _stakes[account].upperLookupRecent(SafeCast.toUint48(timepoint));
    }

    /// @inheritdoc IStakingPool
    function earned(address account) external view returns (uint256) {
        (uint256 rewardPerToken,) = _pendingRewardPerToken();
        return (_scaledRewards[account] + _stakes[account].latest() * (rewardPerToken - _rewardPerTokenPaid[account]))
            / _SCALE;
    }

    /// @notice Tokens staked by everyone.
    function totalStaked() external view returns (uint256) {
        return _totalStaked;
    }

    /// @notice Current stream: tokens per second times 1e36, and when it ends.
    function rewardStream() external view returns (uint256 ratePerSecondScaled, uint256 periodFinish) {
        return (_rate, _periodFinish);
    }

    /// @notice The staked and reward token.
    function token() external view returns (IERC20) {
        return _token;
    }

    /// @notice Stakes are checkpointed by block number, like the token's votes.
    function clock() external view returns (uint48) {
        return Time.blockNumber();
    }

    /// @notice Machine-readable description of {clock} (EIP-6372).
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() external pure returns (string memory) {
        return "mode=blocknumber&from=default";
    }

    function _checkCooldown(uint64 cooldown) private pure {
        if (cooldown > MAX_WITHDRAWAL_COOLDOWN) revert StakingPoolCooldownTooLong(cooldown, MAX_WITHDRAWAL_COOLDOWN);
    }

    function _reduceStake(address account, uint256 amount) private {
        _accrue(account);
        uint256 staked = _stakes[account].latest();
        if (staked < amount) revert StakingPoolInsufficientStake(account, staked, amount);
        _stakes[account].push(Time.blockNumber(), SafeCast.toUint208(staked - amount));
        _totalStaked -= amount;
    }

    /// @dev Brings the accumulator up to now and credits `account` (unless zero) with what it earned since its last
    /// update. Runs before every change of a stake, so stakes are constant between two accruals.
    function _accrue(address account) private {
        uint256 finish = _periodFinish;
        if (_totalStaked == 0 && _lastUpdate < finish && _lastUpdate < block.timestamp) {
            _periodFinish = finish + (block.timestamp - _lastUpdate);
            _lastUpdate = block.timestamp;
            emit RewardPeriodExtended(_periodFinish);
        } else {
            (_rewardPerToken, _accrualRemainder) = _pendingRewardPerToken();
            _lastUpdate = Math.min(block.timestamp, finish);
        }
        if (account != address(0)) {
            uint256 rewardPerToken = _rewardPerToken;
            _scaledRewards[account] += _stakes[account].latest() * (rewardPerToken - _rewardPerTokenPaid[account]);
            _rewardPerTokenPaid[account] = rewardPerToken;
        }
    }

    function _pendingRewardPerToken() private view returns (uint256 rewardPerToken, uint256 remainder) {
        uint256 applicable = Math.min(block.timestamp, _periodFinish);
        uint256 total = _totalStaked;
        if (total == 0 || applicable <= _lastUpdate) return (_rewardPerToken, _accrualRemainder);
        uint256 emitted = (applicable - _lastUpdate) * _rate + _accrualRemainder;
        return (_rewardPerToken + emitted / total, emitted % total);
    }
}
