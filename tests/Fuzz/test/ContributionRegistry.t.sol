// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ContributionRegistry} from "contracts/ContributionRegistry.sol";
import {IContributionRegistry} from "contracts/interfaces/IContributionRegistry.sol";
import {FuzzBase, InvariantBase} from "./utils/FuzzBase.sol";

uint256 constant KINDS = 5;
uint64 constant RAW = 0x55;
uint64 constant DAG_PB = 0x70;
/// @dev Records of MAX_UNITS per kind the registry is assumed to hold before a campaign: 2^128 minus room for
/// 65,536 more, so the counters run at the top of their range.
uint256 constant PRIOR_RECORDS = 2 ** 128 - 2 ** 16;

/// @dev The attester: records valid contributions (any units up to MAX_UNITS, batches up to 20) and keeps its own
/// count of records and units per kind.
contract RegistryHandler is FuzzBase {
    ContributionRegistry public immutable registry;
    uint256 public records;
    uint256[KINDS] public units;

    constructor() {
        address[] memory attesters = new address[](1);
        attesters[0] = address(this);
        registry = new ContributionRegistry(address(this), attesters);
    }

    function record(address contributor, uint8 kindSeed, uint256 unitsSeed) external {
        IContributionRegistry.Contribution memory c = _contribution(contributor, kindSeed, unitsSeed);
        uint256 id = registry.record(c.contributor, c.kind, c.units, c.evidenceDigest, c.evidenceCodec);
        vm.assertEq(id, registry.contributionCount() - 1, "id is not the previous count");
        ++records;
        units[uint8(c.kind)] += c.units;
    }

    function recordBatch(uint256 sizeSeed, uint256 seed) external {
        uint256 size = _bound(sizeSeed, 1, 20);
        IContributionRegistry.Contribution[] memory batch = new IContributionRegistry.Contribution[](size);
        for (uint256 i = 0; i < size; ++i) {
            uint256 draw = uint256(keccak256(abi.encode(seed, i)));
            // Half the records carry MAX_UNITS exactly.
            uint256 unitsSeed = draw % 2 == 0 ? type(uint256).max : draw >> 8;
            batch[i] = _contribution(address(uint160(draw)), uint8(draw >> 1), unitsSeed);
            units[uint8(batch[i].kind)] += batch[i].units;
        }
        uint256 firstId = registry.recordBatch(batch);
        vm.assertEq(firstId + size, registry.contributionCount(), "batch ids are not consecutive");
        records += size;
    }

    function _contribution(address contributor, uint8 kindSeed, uint256 unitsSeed)
        private
        view
        returns (IContributionRegistry.Contribution memory)
    {
        if (contributor == address(0)) contributor = address(1);
        uint256 max = registry.MAX_UNITS();
        return IContributionRegistry.Contribution(
            contributor,
            IContributionRegistry.ContributionKind(kindSeed % KINDS),
            unitsSeed == type(uint256).max ? max : _bound(unitsSeed, 1, max),
            sha256(abi.encode(contributor, unitsSeed)),
            kindSeed % 2 == 0 ? RAW : DAG_PB
        );
    }
}

/// @dev The registry's counters start as if 2^128 - 2^16 records of MAX_UNITS had been made of every kind.
contract ContributionRegistryInvariantTest is InvariantBase {
    RegistryHandler private _handler;
    ContributionRegistry private _registry;

    function setUp() public {
        _handler = new RegistryHandler();
        _registry = _handler.registry();
        // Storage layout (contracts/out/ContributionRegistry.json): _count at slot 1, _totalUnits at slot 2.
        vm.store(address(_registry), bytes32(uint256(1)), bytes32(KINDS * PRIOR_RECORDS));
        for (uint256 k = 0; k < KINDS; ++k) {
            bytes32 slot = keccak256(abi.encode(k, uint256(2)));
            vm.store(address(_registry), slot, bytes32(PRIOR_RECORDS * _registry.MAX_UNITS()));
        }
        require(_registry.contributionCount() == KINDS * PRIOR_RECORDS, "storage layout changed: _count");
        require(
            _registry.totalUnits(IContributionRegistry.ContributionKind.Code) == PRIOR_RECORDS * _registry.MAX_UNITS(),
            "storage layout changed: _totalUnits"
        );
        bytes4[] memory selectors = new bytes4[](2);
        selectors[0] = RegistryHandler.record.selector;
        selectors[1] = RegistryHandler.recordBatch.selector;
        _target(address(_handler), selectors);
    }

    /// @dev With 2^16 records of room left per kind and at most 1,000 records a campaign, no valid record may revert
    /// (forge fails the campaign on any revert) and every counter adds exactly what was recorded.
    function invariant_counters_never_overflow_and_count_every_valid_record() public view {
        vm.assertEq(_registry.contributionCount(), KINDS * PRIOR_RECORDS + _handler.records(), "count drifted");
        for (uint256 k = 0; k < KINDS; ++k) {
            vm.assertEq(
                _registry.totalUnits(IContributionRegistry.ContributionKind(k)),
                PRIOR_RECORDS * _registry.MAX_UNITS() + _handler.units(k),
                "units drifted"
            );
        }
    }
}

contract ContributionRegistryRulesTest is FuzzBase {
    ContributionRegistry private _registry;

    function setUp() public {
        address[] memory attesters = new address[](1);
        attesters[0] = address(this);
        _registry = new ContributionRegistry(address(this), attesters);
    }

    function testFuzz_units_above_MAX_UNITS_revert(uint256 units, uint256 index, uint256 size) public {
        uint256 max = _registry.MAX_UNITS();
        units = _bound(units, max + 1, type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(IContributionRegistry.RegistryUnitsTooLarge.selector, 0, units, max));
        _registry.record(address(1), IContributionRegistry.ContributionKind.Data, units, bytes32(0), RAW);

        size = _bound(size, 1, 50);
        index = _bound(index, 0, size - 1);
        IContributionRegistry.Contribution[] memory batch = new IContributionRegistry.Contribution[](size);
        for (uint256 i = 0; i < size; ++i) {
            batch[i] = IContributionRegistry.Contribution(
                address(1), IContributionRegistry.ContributionKind.Code, i == index ? units : max, bytes32(0), RAW
            );
        }
        vm.expectRevert(
            abi.encodeWithSelector(IContributionRegistry.RegistryUnitsTooLarge.selector, index, units, max)
        );
        _registry.recordBatch(batch);
        vm.assertEq(_registry.contributionCount(), 0, "a refused batch left records");
    }

    /// @dev The last 2^128 + 1 records of MAX_UNITS of one kind still fit its counter.
    function testFuzz_a_kind_counter_holds_2_to_the_128_plus_1_maximal_records(uint256 last, uint8 kindSeed) public {
        uint256 max = _registry.MAX_UNITS();
        last = _bound(last, 1, 200);
        IContributionRegistry.ContributionKind kind = IContributionRegistry.ContributionKind(kindSeed % KINDS);
        uint256 prior = 2 ** 128 + 1 - last;
        vm.store(address(_registry), keccak256(abi.encode(uint256(kind), uint256(2))), bytes32(prior * max));
        IContributionRegistry.Contribution[] memory batch = new IContributionRegistry.Contribution[](last);
        for (uint256 i = 0; i < last; ++i) {
            batch[i] = IContributionRegistry.Contribution(address(1), kind, max, bytes32(i), DAG_PB);
        }
        _registry.recordBatch(batch);
        vm.assertEq(_registry.totalUnits(kind), type(uint256).max, "(2^128 + 1) * (2^128 - 1) = 2^256 - 1");
    }

    /// @dev Any codec but raw and dag-pb is refused, naming the record's index and the codec, and records nothing.
    function testFuzz_evidence_codecs_other_than_raw_and_dag_pb_revert(uint64 codec, uint256 index, uint256 size) public {
        vm.assume(codec != RAW && codec != DAG_PB);
        vm.expectRevert(abi.encodeWithSelector(IContributionRegistry.RegistryUnsupportedEvidenceCodec.selector, 0, codec));
        _registry.record(address(1), IContributionRegistry.ContributionKind.Data, 1, bytes32(0), codec);

        size = _bound(size, 1, 50);
        index = _bound(index, 0, size - 1);
        IContributionRegistry.Contribution[] memory batch = new IContributionRegistry.Contribution[](size);
        for (uint256 i = 0; i < size; ++i) {
            batch[i] = IContributionRegistry.Contribution(
                address(1), IContributionRegistry.ContributionKind.Code, 1, bytes32(i), i == index ? codec : RAW
            );
        }
        vm.expectRevert(
            abi.encodeWithSelector(IContributionRegistry.RegistryUnsupportedEvidenceCodec.selector, index, codec)
        );
        _registry.recordBatch(batch);
        vm.assertEq(_registry.contributionCount(), 0, "a refused batch left records");
    }
}
