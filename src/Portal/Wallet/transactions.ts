import type { Abi, Address, Chain, Client, CustomTransport, Hash, TransactionReceipt } from "viem";
import { estimateContractGas, simulateContract, waitForTransactionReceipt, writeContract } from "viem/actions";
import type { ActivityLine } from "./activity";
import { describe } from "./errors";

export interface Call {
  address: Address;
  abi: Abi;
  functionName: string;
  args: readonly unknown[];
}

/** The connected account and a client that reaches the chain through its wallet (reads included: no RPC of our own). */
export interface Session {
  account: Address;
  client: Client<CustomTransport, Chain>;
}

/**
 * Sends one contract call from the connected account and follows it to the end: its gas estimated first (a call that would
 * revert is refused with its decoded reason and costs nothing), signed in the wallet, shown pending with its hash,
 * followed to its replacement if the user speeds it up or cancels it, then mined or failed. Returns the receipt of a
 * successful transaction, null otherwise (the line says why).
 */
export async function send(session: Session, call: Call, line: ActivityLine): Promise<TransactionReceipt | null> {
  let gas: bigint;
  try {
    // The estimate runs the call: one that would revert throws here, its custom error decoded against the ABI.
    gas = await estimateContractGas(session.client, { ...call, account: session.account });
  } catch (error) {
    line.set("refused", describe(error));
    return null;
  }
  let hash: Hash;
  try {
    // A fifth above the estimate, as wallets do: what a call costs moves with the block it lands in (the staking
    // stream accrues by time, so a withdrawal estimated in one block can run out of gas in the next).
    hash = await writeContract(session.client, { ...call, account: session.account, chain: session.client.chain, gas: gas + gas / 5n });
  } catch (error) {
    line.fail(error);
    return null;
  }
  return follow(session, hash, line, call);
}

/** Follows a sent transaction (ours or a relay's) to its receipt, through replacements. */
export async function follow(session: Session, hash: Hash, line: ActivityLine, call?: Call): Promise<TransactionReceipt | null> {
  line.set("pending", "pending", hash);
  let receipt: TransactionReceipt;
  try {
    receipt = await waitForTransactionReceipt(session.client, {
      hash,
      pollingInterval: 1_000,
      timeout: 600_000,
      onReplaced: (replacement) => {
        const how = replacement.reason === "cancelled" ? "cancelled in the wallet" : "replaced (sped up) in the wallet";
        line.set("replaced", `${how}; following the new transaction`, replacement.transaction.hash);
      },
    });
  } catch (error) {
    // Not mined within the wait is not failed: it may still be. Trying again could do the same thing twice.
    const stillPending = error instanceof Error && error.name === "WaitForTransactionReceiptTimeoutError";
    line.set(stillPending ? "pending" : "failed",
      stillPending ? "not mined after 10 minutes, and may still be: look in your wallet before trying again" : describe(error), hash);
    return null;
  }
  if (receipt.status === "reverted") {
    line.set("failed", `failed on chain: ${await revertReason(session, call, receipt)}`, receipt.transactionHash);
    return null;
  }
  if (call && receipt.transactionHash !== hash && receipt.to?.toLowerCase() !== call.address.toLowerCase()) {
    line.set("failed", "the wallet replaced it with a transaction that does something else (a cancellation)", receipt.transactionHash);
    return null;
  }
  line.set("mined", `mined in block ${receipt.blockNumber}`, receipt.transactionHash);
  return receipt;
}

/** Why a mined call reverted: the same call replayed on the state it met (the block before its own). */
async function revertReason(session: Session, call: Call | undefined, receipt: TransactionReceipt): Promise<string> {
  if (!call) return "the contract refused it";
  try {
    await simulateContract(session.client, { ...call, account: session.account, blockNumber: receipt.blockNumber - 1n });
    return "the contract refused it once other transactions of that block had run";
  } catch (error) {
    return describe(error);
  }
}
