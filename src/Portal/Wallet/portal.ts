// The portal's only script: connects a browser wallet and carries out what the server-rendered pages offer (delegate,
// vote by transaction or signed ballot, claim, stake, withdraw, claim the stream). Reading never needs it.
import { createClient, custom, getAddress, numberToHex, type Address, type EIP1193Provider } from "viem";
import { Activity, type ActivityLine } from "./activity";
import { readConfig, type PortalConfig } from "./config";
import { perform } from "./actions";
import type { Session } from "./transactions";
import { discoverWallets, rememberedWallet, viewAs, viewedAccount, type DiscoveredWallet } from "./wallets";

interface Connection extends Session {
  source: DiscoveredWallet;
  /** The wallet's current chain, null until asked. */
  chainId: number | null;
}

class Portal {
  private wallets: DiscoveredWallet[] = [];
  private connection: Connection | null = null;
  private reconnecting = false;
  private readonly listening = new WeakSet<object>();

  constructor(
    private readonly config: PortalConfig,
    private readonly panel: HTMLElement,
    private readonly activity: Activity,
  ) {}

  start(): void {
    discoverWallets((wallets) => {
      this.wallets = wallets;
      void this.reconnect();
      this.render();
    });
    document.addEventListener("submit", (event) => {
      const form = (event.target as Element).closest<HTMLFormElement>("form[data-action]");
      if (!form) return;
      event.preventDefault();
      void this.submit(form, (event as SubmitEvent).submitter);
    });
  }

  /** A wallet connected on an earlier visit is reattached silently (`eth_accounts` asks the user nothing). */
  private async reconnect(): Promise<void> {
    const remembered = rememberedWallet.get();
    const wallet = this.wallets.find((w) => w.id === remembered);
    if (!wallet || this.connection || this.reconnecting) return;
    this.reconnecting = true;
    try {
      const [account] = (await wallet.provider.request({ method: "eth_accounts" })) as string[];
      if (account) await this.attach(wallet, getAddress(account));
    } finally {
      this.reconnecting = false;
    }
  }

  private async connect(wallet: DiscoveredWallet): Promise<void> {
    const line = this.activity.start(`Connect ${wallet.name}`);
    let account: Address;
    try {
      const accounts = (await wallet.provider.request({ method: "eth_requestAccounts" })) as string[];
      if (!accounts[0]) throw new Error("the wallet shared no account");
      account = getAddress(accounts[0]);
    } catch (error) {
      line.fail(error, "you declined in your wallet; nothing was shared");
      return;
    }
    rememberedWallet.set(wallet.id);
    line.set("done", `connected ${account}`);
    await this.attach(wallet, account);
  }

  private async attach(wallet: DiscoveredWallet, account: Address): Promise<void> {
    // The server renders "your" sections for the account in the cookie: a new account means a new page.
    if (viewAs(document, account)) {
      location.reload();
      return;
    }
    const transport = custom(wallet.provider);
    this.connection = {
      source: wallet,
      account,
      client: createClient({ chain: this.config.chain, transport }),
      chainId: null,
    };
    const provider = wallet.provider as EIP1193Provider;
    if (this.listening.has(provider)) {
      await this.checkChain();
      return;
    }
    this.listening.add(provider);
    provider.on?.("accountsChanged", (accounts: readonly string[]) => {
      if (this.connection?.source !== wallet) return;
      if (accounts[0]) void this.attach(wallet, getAddress(accounts[0]));
      else this.disconnect();
    });
    provider.on?.("chainChanged", () => void this.checkChain());
    await this.checkChain();
  }

  private disconnect(): void {
    this.connection = null;
    rememberedWallet.set(null);
    if (viewAs(document, null)) location.reload();
    else this.render();
  }

  private async checkChain(): Promise<void> {
    const connection = this.connection;
    if (!connection) return;
    connection.chainId = Number(await connection.source.provider.request({ method: "eth_chainId" }));
    this.render();
  }

  /** Switches the wallet to the portal's chain, adding the chain first when the wallet does not know it (EIP-3085). */
  private async switchChain(): Promise<void> {
    const connection = this.connection;
    if (!connection) return;
    const { chain } = this.config;
    const line = this.activity.start(`Switch to ${chain.name}`);
    const request = connection.source.provider.request.bind(connection.source.provider) as (args: { method: string; params?: unknown }) => Promise<unknown>;
    try {
      try {
        await request({ method: "wallet_switchEthereumChain", params: [{ chainId: numberToHex(chain.id) }] });
      } catch (error) {
        if (!unknownChain(error)) throw error;
        if (!this.config.publicRpcUrl) {
          line.set("refused", `your wallet does not know ${chain.name} (chain id ${chain.id}); add it in the wallet by hand, then switch`);
          return;
        }
        await request({
          method: "wallet_addEthereumChain",
          params: [{
            chainId: numberToHex(chain.id),
            chainName: chain.name,
            nativeCurrency: chain.nativeCurrency,
            rpcUrls: [this.config.publicRpcUrl],
            blockExplorerUrls: this.config.explorerUrl ? [this.config.explorerUrl] : undefined,
          }],
        });
        await request({ method: "wallet_switchEthereumChain", params: [{ chainId: numberToHex(chain.id) }] });
      }
      line.set("done", `your wallet is on ${chain.name}`);
    } catch (error) {
      line.fail(error, "you declined in your wallet; it stays on its network");
    }
    await this.checkChain();
  }

  private async submit(form: HTMLFormElement, submitter: HTMLElement | null): Promise<void> {
    const connection = this.connection;
    const label = form.dataset.label ?? form.dataset.action ?? "Action";
    if (!connection || connection.account.toLowerCase() !== form.dataset.account) {
      this.activity.start(label).set("refused", "connect the wallet of this account first");
      return;
    }
    if (connection.chainId !== this.config.chain.id) {
      this.activity.start(label).set("refused", `switch your wallet to ${this.config.chain.name} first`);
      return;
    }
    // Read before the buttons are disabled: a disabled submitter's name and value would be left out.
    const fields = new FormData(form, submitter);
    const buttons = [...form.querySelectorAll<HTMLButtonElement>("button")];
    buttons.forEach((button) => (button.disabled = true));
    let mined: bigint | null = null;
    try {
      mined = await perform(form, fields, connection, this.config, (name: string): ActivityLine => this.activity.start(name));
    } finally {
      buttons.forEach((button) => (button.disabled = false));
    }
    if (mined !== null) await this.refreshWhenIndexed(mined);
  }

  /**
   * Once a transaction is mined in <paramref name="block"/>, the page's content is fetched again until the host has
   * indexed that block (each page says which block it was read at), then swapped in; at most two minutes.
   */
  private async refreshWhenIndexed(block: bigint): Promise<void> {
    for (let attempt = 0; attempt < 80; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const response = await fetch(location.href, { headers: { accept: "text/html" } }).catch(() => null);
      if (!response?.ok) continue;
      const next = new DOMParser().parseFromString(await response.text(), "text/html").querySelector("main");
      const main = document.querySelector("main");
      if (!next || !main || BigInt(next.dataset.indexedBlock ?? "0") < block) continue;
      main.replaceWith(document.importNode(next, true));
      this.render();
      return;
    }
  }

  /** The wallet panel and which forms show: only the connected account's, and only with a wallet to carry them out. */
  private render(): void {
    const connection = this.connection;
    const nodes: (Node | string)[] = [];
    if (connection) {
      nodes.push(`${connection.source.name}: `, code(connection.account), " ", button("Disconnect", () => this.disconnect()));
      if (connection.chainId !== this.config.chain.id) {
        const warning = element("p", `Your wallet is on chain ${connection.chainId}; this portal serves ${this.config.chain.name} (chain id ${this.config.chain.id}). `);
        warning.className = "wrong-network";
        warning.setAttribute("role", "alert");
        warning.append(button(`Switch to ${this.config.chain.name}`, () => void this.switchChain()));
        nodes.push(warning);
      }
    } else if (this.wallets.length === 0) {
      nodes.push("No browser wallet found: install one to vote, delegate, claim or stake (reading needs none).");
    } else {
      for (const wallet of this.wallets) nodes.push(button(`Connect ${wallet.name}`, () => void this.connect(wallet)));
      const viewed = viewedAccount(document);
      if (viewed) nodes.push(" Viewing as ", code(viewed), " ", button("Stop", () => this.disconnect()));
    }
    this.panel.replaceChildren(...nodes);
    this.panel.dataset.connected = connection ? connection.account.toLowerCase() : "";
    for (const form of document.querySelectorAll<HTMLFormElement>("form[data-action]")) {
      form.hidden = !connection || connection.account.toLowerCase() !== form.dataset.account;
    }
  }
}

/** `wallet_switchEthereumChain` for a chain the wallet lacks: 4902, which some wallets wrap in `data.originalError`. */
function unknownChain(error: unknown): boolean {
  const e = error as { code?: number; data?: { originalError?: { code?: number } } } | null;
  return e?.code === 4902 || e?.data?.originalError?.code === 4902;
}

function element(tag: string, text: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

function code(text: string): HTMLElement {
  return element("code", text);
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const node = element("button", text) as HTMLButtonElement;
  node.type = "button";
  node.addEventListener("click", onClick);
  return node;
}

const config = readConfig(document);
const panel = document.getElementById("wallet");
const region = document.getElementById("wallet-activity");
if (config && panel && region) new Portal(config, panel, new Activity(region, config.explorerUrl)).start();
