import type { Hash } from "viem";
import { describe, isRejection } from "./errors";

export type ActivityState = "done" | "working" | "pending" | "replaced" | "mined" | "failed" | "rejected" | "refused";

/**
 * The page's live region: one line per step the user started, saying where it is (waiting for the wallet, pending
 * with its hash, replaced, mined, failed with the reason in words, rejected). Screen readers hear each change.
 */
export class Activity {
  constructor(private readonly region: HTMLElement, private readonly explorerUrl: string | null) {}

  /** A new line for a step; later calls update that line. */
  start(label: string): ActivityLine {
    const line = this.region.ownerDocument.createElement("p");
    line.className = "activity";
    this.region.prepend(line);
    this.region.hidden = false;
    const entry = new ActivityLine(line, label, this.explorerUrl);
    entry.set("working", "waiting for your wallet…");
    return entry;
  }
}

export class ActivityLine {
  constructor(private readonly line: HTMLElement, private readonly label: string, private readonly explorerUrl: string | null) {}

  /** A step that threw: "rejected" with <paramref name="declined"/> when the user declined in the wallet, else "failed". */
  fail(error: unknown, declined?: string, hash?: Hash): void {
    const rejected = isRejection(error);
    this.set(rejected ? "rejected" : "failed", rejected && declined ? declined : describe(error), hash);
  }

  set(state: ActivityState, message: string, hash?: Hash): void {
    const document = this.line.ownerDocument;
    this.line.dataset.state = state;
    this.line.replaceChildren(document.createTextNode(`${this.label}: ${message}`));
    if (!hash) return;
    this.line.dataset.hash = hash;
    this.line.append(" ");
    const code = document.createElement("code");
    code.textContent = hash;
    if (this.explorerUrl) {
      const link = document.createElement("a");
      link.href = `${this.explorerUrl.replace(/\/$/, "")}/tx/${hash}`;
      link.rel = "noopener";
      link.append(code);
      this.line.append(link);
    } else {
      this.line.append(code);
    }
  }
}
