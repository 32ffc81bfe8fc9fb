import { BaseError, ContractFunctionRevertedError, UserRejectedRequestError, formatUnits } from "viem";

const proposalStates = ["Pending", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Expired", "Executed"];

const tokens = (value: unknown) => `${formatUnits(BigInt(value as bigint), 18)} tokens`;
const date = (seconds: unknown) => new Date(Number(seconds) * 1000).toLocaleString();

/** The contracts' custom errors a user can cause, in words; any other is named with its arguments. */
const explanations: Record<string, (args: readonly unknown[]) => string> = {
  GovernorAlreadyCastVote: () => "This account has already voted on this proposal.",
  GovernorUnexpectedProposalState: ([, state]) =>
    `The proposal is not open for votes: it is ${proposalStates[Number(state)] ?? `in state ${state}`}.`,
  DaoGovernorZeroWeightVote: () =>
    "This account had no voting power at the proposal's snapshot, so its vote would count for nothing.",
  GovernorInvalidSignature: () => "The ballot's signature is not the voter's.",
  DistributorInvalidProof: () => "The proof does not match the distributor's current root; reload the page for a fresh proof.",
  DistributorNothingToClaim: ([, total, claimed]) =>
    `Nothing left to claim: ${tokens(claimed)} of ${tokens(total)} were claimed already.`,
  DistributorNoAcceptedRoot: () => "No reward root is claimable yet; wait until the pending root's challenge window ends.",
  StakingPoolZeroAmount: () => "Enter an amount above zero.",
  StakingPoolInsufficientStake: ([, staked, requested]) =>
    `This account has ${tokens(staked)} staked and asked for ${tokens(requested)}.`,
  StakingPoolNothingToClaim: () => "The stream owes this account nothing yet.",
  StakingPoolNothingToWithdraw: () => "Nothing is waiting to be withdrawn: request a withdrawal first.",
  StakingPoolCooldownNotOver: ([, readyAt]) => `The cooldown is not over: withdraw after ${date(readyAt)}.`,
  ERC20InsufficientBalance: ([, balance, needed]) => `The account holds ${tokens(balance)}; this needs ${tokens(needed)}.`,
  ERC20InsufficientAllowance: ([, allowance, needed]) =>
    `The staking pool may take ${tokens(allowance)} of this account's tokens; this needs ${tokens(needed)}.`,
};

/** True when the user declined in the wallet (EIP-1193 error 4001). */
export function isRejection(error: unknown): boolean {
  if (error instanceof BaseError && error.walk((e) => e instanceof UserRejectedRequestError)) return true;
  return (error as { code?: unknown } | null)?.code === 4001;
}

/** A failure in words: the contract's custom error decoded and explained, else the library's short message. */
export function describe(error: unknown): string {
  if (isRejection(error)) return "You rejected the request in your wallet; nothing was sent.";
  if (error instanceof BaseError) {
    const revert = error.walk((e) => e instanceof ContractFunctionRevertedError) as ContractFunctionRevertedError | null;
    if (revert?.data?.errorName) return explain(revert.data.errorName, revert.data.args ?? []);
    if (revert?.reason) return `The contract refused: ${revert.reason}.`;
    return error.shortMessage;
  }
  return error instanceof Error ? error.message : String(error);
}

export function explain(errorName: string, args: readonly unknown[]): string {
  const explanation = explanations[errorName];
  if (explanation) return explanation(args);
  const words = errorName.replace(/([a-z0-9])([A-Z])/g, "$1 $2");
  return `The contract refused: ${words}${args.length ? ` (${args.map(String).join(", ")})` : ""}.`;
}
