import { createStore } from "mipd";
import type { EIP1193Provider } from "viem";

/** A wallet the browser offers: announced by EIP-6963, or the legacy injected `window.ethereum`. */
export interface DiscoveredWallet {
  id: string;
  name: string;
  icon: string | null;
  provider: EIP1193Provider;
}

/**
 * Calls <paramref name="onChange"/> with every wallet installed, now and whenever one announces itself late. The injected
 * `window.ethereum` is offered only when no announced wallet is that same provider (wallets that announce usually also
 * inject, and one wallet listed twice would be confusing).
 */
export function discoverWallets(onChange: (wallets: DiscoveredWallet[]) => void): void {
  const store = createStore();
  const publish = () => {
    const wallets: DiscoveredWallet[] = store.getProviders().map((detail) => ({
      id: detail.info.rdns,
      name: detail.info.name,
      icon: detail.info.icon,
      provider: detail.provider as unknown as EIP1193Provider,
    }));
    const injected = (window as { ethereum?: EIP1193Provider }).ethereum;
    // Only a provider: a page element named "ethereum" would also be window.ethereum.
    if (injected && typeof injected.request === "function" && !wallets.some((wallet) => wallet.provider === injected)) {
      wallets.push({ id: "injected", name: "Browser wallet", icon: null, provider: injected });
    }
    onChange(wallets);
  };
  store.subscribe(publish);
  publish();
}

const accountCookie = "portal-account";
const walletKey = "portal-wallet";

/** The account the pages are rendered for (the server reads the same cookie); null when none. */
export function viewedAccount(document: Document): string | null {
  const match = document.cookie.split("; ").find((pair) => pair.startsWith(`${accountCookie}=`));
  return match ? match.slice(accountCookie.length + 1) : null;
}

/**
 * Renders the pages for <paramref name="account"/> from now on (null: for nobody); true when that changed the cookie
 * (a browser that refuses cookies changes nothing, and the page is not reloaded for nothing).
 */
export function viewAs(document: Document, account: string | null): boolean {
  const next = account?.toLowerCase() ?? null;
  if (viewedAccount(document) === next) return false;
  document.cookie = next
    ? `${accountCookie}=${next}; path=/; SameSite=Lax; max-age=31536000`
    : `${accountCookie}=; path=/; SameSite=Lax; max-age=0`;
  return viewedAccount(document) === next;
}

/** Which wallet the user connected last, so a later visit reconnects it without asking. */
export const rememberedWallet = {
  get: (): string | null => {
    try {
      return localStorage.getItem(walletKey);
    } catch {
      return null;
    }
  },
  set: (id: string | null): void => {
    try {
      if (id) localStorage.setItem(walletKey, id);
      else localStorage.removeItem(walletKey);
    } catch {
      // Storage refused (private mode, policy): the wallet is simply not remembered.
    }
  },
};
