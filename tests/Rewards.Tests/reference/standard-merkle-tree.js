// Reference for the C# tree: reads {"leaves": [[address, total], ...], "proofs": [i, ...], "multi": [i, ...]} on
// stdin and prints the root, those proofs and that multiproof as OpenZeppelin's StandardMerkleTree computes them.
"use strict";
const { StandardMerkleTree } = require("@openzeppelin/merkle-tree");

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const request = JSON.parse(input);
  const tree = StandardMerkleTree.of(request.leaves, ["address", "uint256"]);
  const multi = tree.getMultiProof(request.multi);
  process.stdout.write(
    JSON.stringify({
      root: tree.root,
      proofs: request.proofs.map((i) => tree.getProof(i)),
      multi: { leaves: multi.leaves, proof: multi.proof, proofFlags: multi.proofFlags },
    })
  );
});
