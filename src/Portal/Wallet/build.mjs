// Bundles the portal's wallet module (the only script the portal ships) for the host to embed: one minified ES module,
// no CDN, with the contracts' ABIs reduced to what the module calls plus every custom error (to decode reverts).
// Usage: node src/Portal/Wallet/build.mjs <outfile>
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const artifacts = join(here, "..", "..", "..", "contracts", "out");
const outfile = process.argv[2];
if (!outfile) {
  console.error("usage: node build.mjs <outfile>");
  process.exit(2);
}

// `import { abi } from "abi:GovToken"` yields that contract's ABI without its bytecode (which would triple the bundle).
const abis = {
  name: "abis",
  setup(b) {
    b.onResolve({ filter: /^abi:/ }, (args) => ({ path: args.path.slice(4), namespace: "abi" }));
    b.onLoad({ filter: /.*/, namespace: "abi" }, (args) => {
      const { abi } = JSON.parse(readFileSync(join(artifacts, `${args.path}.json`), "utf8"));
      const kept = abi.filter((item) => item.type === "function" || item.type === "error");
      return { contents: `export const abi = ${JSON.stringify(kept)};`, loader: "js", watchFiles: [join(artifacts, `${args.path}.json`)] };
    });
  },
};

await build({
  entryPoints: [join(here, "portal.ts")],
  bundle: true,
  minify: true,
  format: "esm",
  target: "es2022",
  platform: "browser",
  outfile,
  legalComments: "none",
  logLevel: "warning",
  plugins: [abis],
});
