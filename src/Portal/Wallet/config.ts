import { defineChain, getAddress, type Address, type Chain } from "viem";

/** What the host tells the module about its chain, in the page's `portal-config` JSON block. */
export interface PortalConfig {
  chain: Chain;
  /** Shown when the wallet does not know the chain and offered to it by `wallet_addEthereumChain`; null when private. */
  publicRpcUrl: string | null;
  explorerUrl: string | null;
  governor: Address;
  token: Address;
  distributor: Address;
  staking: Address;
}

interface RawConfig {
  chainId: number;
  chainName: string;
  publicRpcUrl: string | null;
  explorerUrl: string | null;
  governor: string;
  token: string;
  distributor: string;
  staking: string;
}

export function readConfig(document: Document): PortalConfig | null {
  const element = document.getElementById("portal-config");
  if (!element?.textContent) return null;
  const raw = JSON.parse(element.textContent) as RawConfig;
  const chain = defineChain({
    id: raw.chainId,
    name: raw.chainName,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: raw.publicRpcUrl ? [raw.publicRpcUrl] : [] } },
    blockExplorers: raw.explorerUrl ? { default: { name: "Explorer", url: raw.explorerUrl } } : undefined,
  });
  return {
    chain,
    publicRpcUrl: raw.publicRpcUrl,
    explorerUrl: raw.explorerUrl,
    governor: getAddress(raw.governor),
    token: getAddress(raw.token),
    distributor: getAddress(raw.distributor),
    staking: getAddress(raw.staking),
  };
}
