// Verifies deployed contracts with Sourcify's own library, offline: the compiler is the pinned npm solc and every
// source comes in the standard-JSON input, so nothing is downloaded.
// stdin:  {"rpc": url, "chainId": n, "contracts": [{"name", "address", "creationTransactionHash", "stdJsonInput"}]}
// stdout: [{"name", "runtimeMatch", "creationMatch", "error"}], one entry per contract, in order.
import { createRequire } from "node:module";
import {
  SolidityCompilation,
  SourcifyChain,
  Verification,
  setLibSourcifyLogger,
} from "@ethereum-sourcify/lib-sourcify";

import { getAddress } from "viem";

const solc = createRequire(import.meta.url)("solc");

// The library logs through console; stdout carries only the answer.
setLibSourcifyLogger({
  logLevel: 1,
  setLevel(level) { this.logLevel = level; },
  log(level, message, metadata) {
    if (level <= this.logLevel) process.stderr.write(`${message} ${JSON.stringify(metadata ?? {})}\n`);
  },
});

const pinned = {
  async compile(version, input) {
    if (!solc.version().startsWith(version)) throw new Error(`asked for solc ${version}, have ${solc.version()}`);
    // No import callback: a source missing from the input must fail the compilation, not be found on disk.
    return JSON.parse(solc.compile(JSON.stringify(input)));
  },
};

const request = JSON.parse(await new Response(process.stdin).text());
const chain = new SourcifyChain({
  name: "anvil", chainId: request.chainId, rpcs: [{ rpc: request.rpc }], supported: true,
});

const results = [];
for (const contract of request.contracts) {
  const target = { path: `contracts/${contract.name}.sol`, name: contract.name };
  const compilation = new SolidityCompilation(pinned, "0.8.28+commit.7893614a", contract.stdJsonInput, target);
  const verification = new Verification(
    compilation, chain, getAddress(contract.address), contract.creationTransactionHash);
  try {
    await verification.verify();
    results.push({ name: contract.name, ...verification.status, error: null });
  } catch (e) {
    results.push({ name: contract.name, runtimeMatch: null, creationMatch: null, error: `${e.code ?? ""} ${e.message}` });
  }
}
// The chain's JSON-RPC provider keeps timers alive after the last request.
process.stdout.write(JSON.stringify(results), () => process.exit(0));
