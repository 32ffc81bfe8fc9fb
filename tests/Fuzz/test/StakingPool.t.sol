// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {GovToken} from "contracts/GovToken.sol";
import {StakingPool} from "contracts/StakingPool.sol";
import {IStakingPool} from "contracts/interfaces/IStakingPool.sol";
import {FuzzBase, InvariantBase} from "./utils/FuzzBase.sol";

uint64 constant COOLDOWN = 7 days;

/// @dev Plays four stakers and the treasury (funds streams, slashes, sets the cooldown) against one pool, with only
/// calls the pool must accept or must refuse with a given error, and counts every token in and out.
contract PoolHandler is FuzzBase {
    uint256 public constant ACTORS = 4;

    GovToken public immutable token;
    StakingPool public immutable pool;

    uint256 public notified;
    uint256 public notifications;
    uint256 public paid;
    uint256 public slashed;

    constructor() {
        token = new GovToken("Gov", "GOV", address(this), 1e30, address(this), 0);
        pool = new StakingPool(IERC20(address(token)), address(this), COOLDOWN);
        token.approve(address(pool), type(uint256).max);
    }

    function actor(uint256 i) public pure returns (address) {
        return address(uint160(0x57A7E000 + i));
    }

    function stake(uint256 actorSeed, uint256 amountSeed) external {
        address account = actor(actorSeed % ACTORS);
        uint256 amount = _bound(amountSeed, 1, 1e24);
        token.transfer(account, amount);
        vm.startPrank(account);
        token.approve(address(pool), amount);
        pool.stake(amount);
        vm.stopPrank();
    }

    function requestWithdrawal(uint256 actorSeed, uint256 amountSeed) external {
        address account = actor(actorSeed % ACTORS);
        uint256 staked = pool.stakeOf(account);
        if (staked == 0) return;
        vm.prank(account);
        pool.requestWithdrawal(_bound(amountSeed, 1, staked));
        (, uint64 readyAt) = pool.pendingWithdrawal(account);
        vm.assertEq(readyAt, block.timestamp + pool.withdrawalCooldown(), "readyAt != now + cooldown");
    }

    /// @dev Withdraws, or checks that withdrawing before the cooldown ends reverts.
    function withdraw(uint256 actorSeed) external {
        address account = actor(actorSeed % ACTORS);
        (uint256 amount, uint64 readyAt) = pool.pendingWithdrawal(account);
        if (amount == 0) return;
        uint256 before = token.balanceOf(account);
        vm.prank(account);
        try pool.withdraw() {
            require(block.timestamp >= readyAt, "withdrawn before readyAt");
            vm.assertEq(token.balanceOf(account) - before, amount, "withdraw pays what is in cooldown");
        } catch (bytes memory reason) {
            require(block.timestamp < readyAt, "withdraw after readyAt reverted");
            _expectError(reason, IStakingPool.StakingPoolCooldownNotOver.selector);
        }
    }

    function claim(uint256 actorSeed) public {
        address account = actor(actorSeed % ACTORS);
        uint256 earned = pool.earned(account);
        uint256 before = token.balanceOf(account);
        vm.prank(account);
        try pool.claim() {
            vm.assertEq(token.balanceOf(account) - before, earned, "claim pays what earned() reported");
            paid += earned;
        } catch (bytes memory reason) {
            require(earned == 0, "a claim of a positive reward reverted");
            _expectError(reason, IStakingPool.StakingPoolNothingToClaim.selector);
        }
    }

    function notifyRewardAmount(uint256 amountSeed, uint256 durationSeed) external {
        uint256 amount = _bound(amountSeed, 1, 1e24);
        pool.notifyRewardAmount(amount, _bound(durationSeed, 1, 60 days));
        notified += amount;
        ++notifications;
    }

    /// @dev Slashes up to twice the bond, checking it takes exactly min(amount, stake + cooldown), stake first.
    function slash(uint256 actorSeed, uint256 amountSeed) external {
        address account = actor(actorSeed % ACTORS);
        uint256 staked = pool.stakeOf(account);
        (uint256 cooling,) = pool.pendingWithdrawal(account);
        uint256 amount = _bound(amountSeed, 1, 2 * (staked + cooling) + 1);
        uint256 before = token.balanceOf(address(this));
        pool.slash(account, amount, "fuzz");
        uint256 taken = Math.min(amount, staked + cooling);
        vm.assertEq(token.balanceOf(address(this)) - before, taken, "slash took != min(amount, stake + cooldown)");
        vm.assertEq(pool.stakeOf(account), staked - Math.min(amount, staked), "slash did not take the stake first");
        (uint256 coolingAfter,) = pool.pendingWithdrawal(account);
        vm.assertEq(coolingAfter, cooling - (taken - Math.min(amount, staked)), "slash took the wrong cooldown");
        slashed += taken;
    }

    function setWithdrawalCooldown(uint256 seed) external {
        pool.setWithdrawalCooldown(uint64(_bound(seed, 0, 30 days)));
    }

    function warp(uint256 seed) external {
        vm.warp(block.timestamp + _bound(seed, 1, 10 days));
        vm.roll(block.number + 1);
    }
}

/// @dev Invariants of the pool over random sequences of stake, withdrawal, claim, reward stream and slash.
contract StakingPoolInvariantTest is InvariantBase {
    PoolHandler private _handler;
    StakingPool private _pool;
    GovToken private _token;

    function setUp() public {
        vm.warp(1_700_000_000);
        _handler = new PoolHandler();
        _pool = _handler.pool();
        _token = _handler.token();
        bytes4[] memory selectors = new bytes4[](8);
        selectors[0] = PoolHandler.stake.selector;
        selectors[1] = PoolHandler.requestWithdrawal.selector;
        selectors[2] = PoolHandler.withdraw.selector;
        selectors[3] = PoolHandler.claim.selector;
        selectors[4] = PoolHandler.notifyRewardAmount.selector;
        selectors[5] = PoolHandler.slash.selector;
        selectors[6] = PoolHandler.setWithdrawalCooldown.selector;
        selectors[7] = PoolHandler.warp.selector;
        _target(address(_handler), selectors);
    }

    function invariant_pool_pays_out_no_more_than_it_was_funded() public view {
        uint256 owed = _handler.paid();
        for (uint256 i = 0; i < _handler.ACTORS(); ++i) {
            owed += _pool.earned(_handler.actor(i));
        }
        vm.assertLe(owed, _handler.notified(), "paid + earned > notified");
    }

    /// @dev The pool carries every division remainder forward (1e36 scale), so once the streams have ended and every
    /// staker claimed, what stays behind is each staker's fraction of a wei: at most one wei per staker (4), however
    /// many streams were notified.
    function invariant_pool_strands_at_most_a_wei_per_staker_once_every_stream_has_ended() public {
        if (_handler.notified() == 0) return;
        if (_pool.totalStaked() == 0) _handler.stake(0, 1); // a paused stream resumes only with a staker
        (, uint256 periodFinish) = _pool.rewardStream();
        vm.warp(Math.max(block.timestamp, periodFinish) + 1);
        for (uint256 i = 0; i < _handler.ACTORS(); ++i) {
            _handler.claim(i);
            vm.assertEq(_pool.earned(_handler.actor(i)), 0, "a staker still earns after claiming");
        }
        vm.assertLe(_handler.notified() - _handler.paid(), _handler.ACTORS(), "more than a wei per staker stranded");
    }

    function invariant_pool_holds_every_stake_every_cooldown_and_every_unpaid_reward() public view {
        uint256 staked = 0;
        uint256 cooling = 0;
        uint256 earned = 0;
        for (uint256 i = 0; i < _handler.ACTORS(); ++i) {
            address account = _handler.actor(i);
            staked += _pool.stakeOf(account);
            (uint256 amount,) = _pool.pendingWithdrawal(account);
            cooling += amount;
            earned += _pool.earned(account);
        }
        uint256 balance = _token.balanceOf(address(_pool));
        vm.assertEq(_pool.totalStaked(), staked, "totalStaked != sum of stakes");
        vm.assertGe(balance, staked + cooling + earned, "balance < stakes + cooldowns + earned");
        vm.assertEq(balance, staked + cooling + _handler.notified() - _handler.paid(), "balance != stakes + unpaid");
    }
}

/// @dev Rules of the pool's bond and cooldown, one fuzzed scenario each.
contract StakingPoolRulesTest is FuzzBase {
    address private constant _STAKER = address(0x57A7E);
    GovToken private _token;
    StakingPool private _pool;

    function setUp() public {
        vm.warp(1_700_000_000);
        _token = new GovToken("Gov", "GOV", address(this), 1e30, _STAKER, 1e30);
        _pool = new StakingPool(IERC20(address(_token)), address(this), COOLDOWN);
        vm.prank(_STAKER);
        _token.approve(address(_pool), type(uint256).max);
    }

    function testFuzz_slash_takes_min_of_amount_and_bond_and_never_reverts_for_a_short_bond(
        uint256 staked,
        uint256 cooling,
        uint256 amount
    ) public {
        staked = _bound(staked, 0, 1e27);
        cooling = _bound(cooling, 0, staked);
        amount = _bound(amount, 1, type(uint256).max);
        if (staked != 0) {
            vm.prank(_STAKER);
            _pool.stake(staked);
        }
        if (cooling != 0) {
            vm.prank(_STAKER);
            _pool.requestWithdrawal(cooling);
        }
        _pool.slash(_STAKER, amount, "fuzz");
        uint256 taken = Math.min(amount, staked);
        uint256 fromStake = Math.min(amount, staked - cooling);
        vm.assertEq(_token.balanceOf(address(this)), 1e30 + taken, "slash took != min(amount, stake + cooldown)");
        vm.assertEq(_token.balanceOf(address(_pool)), staked - taken, "pool kept the wrong amount");
        vm.assertEq(_pool.stakeOf(_STAKER), staked - cooling - fromStake, "slash did not take the stake first");
        (uint256 left,) = _pool.pendingWithdrawal(_STAKER);
        vm.assertEq(left, cooling - (taken - fromStake), "slash took the wrong part of the cooldown");
    }

    function testFuzz_stake_in_cooldown_stays_slashable_until_withdrawn(uint256 staked, uint256 wait, uint256 amount)
        public
    {
        staked = _bound(staked, 1, 1e27);
        wait = _bound(wait, 0, 2 * COOLDOWN);
        amount = _bound(amount, 1, 2 * staked);
        vm.startPrank(_STAKER);
        _pool.stake(staked);
        _pool.requestWithdrawal(staked);
        vm.stopPrank();
        vm.warp(block.timestamp + wait);
        _pool.slash(_STAKER, amount, "in cooldown");
        uint256 taken = Math.min(amount, staked);
        vm.assertEq(_token.balanceOf(address(this)), 1e30 + taken, "tokens in cooldown escaped the slash");
        (uint256 left,) = _pool.pendingWithdrawal(_STAKER);
        vm.assertEq(left, staked - taken, "cooldown not reduced by the slash");
        if (left == 0) return;
        vm.warp(block.timestamp + COOLDOWN);
        vm.prank(_STAKER);
        _pool.withdraw();
        _pool.slash(_STAKER, amount, "after withdrawal");
        vm.assertEq(_token.balanceOf(address(this)), 1e30 + taken, "a withdrawn stake was slashed");
    }

    function testFuzz_withdraw_before_readyAt_reverts(uint64 cooldown, uint256 early) public {
        cooldown = uint64(_bound(cooldown, 1, _pool.MAX_WITHDRAWAL_COOLDOWN()));
        _pool.setWithdrawalCooldown(cooldown);
        vm.startPrank(_STAKER);
        _pool.stake(1e18);
        _pool.requestWithdrawal(1e18);
        uint64 readyAt = uint64(block.timestamp) + cooldown;
        vm.warp(readyAt - _bound(early, 1, cooldown));
        vm.expectRevert(abi.encodeWithSelector(IStakingPool.StakingPoolCooldownNotOver.selector, _STAKER, readyAt));
        _pool.withdraw();
        vm.warp(readyAt);
        _pool.withdraw();
        vm.stopPrank();
    }
}
