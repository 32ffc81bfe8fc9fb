// Reads each CAR file named on the command line with @ipld/car (not our code) and checks every block against its CID.
// Prints [{ file, roots, blocks, bytes, allMatch }] as JSON.
import { readFile } from "node:fs/promises";
import { CarReader } from "@ipld/car";
import { sha256 } from "multiformats/hashes/sha2";
import { equals } from "multiformats/bytes";

const results = [];
for (const file of process.argv.slice(2)) {
  const reader = await CarReader.fromBytes(await readFile(file));
  let blocks = 0, bytes = 0, allMatch = true;
  for await (const { cid, bytes: data } of reader.blocks()) {
    blocks++;
    bytes += data.length;
    allMatch &&= cid.multihash.code === sha256.code && equals((await sha256.digest(data)).digest, cid.multihash.digest);
  }
  results.push({ file, roots: (await reader.getRoots()).map(String), blocks, bytes, allMatch });
}
console.log(JSON.stringify(results));
