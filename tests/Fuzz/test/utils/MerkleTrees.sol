// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @dev Merkle trees of `(address, uint256)` leaves as OpenZeppelin's StandardMerkleTree lays them out: a complete
/// binary tree in one array (node i has children 2i+1 and 2i+2, the root at 0), leaf k at index 2n-2-k, leaves
/// hashed twice and pairs hashed sorted. Proofs and multiproofs follow the JavaScript library's algorithms.
library MerkleTrees {
    function leaf(address account, uint256 total) internal pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(account, total))));
    }

    function hashPair(bytes32 a, bytes32 b) internal pure returns (bytes32) {
        return a < b ? keccak256(abi.encode(a, b)) : keccak256(abi.encode(b, a));
    }

    function build(address[] memory accounts, uint256[] memory totals) internal pure returns (bytes32[] memory tree) {
        uint256 n = accounts.length;
        tree = new bytes32[](2 * n - 1);
        for (uint256 k = 0; k < n; ++k) {
            tree[2 * n - 2 - k] = leaf(accounts[k], totals[k]);
        }
        for (uint256 i = n - 1; i > 0; --i) {
            tree[i - 1] = hashPair(tree[2 * i - 1], tree[2 * i]);
        }
    }

    function proof(bytes32[] memory tree, uint256 k) internal pure returns (bytes32[] memory path) {
        uint256 index = tree.length - 1 - k;
        uint256 depth = 0;
        for (uint256 i = index; i > 0; i = (i - 1) / 2) ++depth;
        path = new bytes32[](depth);
        for (uint256 d = 0; d < depth; ++d) {
            path[d] = tree[_sibling(index)];
            index = (index - 1) / 2;
        }
    }

    /// @dev Multiproof of the leaves numbered `ks` (ascending, so their tree indices descend as OpenZeppelin's
    /// verifier expects the leaves ordered).
    function multiProof(bytes32[] memory tree, uint256[] memory ks)
        internal
        pure
        returns (bytes32[] memory leaves, bytes32[] memory path, bool[] memory flags)
    {
        uint256[] memory queue = new uint256[](ks.length + tree.length);
        uint256 head = 0;
        uint256 tail = 0;
        leaves = new bytes32[](ks.length);
        for (uint256 i = 0; i < ks.length; ++i) {
            queue[tail++] = tree.length - 1 - ks[i];
            leaves[i] = tree[queue[i]];
        }
        path = new bytes32[](tree.length);
        flags = new bool[](tree.length);
        uint256 proofLength = 0;
        uint256 flagCount = 0;
        while (head < tail && queue[head] > 0) {
            uint256 j = queue[head++];
            uint256 s = _sibling(j);
            if (head < tail && queue[head] == s) {
                flags[flagCount++] = true;
                ++head;
            } else {
                flags[flagCount++] = false;
                path[proofLength++] = tree[s];
            }
            queue[tail++] = (j - 1) / 2;
        }
        assembly ("memory-safe") {
            mstore(path, proofLength)
            mstore(flags, flagCount)
        }
    }

    function _sibling(uint256 i) private pure returns (uint256) {
        return i % 2 == 1 ? i + 1 : i - 1;
    }
}
