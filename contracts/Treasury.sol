// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title Treasury
/// @notice Holds the network's funds behind a timelock. Only proposals that passed in {DaoGovernor} and waited out
/// the minimum delay can move them; the deployer wires the governor's roles and then renounces its admin role.
contract Treasury is TimelockController {
    /// @param minDelay seconds an executed proposal waits in the queue
    /// @param proposers accounts allowed to queue (the governor, once deployed)
    /// @param executors accounts allowed to execute (the governor, once deployed)
    /// @param admin temporary admin that wires the roles and renounces; `address(0)` for none
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}
