// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title PlainToken
/// @notice Gas reference only: a plain OpenZeppelin ERC20 with no votes.
contract PlainToken is ERC20 {
    constructor(uint256 supply) ERC20("Plain", "PLN") {
        _mint(msg.sender, supply);
    }
}

/// @title PlainMerkleDistributor
/// @notice Gas reference only: what a first cumulative distributor looks like with OpenZeppelin's building blocks
/// (one root, a claimed amount per account, one proof per leaf). No roles, no dispute window.
contract PlainMerkleDistributor {
    using SafeERC20 for IERC20;

    error PlainInvalidProof();
    error PlainNothingToClaim();

    IERC20 public immutable token;
    bytes32 public root;
    mapping(address account => uint256) public claimed;

    constructor(IERC20 token_) {
        token = token_;
    }

    function setRoot(bytes32 root_) external {
        root = root_;
    }

    function claim(address account, uint256 total, bytes32[] calldata proof) public {
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(account, total))));
        if (!MerkleProof.verify(proof, root, leaf)) revert PlainInvalidProof();
        uint256 amount = total - claimed[account];
        if (amount == 0) revert PlainNothingToClaim();
        claimed[account] = total;
        token.safeTransfer(account, amount);
    }

    function claimMany(address[] calldata accounts, uint256[] calldata totals, bytes32[][] calldata proofs) external {
        for (uint256 i = 0; i < accounts.length; ++i) {
            claim(accounts[i], totals[i], proofs[i]);
        }
    }
}
