// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @title GovToken
/// @notice The network's reward and voting token. The whole supply is minted once, at deployment, to the treasury
/// and the deployer; holders must delegate (to themselves or others) for their balance to count as votes.
contract GovToken is ERC20, ERC20Permit, ERC20Votes {
    /// @param name_ token name, also the EIP-712 domain name used by `permit`
    /// @param symbol_ token symbol
    /// @param treasury receives `treasuryAmount`
    /// @param deployer receives `deployerAmount` (seed holders, liquidity)
    constructor(
        string memory name_,
        string memory symbol_,
        address treasury,
        uint256 treasuryAmount,
        address deployer,
        uint256 deployerAmount
    ) ERC20(name_, symbol_) ERC20Permit(name_) {
        _mint(treasury, treasuryAmount);
        _mint(deployer, deployerAmount);
    }

    /// @inheritdoc Nonces
    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }
}
