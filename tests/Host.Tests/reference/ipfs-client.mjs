// The outsider's check (scripts/check-root.mjs, Helia over HTTP only) of what a host publishes, plus what an honest
// outsider must also survive: fetches each extra CID given from the gateway, then tries the tree and every extra CID
// through a proxy that flips one bit of every block, each of which must be refused.
// Prints { root: <check-root's output>, extra: { cid: sha256 }, corrupted: { cid: "refused: ..." | "accepted" } }.
// usage: ipfs-client.mjs RPC_URL DISTRIBUTOR GATEWAY_URL [CID...]   (Node 22)
import { execFileSync } from "node:child_process";
import http from "node:http";
import { cat, heliaFor, sha256 } from "../../../scripts/check-root.mjs";

const [rpcUrl, distributor, gateway, ...extra] = process.argv.slice(2);
const checkRoot = new URL("../../../scripts/check-root.mjs", import.meta.url).pathname;
const root = JSON.parse(execFileSync(process.execPath, [checkRoot, rpcUrl, distributor, gateway], { encoding: "utf8" }));
const result = { root, extra: {}, corrupted: {} };

const helia = await heliaFor(gateway);
for (const cid of extra) result.extra[cid] = sha256(await cat(helia, cid));
await helia.stop();

const proxy = http.createServer(async (request, reply) => {
  const upstream = await fetch(new URL(request.url, gateway), { headers: { accept: request.headers.accept ?? "*/*" } });
  const body = Buffer.from(await upstream.arrayBuffer());
  if (upstream.ok && body.length > 0) body[body.length >> 1] ^= 1;
  reply.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/octet-stream" });
  reply.end(body);
});
await new Promise((resolve) => proxy.listen(0, "127.0.0.1", resolve));
for (const cid of [root.treeUri.slice("ipfs://".length), ...extra]) {
  const tampered = await heliaFor(`http://127.0.0.1:${proxy.address().port}`);
  try {
    await cat(tampered, cid);
    result.corrupted[cid] = "accepted";
  } catch (e) {
    result.corrupted[cid] = `refused: ${e.name}`;
  }
  await tampered.stop();
}
proxy.close();
console.log(JSON.stringify(result));
