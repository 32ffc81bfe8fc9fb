// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {DaoGovernor} from "contracts/DaoGovernor.sol";
import {GovToken} from "contracts/GovToken.sol";
import {StakingPool} from "contracts/StakingPool.sol";
import {Treasury} from "contracts/Treasury.sol";
import {IStakingPool} from "contracts/interfaces/IStakingPool.sol";
import {FuzzBase, InvariantBase} from "./utils/FuzzBase.sol";

/// @dev Token, pool and governor wired as the deployer wires them (the pool's treasury is the test, so it can slash).
abstract contract GovernanceSuite is FuzzBase {
    GovToken internal token;
    StakingPool internal pool;
    DaoGovernor internal governor;

    function _deploy(address holder) internal {
        token = new GovToken("Gov", "GOV", holder, 1e30, holder, 0);
        pool = new StakingPool(IERC20(address(token)), holder, 1 days);
        Treasury treasury = new Treasury(1 days, new address[](0), new address[](0), address(this));
        governor = new DaoGovernor(
            token, IStakingPool(address(pool)), TimelockController(treasury), DaoGovernor.Parameters(1, 20, 0, 4, 0)
        );
    }
}

/// @dev Four holders transfer, delegate, stake, request withdrawals, withdraw and get slashed, several times in a
/// block, while the handler keeps its own account of every holder's delegated balance and stake at the end of each
/// block: the weight the governor must see at that block.
contract VotesHandler is GovernanceSuite {
    uint256 public constant ACTORS = 4;

    mapping(address account => uint256) private _balance;
    mapping(address account => address) private _delegatee;
    mapping(address account => uint256) private _stake;
    uint256[] private _blocks;
    mapping(uint256 blockNumber => uint256[ACTORS]) private _expected;

    constructor() {
        _deploy(address(this));
        for (uint256 i = 0; i < ACTORS; ++i) {
            _send(address(this), actor(i), 1000e18);
            vm.prank(actor(i));
            token.approve(address(pool), type(uint256).max);
        }
        nextBlock(0);
    }

    function actor(uint256 i) public pure returns (address) {
        return address(uint160(0x70735000 + i));
    }

    function contracts() external view returns (GovToken, StakingPool, DaoGovernor) {
        return (token, pool, governor);
    }

    function transfer(uint256 fromSeed, uint256 toSeed, uint256 amountSeed) external {
        address from = actor(fromSeed % ACTORS);
        _send(from, actor(toSeed % ACTORS), _bound(amountSeed, 0, _balance[from]));
    }

    /// @dev Delegates to one of the holders (possibly itself).
    function delegate(uint256 fromSeed, uint256 toSeed) external {
        address from = actor(fromSeed % ACTORS);
        address to = actor(toSeed % ACTORS);
        vm.prank(from);
        token.delegate(to);
        _delegatee[from] = to;
    }

    function stake(uint256 actorSeed, uint256 amountSeed) external {
        address account = actor(actorSeed % ACTORS);
        if (_balance[account] == 0) _send(address(this), account, 1000e18);
        uint256 amount = _bound(amountSeed, 1, _balance[account]);
        vm.prank(account);
        pool.stake(amount);
        _balance[account] -= amount;
        _stake[account] += amount;
    }

    function requestWithdrawal(uint256 actorSeed, uint256 amountSeed) external {
        address account = actor(actorSeed % ACTORS);
        if (_stake[account] == 0) return;
        uint256 amount = _bound(amountSeed, 1, _stake[account]);
        vm.prank(account);
        pool.requestWithdrawal(amount);
        _stake[account] -= amount;
    }

    /// @dev Withdraws what is in cooldown, moving time (not the block) past its end if needed.
    function withdraw(uint256 actorSeed) external {
        address account = actor(actorSeed % ACTORS);
        (uint256 amount, uint64 readyAt) = pool.pendingWithdrawal(account);
        if (amount == 0) return;
        if (block.timestamp < readyAt) vm.warp(readyAt);
        vm.prank(account);
        pool.withdraw();
        _balance[account] += amount;
    }

    function slash(uint256 actorSeed, uint256 amountSeed) external {
        address account = actor(actorSeed % ACTORS);
        (uint256 cooling,) = pool.pendingWithdrawal(account);
        uint256 amount = _bound(amountSeed, 1, _stake[account] + cooling + 1);
        pool.slash(account, amount, "fuzz");
        _stake[account] -= amount < _stake[account] ? amount : _stake[account];
    }

    /// @dev Ends the block: what the holders have now is what the governor must report for it.
    function nextBlock(uint256 seed) public {
        uint256[ACTORS] storage expected = _expected[block.number];
        for (uint256 i = 0; i < ACTORS; ++i) {
            address account = actor(i);
            expected[i] = _stake[account];
            for (uint256 j = 0; j < ACTORS; ++j) {
                if (_delegatee[actor(j)] == account) expected[i] += _balance[actor(j)];
            }
        }
        _blocks.push(block.number);
        vm.roll(block.number + _bound(seed, 1, 3));
        vm.warp(block.timestamp + 12);
    }

    /// @notice Every block that ended, and the weight each holder had at its end.
    function blocks() external view returns (uint256[] memory) {
        return _blocks;
    }

    function expectedVotes(uint256 blockNumber, uint256 i) external view returns (uint256) {
        return _expected[blockNumber][i];
    }

    function balanceOf(address account) external view returns (uint256) {
        return _balance[account];
    }

    function _send(address from, address to, uint256 amount) private {
        vm.prank(from);
        token.transfer(to, amount);
        _balance[from] -= from == address(this) ? 0 : amount;
        _balance[to] += amount;
    }
}

contract VotesInvariantTest is InvariantBase {
    VotesHandler private _handler;
    GovToken private _token;
    StakingPool private _pool;
    DaoGovernor private _governor;

    function setUp() public {
        vm.roll(100);
        _handler = new VotesHandler();
        (_token, _pool, _governor) = _handler.contracts();
        bytes4[] memory selectors = new bytes4[](7);
        selectors[0] = VotesHandler.transfer.selector;
        selectors[1] = VotesHandler.delegate.selector;
        selectors[2] = VotesHandler.stake.selector;
        selectors[3] = VotesHandler.requestWithdrawal.selector;
        selectors[4] = VotesHandler.withdraw.selector;
        selectors[5] = VotesHandler.slash.selector;
        selectors[6] = VotesHandler.nextBlock.selector;
        _target(address(_handler), selectors);
    }

    /// @dev At the end of the block that just ended (and at the block before the current one), a holder's governor
    /// votes are its delegated token votes plus its own stake, and both match the handler's own account.
    function invariant_governor_votes_are_delegated_token_votes_plus_stake_at_every_past_block() public view {
        uint256[] memory blocks = _handler.blocks();
        _checkBlock(blocks[blocks.length - 1], blocks[blocks.length - 1]);
        _checkBlock(block.number - 1, blocks[blocks.length - 1]);
        for (uint256 i = 0; i < _handler.ACTORS(); ++i) {
            address account = _handler.actor(i);
            vm.assertEq(_token.balanceOf(account), _handler.balanceOf(account), "balance differs from the ledger");
        }
    }

    /// @dev After the whole sequence, every block that ended still reports what it did when it ended.
    function afterInvariant() public view {
        uint256[] memory blocks = _handler.blocks();
        for (uint256 b = 0; b < blocks.length; ++b) {
            _checkBlock(blocks[b], blocks[b]);
        }
    }

    function _checkBlock(uint256 timepoint, uint256 recorded) private view {
        for (uint256 i = 0; i < _handler.ACTORS(); ++i) {
            address account = _handler.actor(i);
            uint256 votes = _governor.getVotes(account, timepoint);
            uint256 tokenVotes = _token.getPastVotes(account, timepoint);
            vm.assertEq(votes, tokenVotes + _pool.getPastStake(account, timepoint), "votes != token votes + stake");
            vm.assertEq(votes, _handler.expectedVotes(recorded, i), "votes != delegated balances + stake");
        }
    }
}

contract VotesRulesTest is GovernanceSuite {
    address private constant _PROPOSER = address(0x960905E);

    function setUp() public {
        vm.roll(100);
        _deploy(address(this));
        token.approve(address(pool), type(uint256).max);
    }

    /// @dev A holder that never delegated, or staked only after the snapshot, has no weight: its vote reverts.
    function testFuzz_vote_of_weight_zero_reverts(address voter, uint256 held, bool stakeAfterSnapshot) public {
        vm.assume(voter != address(0) && voter.code.length == 0 && voter != address(vm));
        held = _bound(held, 0, 1e27);
        token.transfer(voter, held);
        uint256 id = _propose();
        vm.roll(governor.proposalSnapshot(id) + 1);
        if (stakeAfterSnapshot && held != 0) {
            vm.startPrank(voter);
            token.approve(address(pool), held);
            pool.stake(held);
            vm.stopPrank();
        }
        vm.prank(voter);
        vm.expectRevert(abi.encodeWithSelector(DaoGovernor.DaoGovernorZeroWeightVote.selector, voter, id));
        governor.castVote(id, 1);
    }

    /// @dev Delegated votes and stake add up, both as they were at the snapshot: what moves later does not count.
    function testFuzz_vote_weight_is_delegated_votes_plus_stake_at_the_snapshot(
        uint256 delegated,
        uint256 staked,
        uint256 later,
        bool delegates
    ) public {
        address voter = address(0x707E4);
        delegated = _bound(delegated, 0, 1e27);
        staked = _bound(staked, 0, 1e27);
        later = _bound(later, 1, 1e27);
        if (!delegates) delegated = 0;
        vm.assume(delegated + staked != 0);
        token.transfer(voter, delegated + staked);
        vm.startPrank(voter);
        if (delegates) token.delegate(voter);
        token.approve(address(pool), type(uint256).max);
        if (staked != 0) pool.stake(staked);
        vm.stopPrank();
        uint256 id = _propose();
        vm.roll(governor.proposalSnapshot(id) + 1);
        token.transfer(voter, later);
        vm.prank(voter);
        pool.stake(later);
        vm.prank(voter);
        uint256 weight = governor.castVote(id, 1);
        vm.assertEq(weight, delegated + staked, "weight != delegated votes + stake at the snapshot");
        (, uint256 forVotes,) = governor.proposalVotes(id);
        vm.assertEq(forVotes, weight, "counted weight differs");
    }

    function _propose() private returns (uint256) {
        address[] memory targets = new address[](1);
        targets[0] = address(token);
        bytes[] memory calldatas = new bytes[](1);
        calldatas[0] = abi.encodeCall(IERC20.totalSupply, ());
        vm.prank(_PROPOSER);
        return governor.propose(targets, new uint256[](1), calldatas, "fuzz");
    }
}
