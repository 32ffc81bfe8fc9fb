// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {GovToken} from "contracts/GovToken.sol";
import {RewardDistributor} from "contracts/RewardDistributor.sol";
import {IRewardDistributor} from "contracts/interfaces/IRewardDistributor.sol";
import {FuzzBase, InvariantBase} from "./utils/FuzzBase.sol";
import {MerkleTrees} from "./utils/MerkleTrees.sol";

address constant SETTLER = address(0x5E771E4);
address constant GUARDIAN = address(0x6A4D1A4);
uint64 constant MIN_DISPUTE_WINDOW = 1 hours;
uint64 constant DISPUTE_WINDOW = 1 days;
uint256 constant START = 1_700_000_000;

/// @dev Plays treasury (funds, sweeps, sets the window), settler (posts roots), guardian (vetoes) and anyone
/// (claims) against one distributor, with only calls the contract must accept, or must refuse with a given error.
/// Roots are real Merkle trees over six accounts. An honest root's leaves add up to the total it declares and never
/// lower an account's total; a dishonest one gives one account more than that (the contract must cap it).
contract DistributorHandler is FuzzBase {
    struct PostedRoot {
        bool honest;
        address[] accounts;
        uint256[] totals;
        bytes32[] tree;
    }

    uint256 public constant ACTORS = 6;

    GovToken public immutable token;
    RewardDistributor public immutable distributor;

    /// @dev Keyed by root and declared total: the same leaves may be posted with another total.
    mapping(bytes32 key => PostedRoot) private _roots;
    /// @dev Per account, the highest total a leaf of any accepted root gave it.
    mapping(address account => uint256) public highestAcceptedLeaf;
    bytes32 private _lastAccepted;
    uint64[] private _vetoedEpochs;
    bytes32[] private _vetoedRoots;

    uint256 public funded;
    uint256 public swept;
    uint256 public paid;

    constructor() {
        token = new GovToken("Reward", "RWD", address(this), 1e30, address(this), 0);
        distributor = new RewardDistributor(
            IERC20(address(token)), address(this), SETTLER, GUARDIAN, DISPUTE_WINDOW, MIN_DISPUTE_WINDOW
        );
        token.approve(address(distributor), type(uint256).max);
    }

    modifier synced() {
        _sync();
        _;
        _sync();
    }

    function actor(uint256 i) public pure returns (address) {
        return address(uint160(0xAC7000 + i));
    }

    /// @dev Funds the next epoch, its window a few days after the previous one and ending at most
    /// MAX_WINDOW_AHEAD from now (none if the previous window already ends there).
    function fundEpoch(uint256 budgetSeed, uint256 gapSeed, uint256 lengthSeed) public synced {
        uint64 epoch = distributor.lastFundedEpoch() + 1;
        uint64 previousEnd = distributor.epochOf(epoch - 1).windowEnd;
        uint256 latest = block.timestamp + distributor.MAX_WINDOW_AHEAD();
        uint64 start = (previousEnd == 0 ? uint64(START) : previousEnd) + uint64(_bound(gapSeed, 0, 2 days));
        if (start >= latest) return;
        uint64 end = uint64(Math.min(start + _bound(lengthSeed, 1, 14 days), latest));
        uint256 budget = _bound(budgetSeed, 1, 1e24);
        distributor.fundEpoch(epoch, budget, start, end, keccak256(abi.encode(epoch)));
        funded += budget;
    }

    /// @dev Posts a root for a funded epoch above the accepted and pending ones (funding one if there is none),
    /// waiting for its window to end. One root in four is dishonest.
    function postRoot(uint256 epochSeed, uint256 totalSeed, uint256 weightSeed, uint256 extraSeed) external synced {
        if (distributor.lastFundedEpoch() <= _newestRootEpoch()) fundEpoch(totalSeed, weightSeed, epochSeed);
        if (distributor.lastFundedEpoch() <= _newestRootEpoch()) return;
        (uint64 epoch, uint256 ceiling) = _postableEpoch(epochSeed);
        bool honest = extraSeed % 4 != 0;
        (address[] memory accounts, uint256[] memory totals, uint256 total) = _leaves(totalSeed, weightSeed, ceiling);
        if (total > ceiling) return; // a dishonest root was accepted: no honest total fits any more
        if (!honest) totals[extraSeed % totals.length] += _bound(extraSeed, 1, total + 1);
        bytes32[] memory tree = MerkleTrees.build(accounts, totals);
        if (distributor.isVetoed(epoch, tree[0])) return;
        PostedRoot storage record = _roots[keccak256(abi.encode(tree[0], total))];
        (record.honest, record.accounts, record.totals, record.tree) = (honest, accounts, totals, tree);
        vm.prank(SETTLER);
        distributor.postRoot(epoch, tree[0], total, "ipfs://fuzz");
    }

    /// @dev Tries a root declaring more than the budgets of its epoch and earlier ones (less sweeps) allow.
    function postRootOverBudget(uint256 epochSeed, uint256 excessSeed) external synced {
        if (distributor.lastFundedEpoch() <= _newestRootEpoch()) return;
        (uint64 epoch, uint256 ceiling) = _postableEpoch(epochSeed);
        uint256 total = ceiling + _bound(excessSeed, 1, 1e24);
        vm.prank(SETTLER);
        try distributor.postRoot(epoch, keccak256(abi.encode(epoch, total)), total, "") {
            revert("a root above its epoch's budgets was posted");
        } catch (bytes memory reason) {
            _expectError(reason, IRewardDistributor.DistributorTotalExceedsFunded.selector);
        }
    }

    /// @dev Vetoes the pending root, if any, one time in two (so that roots also mature).
    function vetoRoot(bool veto) external synced {
        (uint64 epoch, bytes32 root,, uint64 acceptAt) = distributor.pendingRoot();
        if (acceptAt == 0 || !veto) return;
        vm.prank(GUARDIAN);
        distributor.vetoRoot(epoch, "fuzz");
        _vetoedEpochs.push(epoch);
        _vetoedRoots.push(root);
    }

    function repostVetoedRoot(uint256 seed) external synced {
        if (_vetoedRoots.length == 0) return;
        uint256 i = seed % _vetoedRoots.length;
        vm.prank(SETTLER);
        try distributor.postRoot(_vetoedEpochs[i], _vetoedRoots[i], 0, "") {
            revert("a vetoed root was posted again for its epoch");
        } catch (bytes memory reason) {
            _expectError(reason, IRewardDistributor.DistributorRootWasVetoed.selector);
        }
    }

    function acceptRoot() external synced {
        try distributor.acceptRoot() {}
        catch (bytes memory reason) {
            _expectError(reason, IRewardDistributor.DistributorNothingToAccept.selector);
        }
    }

    /// @dev Claims one leaf of the accepted root for its account, sent by anyone.
    function claim(uint256 leafSeed, address sender) external synced {
        (, bytes32 root, uint256 rootTotal) = distributor.acceptedRoot();
        if (root == bytes32(0)) return;
        PostedRoot storage record = _roots[keccak256(abi.encode(root, rootTotal))];
        uint256 k = leafSeed % record.accounts.length;
        (address account, uint256 total) = (record.accounts[k], record.totals[k]);
        uint256 already = distributor.claimed(account);
        if (total <= already) return;
        bool fits = distributor.claimedTotal() + (total - already) <= rootTotal;
        uint256 before = token.balanceOf(account);
        vm.prank(sender);
        try distributor.claim(account, total, MerkleTrees.proof(record.tree, k)) {
            require(fits, "a claim took the accepted root past its declared total");
            vm.assertEq(token.balanceOf(account) - before, total - already, "a claim pays the leaf less the claimed");
            paid += total - already;
        } catch (bytes memory reason) {
            require(!fits, "a claim within the root's total reverted");
            _expectError(reason, IRewardDistributor.DistributorClaimsExceedRootTotal.selector);
        }
    }

    /// @dev Claims a subset of the accepted root's leaves with one multiproof.
    function claimMany(uint256 subsetSeed) external synced {
        (, bytes32 root, uint256 rootTotal) = distributor.acceptedRoot();
        if (root == bytes32(0)) return;
        PostedRoot storage record = _roots[keccak256(abi.encode(root, rootTotal))];
        uint256 n = record.accounts.length;
        uint256 mask = _bound(subsetSeed, 1, (1 << n) - 1);
        uint256[] memory ks = new uint256[](n);
        uint256 size = 0;
        for (uint256 k = 0; k < n; ++k) {
            if (mask & (1 << k) != 0) ks[size++] = k;
        }
        assembly ("memory-safe") {
            mstore(ks, size)
        }
        address[] memory accounts = new address[](size);
        uint256[] memory totals = new uint256[](size);
        uint256 expected = 0;
        for (uint256 i = 0; i < size; ++i) {
            (accounts[i], totals[i]) = (record.accounts[ks[i]], record.totals[ks[i]]);
            expected += totals[i] - Math.min(totals[i], distributor.claimed(accounts[i]));
        }
        bool fits = distributor.claimedTotal() + expected <= rootTotal;
        (, bytes32[] memory proof, bool[] memory flags) = MerkleTrees.multiProof(record.tree, ks);
        try distributor.claimMany(accounts, totals, proof, flags) returns (uint256 batchPaid) {
            require(fits, "a batch took the accepted root past its declared total");
            vm.assertEq(batchPaid, expected, "a batch pays every leaf less what its account claimed");
            paid += batchPaid;
        } catch (bytes memory reason) {
            require(!fits, "a batch within the root's total reverted");
            _expectError(reason, IRewardDistributor.DistributorClaimsExceedRootTotal.selector);
        }
    }

    function sweep(uint256 amountSeed) external synced {
        uint256 amount = _bound(amountSeed, 0, distributor.unallocated());
        distributor.sweep(amount);
        swept += amount;
    }

    function sweepTooMuch(uint256 excessSeed) external synced {
        uint256 amount = distributor.unallocated() + _bound(excessSeed, 1, 1e24);
        try distributor.sweep(amount) {
            revert("swept more than unallocated");
        } catch (bytes memory reason) {
            _expectError(reason, IRewardDistributor.DistributorSweepExceedsUnallocated.selector);
        }
    }

    function setDisputeWindow(uint256 seed) external synced {
        distributor.setDisputeWindow(uint64(_bound(seed, MIN_DISPUTE_WINDOW, 3 days)));
    }

    function warp(uint256 seed) external synced {
        vm.warp(block.timestamp + _bound(seed, 1, 3 days));
        vm.roll(block.number + 1);
    }

    /// @notice The leaves of the root {RewardDistributor.acceptedRoot} reports (empty if none).
    function acceptedLeaves() external view returns (PostedRoot memory) {
        (, bytes32 root, uint256 total) = distributor.acceptedRoot();
        return _roots[keccak256(abi.encode(root, total))];
    }

    /// @notice The leaves of the root {RewardDistributor.pendingRoot} reports (empty if none).
    function pendingLeaves() external view returns (PostedRoot memory) {
        (, bytes32 root, uint256 total,) = distributor.pendingRoot();
        return _roots[keccak256(abi.encode(root, total))];
    }

    /// @dev A funded epoch a root may be posted for now (after waiting for its window to end, if needed), and the
    /// most a root for it may declare.
    function _postableEpoch(uint256 seed) private returns (uint64 epoch, uint256 ceiling) {
        epoch = uint64(_bound(seed, _newestRootEpoch() + 1, distributor.lastFundedEpoch()));
        IRewardDistributor.Epoch memory funding = distributor.epochOf(epoch);
        if (block.timestamp < funding.windowEnd) {
            vm.warp(funding.windowEnd);
            _sync();
        }
        ceiling = Math.min(funding.fundedThrough, distributor.totalFunded());
    }

    function _newestRootEpoch() private view returns (uint64) {
        (uint64 acceptedEpoch,,) = distributor.acceptedRoot();
        (uint64 pendingEpoch,,,) = distributor.pendingRoot();
        return acceptedEpoch > pendingEpoch ? acceptedEpoch : pendingEpoch;
    }

    /// @dev Honest leaves: every account's highest accepted total, plus a random share of an increment chosen so the
    /// sum (returned as `total`) stays within `ceiling` when possible. Leaves of zero are left out.
    function _leaves(uint256 totalSeed, uint256 weightSeed, uint256 ceiling)
        private
        view
        returns (address[] memory accounts, uint256[] memory totals, uint256 total)
    {
        accounts = new address[](ACTORS);
        totals = new uint256[](ACTORS);
        uint256 floor = 0;
        for (uint256 i = 0; i < ACTORS; ++i) {
            accounts[i] = actor(i);
            totals[i] = highestAcceptedLeaf[accounts[i]];
            floor += totals[i];
        }
        total = floor > ceiling ? floor : _bound(totalSeed, floor, ceiling);
        _share(totals, total - floor, weightSeed);
        (accounts, totals) = _withoutZeros(accounts, totals);
    }

    /// @dev Records the leaves of a root the moment the distributor reports it accepted (time moves only here).
    function _sync() private {
        (, bytes32 root, uint256 total) = distributor.acceptedRoot();
        bytes32 key = keccak256(abi.encode(root, total));
        if (root == bytes32(0) || key == _lastAccepted) return;
        _lastAccepted = key;
        PostedRoot storage record = _roots[key];
        for (uint256 k = 0; k < record.accounts.length; ++k) {
            address account = record.accounts[k];
            highestAcceptedLeaf[account] = Math.max(highestAcceptedLeaf[account], record.totals[k]);
        }
    }

    /// @dev Adds `amount` to `totals` in random proportions.
    function _share(uint256[] memory totals, uint256 amount, uint256 seed) private pure {
        uint256[] memory weights = new uint256[](totals.length);
        uint256 sum = 0;
        for (uint256 i = 0; i < totals.length; ++i) {
            weights[i] = uint8(uint256(keccak256(abi.encode(seed, i))));
            sum += weights[i];
        }
        uint256 given = 0;
        for (uint256 i = 1; i < totals.length && sum != 0; ++i) {
            uint256 part = amount * weights[i] / sum;
            totals[i] += part;
            given += part;
        }
        totals[0] += amount - given;
    }

    /// @dev Leaves only for accounts with something; one zero leaf if nobody has anything.
    function _withoutZeros(address[] memory accounts, uint256[] memory totals)
        private
        pure
        returns (address[] memory, uint256[] memory)
    {
        uint256 size = 0;
        for (uint256 i = 0; i < totals.length; ++i) {
            if (totals[i] != 0) (accounts[size], totals[size++]) = (accounts[i], totals[i]);
        }
        if (size == 0) size = 1;
        assembly ("memory-safe") {
            mstore(accounts, size)
            mstore(totals, size)
        }
        return (accounts, totals);
    }
}

/// @dev Invariants of the distributor over random sequences of fund, post, veto, accept, claim and sweep.
contract RewardDistributorInvariantTest is InvariantBase {
    DistributorHandler private _handler;
    RewardDistributor private _distributor;
    GovToken private _token;

    function setUp() public {
        vm.warp(START);
        _handler = new DistributorHandler();
        _distributor = _handler.distributor();
        _token = _handler.token();
        bytes4[] memory selectors = new bytes4[](12);
        selectors[0] = DistributorHandler.fundEpoch.selector;
        selectors[1] = DistributorHandler.postRoot.selector;
        selectors[2] = DistributorHandler.vetoRoot.selector;
        selectors[3] = DistributorHandler.repostVetoedRoot.selector;
        selectors[4] = DistributorHandler.acceptRoot.selector;
        selectors[5] = DistributorHandler.claim.selector;
        selectors[6] = DistributorHandler.claimMany.selector;
        selectors[7] = DistributorHandler.sweep.selector;
        selectors[8] = DistributorHandler.sweepTooMuch.selector;
        selectors[9] = DistributorHandler.setDisputeWindow.selector;
        selectors[10] = DistributorHandler.warp.selector;
        selectors[11] = DistributorHandler.postRootOverBudget.selector;
        _target(address(_handler), selectors);
    }

    function invariant_balance_covers_what_the_accepted_and_pending_roots_may_still_owe() public view {
        uint256 balance = _token.balanceOf(address(_distributor));
        uint256 claimedTotal = _distributor.claimedTotal();
        (,, uint256 acceptedTotal) = _distributor.acceptedRoot();
        (,, uint256 pendingTotal,) = _distributor.pendingRoot();
        uint256 owed = Math.max(acceptedTotal, pendingTotal) - claimedTotal;
        vm.assertGe(balance, owed, "balance below what the roots may still owe");
        vm.assertEq(balance, _distributor.totalFunded() - claimedTotal, "balance != totalFunded - claimedTotal");
        uint256 expected = _handler.funded() - _handler.swept() - _handler.paid();
        vm.assertEq(balance, expected, "balance != funded - swept - paid");
        vm.assertEq(_distributor.unallocated() + owed, balance, "unallocated + owed != balance");
    }

    function invariant_no_account_is_paid_more_than_its_leaf_in_an_accepted_root() public view {
        uint256 received = 0;
        for (uint256 i = 0; i < _handler.ACTORS(); ++i) {
            address account = _handler.actor(i);
            uint256 claimed = _distributor.claimed(account);
            vm.assertLe(claimed, _handler.highestAcceptedLeaf(account), "claimed more than any accepted leaf");
            vm.assertEq(_token.balanceOf(account), claimed, "received != claimed");
            received += claimed;
        }
        vm.assertEq(received, _distributor.claimedTotal(), "claimedTotal != sum of claims");
    }

    /// @dev Whatever was swept meanwhile, every leaf of the accepted root, and then of the pending root once it
    /// matures, can still be claimed in full; a dishonest root's claims stop only at its declared total.
    function invariant_sweeping_never_takes_what_a_root_still_owes() public {
        _claimEveryLeaf(_handler.acceptedLeaves());
        (,,, uint64 acceptAt) = _distributor.pendingRoot();
        if (acceptAt == 0) return;
        DistributorHandler.PostedRoot memory pending = _handler.pendingLeaves();
        vm.warp(acceptAt);
        _claimEveryLeaf(pending);
    }

    function invariant_claims_and_root_totals_stay_within_the_budgets_of_their_epochs() public view {
        (uint64 acceptedEpoch,, uint256 acceptedTotal) = _distributor.acceptedRoot();
        (uint64 pendingEpoch,, uint256 pendingTotal,) = _distributor.pendingRoot();
        vm.assertLe(_distributor.claimedTotal(), acceptedTotal, "claimed beyond the accepted root's total");
        vm.assertLe(acceptedTotal, _distributor.epochOf(acceptedEpoch).fundedThrough, "accepted total > budgets");
        vm.assertLe(pendingTotal, _distributor.epochOf(pendingEpoch).fundedThrough, "pending total > budgets");
        vm.assertLe(Math.max(acceptedTotal, pendingTotal), _distributor.totalFunded(), "roots owe more than is held");
    }

    function _claimEveryLeaf(DistributorHandler.PostedRoot memory record) private {
        (, bytes32 root, uint256 rootTotal) = _distributor.acceptedRoot();
        if (record.accounts.length == 0) return;
        vm.assertEq(root, record.tree[0], "reported accepted root is not the one recorded");
        for (uint256 k = 0; k < record.accounts.length; ++k) {
            (address account, uint256 total) = (record.accounts[k], record.totals[k]);
            if (total <= _distributor.claimed(account)) continue;
            try _distributor.claim(account, total, MerkleTrees.proof(record.tree, k)) {}
            catch (bytes memory reason) {
                require(!record.honest, "a leaf of an honest root could not be claimed");
                _expectError(reason, IRewardDistributor.DistributorClaimsExceedRootTotal.selector);
            }
        }
        if (record.honest) vm.assertEq(_distributor.claimedTotal(), rootTotal, "honest root not paid in full");
    }
}

/// @dev Rules of the distributor, one fuzzed scenario each.
contract RewardDistributorRulesTest is FuzzBase {
    GovToken private _token;
    RewardDistributor private _distributor;

    function setUp() public {
        vm.warp(START);
        _token = new GovToken("Reward", "RWD", address(this), 1e30, address(this), 0);
        _distributor = new RewardDistributor(
            IERC20(address(_token)), address(this), SETTLER, GUARDIAN, DISPUTE_WINDOW, MIN_DISPUTE_WINDOW
        );
        _token.approve(address(_distributor), type(uint256).max);
    }

    function testFuzz_root_posted_before_its_window_ends_reverts(uint256 length, uint256 early) public {
        length = _bound(length, 1, 365 days);
        early = _bound(early, 1, length + 1 days);
        uint64 end = uint64(START + length);
        _distributor.fundEpoch(1, 1e18, uint64(START), end, bytes32(0));
        vm.warp(end - early);
        vm.prank(SETTLER);
        vm.expectRevert(abi.encodeWithSelector(IRewardDistributor.DistributorWindowNotEnded.selector, 1, end));
        _distributor.postRoot(1, keccak256("root"), 1e18, "");

        vm.warp(end);
        vm.prank(SETTLER);
        _distributor.postRoot(1, keccak256("root"), 1e18, "");
    }

    function testFuzz_epochs_are_funded_only_in_order(uint8 fundedBefore, uint64 epoch) public {
        uint64 expected = uint64(_bound(fundedBefore, 0, 5)) + 1;
        for (uint64 e = 1; e < expected; ++e) {
            _distributor.fundEpoch(e, 1e18, uint64(START + e * 10), uint64(START + e * 10 + 5), bytes32(0));
        }
        vm.assume(epoch != expected);
        vm.expectRevert(
            abi.encodeWithSelector(IRewardDistributor.DistributorEpochOutOfOrder.selector, epoch, expected)
        );
        _distributor.fundEpoch(epoch, 1e18, uint64(START + 1000), uint64(START + 2000), bytes32(0));
    }

    function testFuzz_inverted_or_overlapping_windows_revert(uint64 previousEnd, uint64 start, uint64 end) public {
        uint256 latest = block.timestamp + _distributor.MAX_WINDOW_AHEAD();
        previousEnd = uint64(_bound(previousEnd, 1, latest));
        _distributor.fundEpoch(1, 1e18, previousEnd - 1, previousEnd, bytes32(0));
        vm.assume(start >= end || start < previousEnd);
        vm.assume(end <= latest);
        vm.expectRevert(
            abi.encodeWithSelector(IRewardDistributor.DistributorInvalidWindow.selector, start, end, previousEnd)
        );
        _distributor.fundEpoch(2, 1e18, start, end, bytes32(0));
    }

    function testFuzz_window_ending_more_than_MAX_WINDOW_AHEAD_from_now_reverts(uint256 end) public {
        uint256 latest = block.timestamp + _distributor.MAX_WINDOW_AHEAD();
        end = _bound(end, latest + 1, type(uint64).max);
        vm.expectRevert(abi.encodeWithSelector(IRewardDistributor.DistributorWindowTooFar.selector, end, latest));
        _distributor.fundEpoch(1, 1e18, uint64(START), uint64(end), bytes32(0));
        _distributor.fundEpoch(1, 1e18, uint64(START), uint64(latest), bytes32(0));
    }

    function testFuzz_vetoed_root_cannot_be_posted_again_for_its_epoch(bytes32 root, uint256 later) public {
        vm.assume(root != bytes32(0) && root != keccak256("other"));
        _distributor.fundEpoch(1, 1e18, uint64(START - 10), uint64(START), bytes32(0));
        _distributor.fundEpoch(2, 1e18, uint64(START), uint64(START + 1), bytes32(0));
        vm.prank(SETTLER);
        _distributor.postRoot(1, root, 1e18, "");
        vm.prank(GUARDIAN);
        _distributor.vetoRoot(1, "wrong");

        vm.warp(START + _bound(later, 0, 3650 days));
        vm.prank(SETTLER);
        vm.expectRevert(abi.encodeWithSelector(IRewardDistributor.DistributorRootWasVetoed.selector, 1, root));
        _distributor.postRoot(1, root, 1e18, "");
        vm.prank(SETTLER);
        _distributor.postRoot(1, keccak256("other"), 1e18, "");
        vm.warp(START + 1 + _bound(later, 0, 3650 days));
        vm.prank(SETTLER);
        _distributor.postRoot(2, root, 2e18, ""); // the veto binds the root to its epoch only
    }

    function testFuzz_dispute_window_outside_its_bounds_reverts(uint64 window) public {
        uint64 maximum = _distributor.MAX_DISPUTE_WINDOW();
        if (window > maximum) {
            vm.expectRevert(
                abi.encodeWithSelector(IRewardDistributor.DistributorDisputeWindowTooLong.selector, window, maximum)
            );
        }
        if (window < MIN_DISPUTE_WINDOW) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IRewardDistributor.DistributorDisputeWindowTooShort.selector, window, MIN_DISPUTE_WINDOW
                )
            );
        }
        _distributor.setDisputeWindow(window);
        if (window >= MIN_DISPUTE_WINDOW && window <= maximum) {
            vm.assertEq(_distributor.disputeWindow(), window, "window not set");
        }
    }

    /// @dev Root 1 pays (alice, a1) and (bob, b); root 2 raises alice to a2. Claims follow whichever root
    /// {acceptedRoot} reports: root 2's proof fails while it is pending, root 1's fails once root 2 matured, and
    /// the first claim after maturity accepts root 2 by itself.
    function testFuzz_claims_verify_only_against_the_root_acceptedRoot_reports(uint256 a1, uint256 a2, uint256 b)
        public
    {
        a1 = _bound(a1, 1, 1e24);
        a2 = _bound(a2, a1 + 1, 2e24);
        b = _bound(b, 1, 1e24);
        address[] memory accounts = new address[](2);
        (accounts[0], accounts[1]) = (address(0xA11CE), address(0xB0B));
        uint256[] memory first = new uint256[](2);
        (first[0], first[1]) = (a1, b);
        uint256[] memory second = new uint256[](2);
        (second[0], second[1]) = (a2, b);
        bytes32[] memory tree1 = MerkleTrees.build(accounts, first);
        bytes32[] memory tree2 = MerkleTrees.build(accounts, second);
        _distributor.fundEpoch(1, a1 + b, uint64(START - 10), uint64(START), bytes32(0));
        _distributor.fundEpoch(2, a2 - a1, uint64(START), uint64(START + 1), bytes32(0));

        vm.expectRevert(IRewardDistributor.DistributorNoAcceptedRoot.selector);
        _distributor.claim(accounts[0], a1, MerkleTrees.proof(tree1, 0));
        vm.prank(SETTLER);
        _distributor.postRoot(1, tree1[0], a1 + b, "");
        vm.warp(START + DISPUTE_WINDOW);
        _distributor.claim(accounts[0], a1, MerkleTrees.proof(tree1, 0));

        vm.prank(SETTLER);
        _distributor.postRoot(2, tree2[0], a2 + b, "");
        vm.expectRevert(abi.encodeWithSelector(IRewardDistributor.DistributorInvalidProof.selector, accounts[0], a2));
        _distributor.claim(accounts[0], a2, MerkleTrees.proof(tree2, 0));

        vm.warp(START + 2 * DISPUTE_WINDOW);
        (uint64 epoch, bytes32 root,) = _distributor.acceptedRoot();
        vm.assertEq(root, tree2[0], "acceptedRoot does not report the matured root");
        vm.assertEq(epoch, 2, "acceptedRoot does not report the matured root's epoch");
        vm.expectRevert(
            abi.encodeWithSelector(IRewardDistributor.DistributorInvalidProof.selector, accounts[1], b + 1)
        );
        _distributor.claim(accounts[1], b + 1, MerkleTrees.proof(tree2, 1));
        vm.expectRevert(abi.encodeWithSelector(IRewardDistributor.DistributorInvalidProof.selector, accounts[0], a1));
        _distributor.claim(accounts[0], a1, MerkleTrees.proof(tree1, 0));
        vm.expectEmit(address(_distributor));
        emit IRewardDistributor.RootAccepted(2, tree2[0], a2 + b);
        _distributor.claim(accounts[0], a2, MerkleTrees.proof(tree2, 0));
        vm.assertEq(_token.balanceOf(accounts[0]), a2, "alice is paid her new total");
        _distributor.claim(accounts[1], b, MerkleTrees.proof(tree2, 1));
        vm.assertEq(_token.balanceOf(address(_distributor)), 0, "both roots paid in full");
    }
}
