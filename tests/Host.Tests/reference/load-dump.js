// Loads a tree dump served by the API with OpenZeppelin's own StandardMerkleTree.load (which checks the dump's
// integrity) and prints its root and, for each value, its leaf and proof as the library computes them.
"use strict";
const { StandardMerkleTree } = require("@openzeppelin/merkle-tree");

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const tree = StandardMerkleTree.load(JSON.parse(input));
  tree.validate();
  const values = [];
  for (const [i, value] of tree.entries()) values.push({ account: value[0], total: value[1], proof: tree.getProof(i) });
  process.stdout.write(JSON.stringify({ root: tree.root, values }));
});
