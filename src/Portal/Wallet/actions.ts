import { getAddress, isAddress, parseUnits, type Abi, type Address, type Hash, type Hex, type TransactionReceipt } from "viem";
import { abi as governorAbi } from "abi:DaoGovernor";
import { abi as tokenAbi } from "abi:GovToken";
import { abi as distributorAbi } from "abi:RewardDistributor";
import { abi as stakingAbi } from "abi:StakingPool";
import type { ActivityLine } from "./activity";
import type { PortalConfig } from "./config";
import { follow, send, type Session } from "./transactions";
import { readContract, signTypedData } from "viem/actions";

const governor = governorAbi as Abi;
const token = tokenAbi as Abi;
const distributor = distributorAbi as Abi;
const staking = stakingAbi as Abi;

type Start = (label: string) => ActivityLine;

/**
 * Carries out the action a form describes (`data-action`) from the connected account; returns the block its transaction
 * was mined in, null when nothing was.
 * The server renders each form with what it needs (the proposal, the proof) in `data-` attributes and fields.
 */
export async function perform(form: HTMLFormElement, fields: FormData, session: Session, config: PortalConfig, start: Start): Promise<bigint | null> {
  const label = form.dataset.label ?? "Action";
  switch (form.dataset.action) {
    case "delegate": {
      const line = start(label);
      const to = fields.get("delegatee") === "self" ? session.account : String(fields.get("address") ?? "").trim();
      if (!isAddress(to)) return refuse(line, `'${to}' is not an address (0x followed by 40 hexadecimal digits)`);
      return mined(await send(session, { address: config.token, abi: token, functionName: "delegate", args: [getAddress(to)] }, line));
    }
    case "vote": {
      const proposalId = BigInt(form.dataset.proposal!);
      const support = Number(fields.get("support"));
      const line = start(label);
      if (![0, 1, 2].includes(support) || fields.get("support") === null) return refuse(line, "choose For, Against or Abstain");
      if (fields.get("mode") === "signed") return voteSigned(session, config, proposalId, support, line);
      const reason = String(fields.get("reason") ?? "").trim();
      const call = reason
        ? { address: config.governor, abi: governor, functionName: "castVoteWithReason", args: [proposalId, support, reason] }
        : { address: config.governor, abi: governor, functionName: "castVote", args: [proposalId, support] };
      return mined(await send(session, call, line));
    }
    case "claim": {
      const line = start(label);
      const proof = JSON.parse(form.dataset.proof ?? "[]") as Hex[];
      const args = [session.account, BigInt(form.dataset.total!), proof];
      return mined(await send(session, { address: config.distributor, abi: distributor, functionName: "claim", args }, line));
    }
    case "stake": {
      const line = start(label);
      const amount = tokens(fields.get("amount"));
      if (amount === null) return refuse(line, "enter an amount of tokens above zero, like 12.5");
      const allowance = (await readContract(session.client, {
        address: config.token, abi: token, functionName: "allowance", args: [session.account, config.staking],
      })) as bigint;
      if (allowance < amount) {
        const approval = start(`${label}, step 1 of 2: allow the staking pool to take the tokens`);
        const approved = await send(session, { address: config.token, abi: token, functionName: "approve", args: [config.staking, amount] }, approval);
        if (!approved) return refuse(line, "not staked: the approval did not go through (see above)");
      }
      return mined(await send(session, { address: config.staking, abi: staking, functionName: "stake", args: [amount] }, line));
    }
    case "request-withdrawal": {
      const line = start(label);
      const amount = tokens(fields.get("amount"));
      if (amount === null) return refuse(line, "enter an amount of tokens above zero, like 12.5");
      return mined(await send(session, { address: config.staking, abi: staking, functionName: "requestWithdrawal", args: [amount] }, line));
    }
    case "withdraw":
      return mined(await send(session, { address: config.staking, abi: staking, functionName: "withdraw", args: [] }, start(label)));
    case "claim-stream":
      return mined(await send(session, { address: config.staking, abi: staking, functionName: "claim", args: [] }, start(label)));
    default:
      return refuse(start(label), `the portal does not know the action '${form.dataset.action}'`);
  }
}

/**
 * A gasless vote: the wallet signs the governor's EIP-712 Ballot with the voter's keyed nonce for this proposal and the
 * portal's server relays it. The relay may decline (too little voting power, the day's gas budget spent): the line
 * says so and the transaction button remains.
 */
async function voteSigned(session: Session, config: PortalConfig, proposalId: bigint, support: number, line: ActivityLine): Promise<bigint | null> {
  const nonce = (await readContract(session.client, {
    address: config.governor, abi: governor, functionName: "nonces", args: [session.account, proposalId],
  })) as bigint;
  const [, name, version, chainId, verifyingContract] = (await readContract(session.client, {
    address: config.governor, abi: governor, functionName: "eip712Domain", args: [],
  })) as [Hex, string, string, bigint, Address];
  let signature: Hex;
  try {
    signature = await signTypedData(session.client, {
      account: session.account,
      domain: { name, version, chainId, verifyingContract },
      types: {
        Ballot: [
          { name: "proposalId", type: "uint256" },
          { name: "support", type: "uint8" },
          { name: "voter", type: "address" },
          { name: "nonce", type: "uint256" },
        ],
      },
      primaryType: "Ballot",
      message: { proposalId, support, voter: session.account, nonce },
    });
  } catch (error) {
    line.fail(error, "you declined to sign; nothing was sent");
    return null;
  }
  line.set("working", "signed; the portal is relaying it");
  const response = await fetch(`/proposals/${proposalId}/ballot`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ voter: session.account, support, nonce: nonce.toString(), signature, chainId: Number(chainId) }),
  }).catch(() => null);
  if (!response) return refuse(line, "the portal could not be reached; nothing was sent (try again, or vote with a transaction)");
  const body = (await response.json().catch(() => ({}))) as { transactionHash?: Hash; detail?: string; title?: string };
  if (!response.ok || !body.transactionHash) {
    return refuse(line, `the portal did not relay it: ${body.detail ?? body.title ?? `HTTP ${response.status}`}`);
  }
  const receipt = await follow(session, body.transactionHash, line);
  if (!receipt) return null;
  // The relay's transaction is the operator's: whatever became of it (replaced by the operator, say), the vote is what counts.
  const voted = (await readContract(session.client, {
    address: config.governor, abi: governor, functionName: "hasVoted", args: [proposalId, session.account],
  })) as boolean;
  return voted ? receipt.blockNumber : refuse(line, "the relay's transaction was mined without your vote; sign again or vote with a transaction");
}

/** Whole tokens as people type them ("12.5", "35,000", "1_000", as the pages and the CLI show them) to base units. */
function tokens(value: FormDataEntryValue | null): bigint | null {
  const text = String(value ?? "").trim().replace(/[,_]/g, "");
  if (!/^\d+(\.\d{1,18})?$/.test(text)) return null;
  const amount = parseUnits(text, 18);
  return amount > 0n ? amount : null;
}

function refuse(line: ActivityLine, message: string): null {
  line.set("refused", message);
  return null;
}

const mined = (receipt: TransactionReceipt | null): bigint | null => receipt?.blockNumber ?? null;
