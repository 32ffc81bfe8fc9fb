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
/// proposal) can slash it.
contract StakingPool is IStakingPool {
    using SafeERC20 for IERC20;
    using Checkpoints for Checkpoints.Trace208;

    /// @dev 1e18 would let each accrual's rounding move up to (stake in whole tokens) wei between stakers;
    /// 1e36 makes that negligible and still cannot overflow: scaled amounts stay below 1e27 * 1e36 = 1e63.
    uint256 private constant _SCALE = 1e36;

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

    modifier onlyTreasury() {
        if (msg.sender != _treasury) revert StakingPoolUnauthorized(msg.sender);
        _;
    }

    /// @param token_ the governance token, staked and paid as reward
    /// @param treasury_ the only account that funds rewards and slashes
    constructor(IERC20 token_, address treasury_) {
        _token = token_;
        _treasury = treasury_;
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
    function withdraw(uint256 amount) external {
        if (amount == 0) revert StakingPoolZeroAmount();
        _reduceStake(msg.sender, amount);
        emit Withdrawn(msg.sender, amount);
        _token.safeTransfer(msg.sender, amount);
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
        _reduceStake(account, amount);
        emit Slashed(account, amount, reason);
        _token.safeTransfer(_treasury, amount);
    }

    /// @inheritdoc IStakingPool
    function stakeOf(address account) external view returns (uint256) {
        return _stakes[account].latest();
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
