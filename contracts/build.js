#!/usr/bin/env node
// Compiles contracts/*.sol with solc's standard-JSON interface (one call, optimizer on) and regenerates the C#
// bindings. Writes, per deployable contract, contracts/out/<Name>.json (ABI, bytecode, storage layout),
// <Name>.metadata.json (solc's metadata, byte for byte: its hash is the one at the end of the bytecode) and
// <Name>.input.json (the standard-JSON input an explorer or Sourcify verifies it from), and src/Chain/Bindings/.
// `--into DIR` writes those two folders under DIR instead (the drift test compares them with the committed ones).
"use strict";
const fs = require("fs");
const path = require("path");
const solc = require("solc");

const root = path.resolve(__dirname, "..");
const contractsDir = __dirname;
const intoFlag = process.argv.indexOf("--into");
const target = intoFlag >= 0 ? path.resolve(process.argv[intoFlag + 1]) : root;
const outDir = path.join(target, "contracts", "out");
const generatedDir = path.join(target, "src", "Chain", "Bindings");
const deployable = ["GovToken", "Treasury", "DaoGovernor", "StakingPool", "ContributionRegistry", "RewardDistributor"];
const codeSizeLimit = 24576;

function sources(dir) {
  const result = {};
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "out") walk(full);
      else if (entry.name.endsWith(".sol")) {
        result[path.relative(root, full).split(path.sep).join("/")] = { content: fs.readFileSync(full, "utf8") };
      }
    }
  };
  walk(dir);
  return result;
}

function findImport(importPath) {
  for (const base of [root, path.join(root, "node_modules")]) {
    const candidate = path.join(base, importPath);
    if (fs.existsSync(candidate)) return { contents: fs.readFileSync(candidate, "utf8") };
  }
  return { error: `not found: ${importPath}` };
}

/** Compiles every .sol file under `dir` with the project's settings; returns the standard-JSON input and output. */
function compile(dir) {
  const input = {
    language: "Solidity",
    sources: sources(dir),
    settings: {
      optimizer: { enabled: true, runs: 10000 },
      evmVersion: "cancun",
      outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object", "storageLayout", "metadata"] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));
  for (const e of output.errors || []) console.error(e.formattedMessage);
  if ((output.errors || []).some((e) => e.severity === "error")) process.exit(1);
  return { input, output };
}

module.exports = { compile };
if (require.main !== module) return;

const { input, output } = compile(contractsDir);

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });

/**
 * The standard-JSON input that rebuilds one contract: only the sources its metadata names (the metadata hash in the
 * bytecode covers exactly those), imports from node_modules included, with the build's settings.
 */
function inputFor(metadata) {
  const sources = {};
  for (const name of Object.keys(JSON.parse(metadata).sources)) {
    sources[name] = input.sources[name] ?? { content: findImport(name).contents };
  }
  return { language: input.language, sources, settings: input.settings };
}

const artifacts = {};
for (const [file, contracts] of Object.entries(output.contracts)) {
  for (const [name, c] of Object.entries(contracts)) {
    if (!deployable.includes(name) || !file.startsWith("contracts/")) continue;
    artifacts[name] = {
      abi: c.abi,
      bytecode: "0x" + c.evm.bytecode.object,
      deployedBytecode: "0x" + c.evm.deployedBytecode.object,
      storageLayout: c.storageLayout,
      metadata: c.metadata,
    };
  }
}
let tooLarge = false;
for (const name of deployable) {
  const a = artifacts[name];
  if (!a) throw new Error(`missing artifact ${name}`);
  const size = (a.deployedBytecode.length - 2) / 2;
  console.log(`${name.padEnd(22)} ${String(size).padStart(6)} bytes of runtime code (limit ${codeSizeLimit})`);
  if (size > codeSizeLimit) tooLarge = true;
  const { metadata, ...artifact } = a;
  fs.writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(artifact, null, 2) + "\n");
  fs.writeFileSync(path.join(outDir, `${name}.metadata.json`), metadata);
  fs.writeFileSync(path.join(outDir, `${name}.input.json`), JSON.stringify(inputFor(metadata), null, 2) + "\n");
}
if (tooLarge) {
  console.error("a contract exceeds the EIP-170 code size limit");
  process.exit(1);
}

const codegen = require("nethereum-codegen");
fs.rmSync(generatedDir, { recursive: true, force: true });
fs.mkdirSync(generatedDir, { recursive: true });
for (const name of deployable) {
  const a = artifacts[name];
  codegen.generateAllClasses(JSON.stringify(a.abi), a.bytecode.slice(2), name, "GovernanceRewards.Chain.Bindings", generatedDir, 0);
}
console.log(`bindings written to ${generatedDir}`);
