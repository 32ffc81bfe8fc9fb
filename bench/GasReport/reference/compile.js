// Compiles the gas reference contracts with the project's own solc settings and prints their ABI and bytecode.
"use strict";
const { compile } = require("../../../contracts/build.js");
const { output } = compile(__dirname);
const result = {};
for (const contracts of Object.values(output.contracts)) {
  for (const [name, c] of Object.entries(contracts)) {
    if (name.startsWith("Plain")) result[name] = { abi: c.abi, bytecode: "0x" + c.evm.bytecode.object };
  }
}
process.stdout.write(JSON.stringify(result));
