// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @dev The few forge cheatcodes these tests use (npm `forge-std` is an unofficial, outdated copy).
interface Vm {
    function warp(uint256 timestamp) external;
    function roll(uint256 blockNumber) external;
    function prank(address sender) external;
    function startPrank(address sender) external;
    function stopPrank() external;
    function expectRevert(bytes4 selector) external;
    function expectRevert(bytes calldata revertData) external;
    function expectEmit(address emitter) external;
    function assume(bool condition) external pure;
    function label(address account, string calldata name) external;
    function store(address target, bytes32 slot, bytes32 value) external;
    function assertTrue(bool condition, string calldata error) external pure;
    function assertEq(uint256 left, uint256 right, string calldata error) external pure;
    function assertEq(bytes32 left, bytes32 right, string calldata error) external pure;
    function assertLe(uint256 left, uint256 right, string calldata error) external pure;
    function assertGe(uint256 left, uint256 right, string calldata error) external pure;
}

/// @dev What forge reads from `targetSelectors()`: the handler functions an invariant campaign may call.
struct FuzzSelector {
    address addr;
    bytes4[] selectors;
}

abstract contract FuzzBase {
    Vm internal constant vm = Vm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

    /// @dev `x` moved into [min, max], keeping values already inside and mapping the ends of uint256 onto the ends
    /// of the range (forge's fuzzer favours 0, 1, 2 and max), like forge-std's `bound`.
    function _bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {
        require(min <= max, "bound: min > max");
        if (x >= min && x <= max) return x;
        uint256 size = max - min + 1;
        if (x <= 3 && size > x) return min + x;
        if (x >= type(uint256).max - 3 && size > type(uint256).max - x) return max - (type(uint256).max - x);
        return min + (x % size);
    }

    /// @dev Passes if `reason` is the custom error `expected`; otherwise reverts with `reason` itself, so forge
    /// reports the error that came instead.
    function _expectError(bytes memory reason, bytes4 expected) internal pure {
        if (bytes4(reason) == expected) return;
        assembly ("memory-safe") {
            revert(add(reason, 0x20), mload(reason))
        }
    }
}

/// @dev Lists the handlers (and their functions) an invariant campaign calls; forge asks through
/// `targetContracts()` and `targetSelectors()`.
abstract contract InvariantBase is FuzzBase {
    address[] private _handlers;
    mapping(address handler => bytes4[]) private _handlerSelectors;

    function _target(address handler, bytes4[] memory selectors) internal {
        _handlers.push(handler);
        _handlerSelectors[handler] = selectors;
    }

    function targetContracts() public view returns (address[] memory) {
        return _handlers;
    }

    function targetSelectors() public view returns (FuzzSelector[] memory targets) {
        targets = new FuzzSelector[](_handlers.length);
        for (uint256 i = 0; i < _handlers.length; ++i) {
            targets[i] = FuzzSelector(_handlers[i], _handlerSelectors[_handlers[i]]);
        }
    }
}
