// Contract ABIs served by build.mjs's "abi:" namespace (functions and errors of contracts/out/<Name>.json).
declare module "abi:*" {
  export const abi: readonly unknown[];
}
