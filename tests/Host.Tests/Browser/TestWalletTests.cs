using System.Text.Json;
using GovernanceRewards.Testing;
using Microsoft.Playwright;
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

    private const string OneEther = "0xde0b6b3a7640000";

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
        Assert.Equal((TestWallet.Name, TestWallet.Rdns, true), (info.GetProperty("name").GetString(), info.GetProperty("rdns").GetString(),
            info.GetProperty("isWindowEthereum").GetBoolean()));
        Assert.True(Guid.TryParse(info.GetProperty("uuid").GetString(), out _));
        Assert.StartsWith("data:image/svg+xml;base64,", info.GetProperty("icon").GetString());

        Assert.Equal("0x7a69", (await RequestAsync(page, "eth_chainId")).Result.GetString());
        Assert.Equal(0, (await RequestAsync(page, "eth_accounts")).Result.GetArrayLength());
        Assert.Equal(chain.Address(3), (await RequestAsync(page, "eth_requestAccounts")).Result[0].GetString());
        var hash = (await RequestAsync(page, "eth_sendTransaction", [new { from = chain.Address(3), to = chain.Address(5), value = OneEther }])).Result.GetString();

        var receipt = await chain.Web3For(0).Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash);
        Assert.Equal((1, chain.Address(3).ToLowerInvariant()), ((int)receipt.Status.Value, receipt.From.ToLowerInvariant()));
        Assert.Equal(["eth_chainId", "eth_accounts", "eth_requestAccounts", "eth_sendTransaction"], browser.Wallet.RequestedMethods);
    }

    [Fact]
    public async Task A_rejection_fails_with_code_4001_and_sends_nothing_and_typed_data_is_signed_by_the_account()
    {
        await using var browser = await OpenAsync(WalletOptions.For(chain, 3) with { Connected = true });
        var page = browser.Page;
        var nonce = await NonceAsync(3);

        await page.EvaluateAsync("() => window.__testWallet.rejectNext('eth_sendTransaction')");
        var rejected = await RequestAsync(page, "eth_sendTransaction", [new { from = chain.Address(3), to = chain.Address(5), value = OneEther }]);
        Assert.Equal((TestWallet.UserRejected, "User rejected the request."), (rejected.Code, rejected.Message));
        Assert.Equal(nonce, await NonceAsync(3));

        var typedData = TypedData((long)chain.Node.ChainId);
        browser.Wallet.RejectNext("eth_signTypedData_v4");
        Assert.Equal(TestWallet.UserRejected, (await RequestAsync(page, "eth_signTypedData_v4", [chain.Address(3), typedData])).Code);
        var signature = (await RequestAsync(page, "eth_signTypedData_v4", [chain.Address(3), typedData])).Result.GetString()!;
        Assert.Equal(chain.Address(3), new Eip712TypedDataSigner().RecoverFromSignatureV4(typedData, signature), StringComparer.OrdinalIgnoreCase);
        // Only the connected account signs.
        Assert.Equal(TestWallet.Unauthorized, (await RequestAsync(page, "eth_signTypedData_v4", [chain.Address(4), typedData])).Code);

        var requests = await page.EvaluateAsync<JsonElement>("() => window.__testWallet.requests()");
        Assert.Equal([TestWallet.UserRejected, TestWallet.UserRejected, null, TestWallet.Unauthorized],
            requests.EnumerateArray().Select(r => r.GetProperty("error").ValueKind == JsonValueKind.Null ? (int?)null : r.GetProperty("error").GetInt32()));
    }

    [Fact]
    public async Task On_the_wrong_network_nothing_reaches_anvil_until_the_page_switches_and_an_unknown_chain_is_added_first()
    {
        await using var browser = await OpenAsync(WalletOptions.For(chain, 3) with { StartChainId = 1, Connected = true });
        var page = browser.Page;
        var other = await browser.Context.NewPageAsync();
        await other.GotoAsync("/");
        foreach (var tab in new[] { page, other })
        {
            await tab.EvaluateAsync("""
                () => { window.heard = [];
                  for (const event of ['chainChanged', 'accountsChanged']) window.ethereum.on(event, v => window.heard.push([event, v])); }
                """);
        }
        var nonce = await NonceAsync(3);

        Assert.Equal("0x1", (await RequestAsync(page, "eth_chainId")).Result.GetString());
        var transfer = new { from = chain.Address(3), to = chain.Address(5), value = OneEther };
        Assert.Equal(TestWallet.ChainDisconnected, (await RequestAsync(page, "eth_sendTransaction", [transfer])).Code);
        Assert.Equal(TestWallet.ChainDisconnected, (await RequestAsync(page, "eth_blockNumber")).Code);
        Assert.Equal(TestWallet.InvalidParams, (await RequestAsync(page, "eth_signTypedData_v4", [chain.Address(3), TypedData(31337)])).Code);
        Assert.Equal(nonce, await NonceAsync(3));

        Assert.Equal(TestWallet.UnrecognizedChain, (await RequestAsync(page, "wallet_switchEthereumChain", [new { chainId = "0x2a" }])).Code);
        await RequestAsync(page, "wallet_addEthereumChain", [new { chainId = "0x2a", chainName = "Elsewhere", rpcUrls = (string[])["http://127.0.0.1:9"] }]);
        Assert.Equal("0x2a", (await RequestAsync(page, "eth_chainId")).Result.GetString());
        Assert.Equal(JsonValueKind.Null, (await RequestAsync(page, "wallet_switchEthereumChain", [new { chainId = "0x7a69" }])).Result.ValueKind);
        var hash = (await RequestAsync(page, "eth_sendTransaction", [transfer])).Result.GetString();
        Assert.Equal(1, (int)(await chain.Web3For(0).Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash)).Status.Value);

        // The person picks another account in the wallet: every tab hears it, and a reload finds the wallet as it was left.
        await browser.Wallet.SwitchAccountAsync(chain.Address(4));
        string[][] heard = [["chainChanged", "0x2a"], ["chainChanged", "0x7a69"], ["accountsChanged", chain.Address(4)]];
        foreach (var tab in new[] { page, other })
        {
            Assert.Equal(heard, await tab.EvaluateAsync<string[][]>("() => window.heard.map(([e, v]) => [e, Array.isArray(v) ? v[0] : v])"));
        }
        await page.ReloadAsync();
        Assert.Equal("0x7a69", (await RequestAsync(page, "eth_chainId")).Result.GetString());
        Assert.Equal(chain.Address(4), (await RequestAsync(page, "eth_accounts")).Result[0].GetString());
        Assert.Equal(TestWallet.UnsupportedMethod, (await RequestAsync(page, "anvil_mine")).Code);
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

    private async Task<ulong> NonceAsync(int account) =>
        (ulong)(await chain.Web3For(0).Eth.Transactions.GetTransactionCount.SendRequestAsync(chain.Address(account))).Value;

    /// <summary>The page's <c>window.ethereum.request</c>, its result or its error (code and message) as a page gets them.</summary>
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

    private sealed record ProviderAnswer(JsonElement Result, int? Code, string? Message);
}
