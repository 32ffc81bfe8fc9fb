// A browser wallet for tests: an EIP-1193 provider announced by EIP-6963 and set as window.ethereum. It keeps no
// state of its own: every request goes through the binding that TestWallet (C#) exposes, which holds the account, the
// chain and the site's permission across page loads and forwards to the node what a wallet would forward. Being a
// binding rather than a fetch from the page, it is not subject to the page's Content-Security-Policy, as an extension's
// own origin is not. TestWallet puts it in a block after `const config = {uuid, name, icon, rdns, bridge};`.
(() => {
  const listeners = new Map();
  const emit = (event, value) => {
    for (const listener of [...(listeners.get(event) ?? [])]) {
      try { listener(value); } catch (error) { console.error(error); }
    }
  };
  const call = async (message) => {
    const answer = JSON.parse(await window[config.bridge](JSON.stringify(message)));
    for (const { event, value } of answer.events ?? []) emit(event, value);
    if (answer.error) {
      throw Object.assign(new Error(answer.error.message), { code: answer.error.code, data: answer.error.data });
    }
    return answer.result;
  };

  const provider = Object.freeze({
    isTestWallet: true,
    request({ method, params } = {}) {
      if (typeof method !== 'string' || method.length === 0) {
        return Promise.reject(Object.assign(new Error('Invalid request: method is required.'), { code: -32600 }));
      }
      return call({ kind: 'request', method, params: params ?? [] });
    },
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return provider;
    },
    removeListener(event, listener) {
      listeners.set(event, (listeners.get(event) ?? []).filter((l) => l !== listener));
      return provider;
    },
  });

  const detail = Object.freeze({
    info: Object.freeze({ uuid: config.uuid, name: config.name, icon: config.icon, rdns: config.rdns }),
    provider,
  });
  const announce = () => window.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail }));
  window.addEventListener('eip6963:requestProvider', announce);
  announce();
  if (!window.ethereum) Object.defineProperty(window, 'ethereum', { value: provider, configurable: true });

  // What a person does in the wallet's own window, for tests that run in the page.
  const control = (action, value) =>
    call({ kind: 'control', method: action, params: value === undefined ? [] : [value] });
  Object.defineProperty(window, '__testWallet', {
    value: Object.freeze({
      /** The next request of `method` fails as if the person clicked Reject: {code: 4001}. */
      rejectNext: (method) => control('rejectNext', method),
      /** Every request pages made so far: [{method, params, error}] with error the code of a failed one. */
      requests: () => control('requests'),
      /** The person picks another account in the wallet; connected sites hear accountsChanged. */
      setAccount: (address) => control('setAccount', address),
      /** For TestWallet: tells this page's listeners of a change made outside it. */
      emit,
    }),
  });
})();
