using System.Text.Json;
using GovernanceRewards.Testing;
using Microsoft.Playwright;
using Nethereum.RPC.Eth.Services;
using Nethereum.Signer.EIP712;

namespace GovernanceRewards.Host.Tests.Browser;

/// <summary>
/// The test wallet as a page sees it, on a page the test serves itself (no host needed): what the portal's wallet
/// module will rely on, checked against anvil.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class TestWalletTests(ChainFixture chain, ChromiumFixture chromium) : IClassFixture<ChainFixture>
{
    /// <summary>Answered by the test's own route: nothing listens there and no request leaves the browser.</summary>
    private static readonly Uri Site = new("http://127.0.0.1:9/");

    [Fact]
    public async Task The_wallet_announces_itself_connects_when_asked_and_sends_a_transaction_that_anvil_mines()
    {
        await using var browser = await OpenAsync(WalletOptions.For(chain, 3));
        var page = browser.Page;

        var info = await page.EvaluateAsync<JsonElement>("""
            () => new Promise(resolve => {
              window.addEventListener('eip6963:announceProvider', e => resolve({
                ...e.detail.info, isWindowEthereum: e.detail.provider === window.ethereum }), { once: true });
              window.dispatchEvent(new Event('eip6963:requestProvider'));
            })
            """);
        Assert.Equal(TestWallet.Name, info.GetProperty("name").GetString());
        Assert.Equal(TestWallet.Rdns, info.GetProperty("rdns").GetString());
        Assert.True(info.GetProperty("isWindowEthereum").GetBoolean());
        Assert.True(Guid.TryParse(info.GetProperty("uuid").GetString(), out _));
        Assert.StartsWith("data:image/svg+xml;base64,", info.GetProperty("icon").GetString());

        Assert.Equal("0x7a69", (await ResultAsync(page, "eth_chainId")).GetString());
        Assert.Equal(0, (await ResultAsync(page, "eth_accounts")).GetArrayLength());
        Assert.Equal(chain.Address(3), (await ResultAsync(page, "eth_requestAccounts"))[0].GetString());
        var hash = (await ResultAsync(page, "eth_sendTransaction", [Transfer(3)])).GetString();

        var receipt = await Transactions.GetTransactionReceipt.SendRequestAsync(hash);
        Assert.Equal(1, (int)receipt.Status.Value);
        Assert.Equal(chain.Address(3), receipt.From, StringComparer.OrdinalIgnoreCase);
        string[] asked = ["eth_chainId", "eth_accounts", "eth_requestAccounts", "eth_sendTransaction"];
        Assert.Equal(asked, browser.Wallet.RequestedMethods);
    }

    [Fact]
    public async Task A_rejection_fails_with_code_4001_and_sends_nothing_and_typed_data_is_signed_by_the_account()
    {
        await using var browser = await OpenAsync(WalletOptions.For(chain, 3) with { Connected = true });
        var page = browser.Page;
        var nonce = await NonceAsync(3);

        await page.EvaluateAsync("() => window.__testWallet.rejectNext('eth_sendTransaction')");
        var rejected = await RequestAsync(page, "eth_sendTransaction", [Transfer(3)]);
        Assert.Equal((TestWallet.UserRejected, "User rejected the request."), (rejected.Code, rejected.Message));
        Assert.Equal(nonce, await NonceAsync(3));

        const string SignTypedData = "eth_signTypedData_v4";
        var typedData = TypedData((long)chain.Node.ChainId);
        browser.Wallet.RejectNext(SignTypedData);
        Assert.Equal(TestWallet.UserRejected, await CodeAsync(page, SignTypedData, [chain.Address(3), typedData]));
        var signature = (await ResultAsync(page, SignTypedData, [chain.Address(3), typedData])).GetString()!;
        var signer = new Eip712TypedDataSigner().RecoverFromSignatureV4(typedData, signature);
        Assert.Equal(chain.Address(3), signer, StringComparer.OrdinalIgnoreCase);
        // Only the connected account signs.
        Assert.Equal(TestWallet.Unauthorized, await CodeAsync(page, SignTypedData, [chain.Address(4), typedData]));

        const string ErrorCodes = "async () => (await window.__testWallet.requests()).map(r => r.error)";
        var requests = await page.EvaluateAsync<int?[]>(ErrorCodes);
        Assert.Equal([TestWallet.UserRejected, TestWallet.UserRejected, null, TestWallet.Unauthorized], requests);
    }

    [Fact]
    public async Task On_the_wrong_network_nothing_reaches_anvil_until_switched_and_unknown_chains_are_added_first()
    {
        var mainnet = WalletOptions.For(chain, 3) with { StartChainId = 1, Connected = true };
        await using var browser = await OpenAsync(mainnet);
        var page = browser.Page;
        var other = await browser.Context.NewPageAsync();
        await other.GotoAsync("/");
        foreach (var tab in new[] { page, other })
        {
            await tab.EvaluateAsync("""
                () => {
                  window.heard = [];
                  for (const e of ['chainChanged', 'accountsChanged']) {
                    window.ethereum.on(e, v => window.heard.push([e, v]));
                  }
                }
                """);
        }
        var nonce = await NonceAsync(3);

        Assert.Equal("0x1", (await ResultAsync(page, "eth_chainId")).GetString());
        Assert.Equal(TestWallet.ChainDisconnected, await CodeAsync(page, "eth_sendTransaction", [Transfer(3)]));
        Assert.Equal(TestWallet.ChainDisconnected, await CodeAsync(page, "eth_blockNumber"));
        // Typed data for anvil's chain is not signed while the wallet is on another.
        object[] forAnvil = [chain.Address(3), TypedData((long)chain.Node.ChainId)];
        Assert.Equal(TestWallet.InvalidParams, await CodeAsync(page, "eth_signTypedData_v4", forAnvil));
        Assert.Equal(nonce, await NonceAsync(3));

        var elsewhere = new { chainId = "0x2a", chainName = "Elsewhere", rpcUrls = (string[])["http://127.0.0.1:9"] };
        var unknown = await CodeAsync(page, "wallet_switchEthereumChain", [new { elsewhere.chainId }]);
        Assert.Equal(TestWallet.UnrecognizedChain, unknown);
        Assert.Null(await CodeAsync(page, "wallet_addEthereumChain", [elsewhere]));
        Assert.Equal("0x2a", (await ResultAsync(page, "eth_chainId")).GetString());
        var switched = await RequestAsync(page, "wallet_switchEthereumChain", [new { chainId = "0x7a69" }]);
        Assert.Equal(JsonValueKind.Null, switched.Result.ValueKind);
        var hash = (await ResultAsync(page, "eth_sendTransaction", [Transfer(3)])).GetString();
        Assert.Equal(1, await StatusAsync(hash));

        // The person picks another account in the wallet: every tab hears it; a reload finds the wallet as it was left.
        await browser.Wallet.SwitchAccountAsync(chain.Address(4));
        string[][] heard =
            [["chainChanged", "0x2a"], ["chainChanged", "0x7a69"], ["accountsChanged", chain.Address(4)]];
        const string Heard = "() => window.heard.map(([e, v]) => [e, [v].flat()[0]])";
        foreach (var tab in new[] { page, other }) Assert.Equal(heard, await tab.EvaluateAsync<string[][]>(Heard));
        await page.ReloadAsync();
        Assert.Equal("0x7a69", (await ResultAsync(page, "eth_chainId")).GetString());
        Assert.Equal(chain.Address(4), (await ResultAsync(page, "eth_accounts"))[0].GetString());
        Assert.Equal(TestWallet.UnsupportedMethod, await CodeAsync(page, "anvil_mine"));
    }

    private async Task<PortalBrowser> OpenAsync(WalletOptions wallet)
    {
        var browser = await PortalBrowser.OpenAsync(chromium, Site, wallet);
        await browser.Context.RouteAsync(Site + "**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html",
            Body = "<!DOCTYPE html><html lang=\"en\"><title>A site</title><p>A site using the wallet.</p></html>",
        }));
        await browser.GotoAsync("/");
        return browser;
    }

    /// <summary>One ether from <paramref name="from"/> to account 5.</summary>
    private object Transfer(int from) =>
        new { from = chain.Address(from), to = chain.Address(5), value = "0xde0b6b3a7640000" };

    private async Task<ulong> NonceAsync(int account) =>
        (ulong)(await Transactions.GetTransactionCount.SendRequestAsync(chain.Address(account))).Value;

    private async Task<int> StatusAsync(string? hash) =>
        (int)(await Transactions.GetTransactionReceipt.SendRequestAsync(hash)).Status.Value;

    private IEthApiTransactionsService Transactions => chain.Web3For(0).Eth.Transactions;

    /// <summary>The page's <c>window.ethereum.request</c>: its result, or its error's code and message.</summary>
    private static async Task<ProviderAnswer> RequestAsync(IPage page, string method, object[]? parameters = null)
    {
        var answer = await page.EvaluateAsync<JsonElement>("""
            ([method, params]) => window.ethereum.request({ method, params: JSON.parse(params) })
              .then(result => ({ result: result ?? null }), error => ({ code: error.code, message: error.message }))
            """, new[] { method, JsonSerializer.Serialize(parameters ?? []) });
        return answer.TryGetProperty("code", out var code)
            ? new ProviderAnswer(default, code.GetInt32(), answer.GetProperty("message").GetString())
            : new ProviderAnswer(answer.GetProperty("result"), null, null);
    }

    private static string TypedData(long chainId) => JsonSerializer.Serialize(new
    {
        types = new
        {
            EIP712Domain = new[] { new { name = "name", type = "string" }, new { name = "chainId", type = "uint256" } },
            Note = new[] { new { name = "text", type = "string" } },
        },
        primaryType = "Note",
        domain = new { name = "Test", chainId },
        message = new { text = "hello" },
    });

    private static async Task<int?> CodeAsync(IPage page, string method, object[]? parameters = null) =>
        (await RequestAsync(page, method, parameters)).Code;

    private static async Task<JsonElement> ResultAsync(IPage page, string method, object[]? parameters = null)
    {
        var answer = await RequestAsync(page, method, parameters);
        Assert.True(answer.Code is null, $"{method} failed with {answer.Code}: {answer.Message}");
        return answer.Result;
    }

    private sealed record ProviderAnswer(JsonElement Result, int? Code, string? Message);
}
