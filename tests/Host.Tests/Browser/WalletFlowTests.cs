using System.Numerics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Content;
using GovernanceRewards.Rewards;
using GovernanceRewards.Rewards.Epochs;
using GovernanceRewards.Testing;
using Microsoft.Playwright;
using GovToken = GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;
using Pool = GovernanceRewards.Chain.Bindings.StakingPool.ContractDefinition;
using Registry = GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition;

namespace GovernanceRewards.Host.Tests.Browser;

/// <summary>
/// What holders, contributors and stakers do in the portal with a browser wallet, end to end: the real host, the wallet
/// module in Chromium, the test wallet signing through anvil; every outcome checked on chain and in the pages.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WalletFlowTests(ChainFixture chain, DatabaseFixture database, ChromiumFixture chromium)
    : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_holder_connects_switches_network_delegates_and_votes_by_transaction_and_another_votes_by_a_ballot_the_portal_relays()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite, listen: true);
        var (holder, signer) = (chain.Address(4), chain.Address(5));
        await suite.Token().TransferRequestAndWaitForReceiptAsync(holder, DeployParameters.ToUnits(1_500));
        await suite.Token().TransferRequestAndWaitForReceiptAsync(signer, DeployParameters.ToUnits(2_000));
        await suite.Token(5).DelegateRequestAndWaitForReceiptAsync(signer);
        await suite.Token().DelegateRequestAndWaitForReceiptAsync(chain.Address(0));

        // The holder's wallet is on mainnet and has never heard of this chain: connecting works, acting waits for the switch.
        await using var browser = await PortalBrowser.OpenAsync(
            chromium, server.BaseAddress, WalletOptions.For(chain, 4) with { StartChainId = 1, KnownChainIds = [1] });
        await browser.GotoAsync("/");
        await ConnectAsync(browser);
        var wrongNetwork = browser.Page.GetByRole(AriaRole.Alert);
        Assert.Contains("Your wallet is on chain 1; this portal serves Chain 31337 (chain id 31337).", await wrongNetwork.TextContentAsync());
        Assert.Equal("refused", (await ActAsync(browser, "Delegate to myself", "Delegate")).State);
        Assert.Equal("done", (await ActAsync(browser, "Switch to Chain 31337", "Switch to Chain 31337")).State);
        await wrongNetwork.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        Assert.Equal(31337, browser.Wallet.ChainId);
        // The wallet refused the unknown chain (4902); the module added it with the host's public RPC, then switched.
        Assert.Equal(["wallet_switchEthereumChain", "wallet_addEthereumChain", "wallet_switchEthereumChain"],
            browser.Wallet.RequestedMethods.Where(m => m.StartsWith("wallet_", StringComparison.Ordinal)));
        var added = browser.Wallet.Requests.Single(r => r.Method == "wallet_addEthereumChain").Params[0];
        Assert.Equal(("0x7a69", chain.Node.RpcUrl.AbsoluteUri), (added.GetProperty("chainId").GetString(), added.GetProperty("rpcUrls")[0].GetString()));

        // Delegation from the overview's "You", then the page says so by itself once indexed.
        await MinedAsync(browser, "Delegate to myself", "Delegate");
        Assert.Equal(holder, await suite.Token().DelegatesQueryAsync(holder), StringComparer.OrdinalIgnoreCase);
        await browser.Page.GetByText("Your delegate: yourself").WaitForAsync();

        var grant = new GovToken.TransferFunction { To = holder, Value = DeployParameters.ToUnits(12) };
        var id = await GovernanceCycle.ProposeAsync(chain, suite, 0, [ProposalAction.Of(suite.TokenAddress, grant)], "# Fund the archive");
        await browser.ReloadUntilAsync($"/proposals/{id}", "Vote with a transaction");
        await browser.Page.GetByLabel("For", new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await browser.Page.GetByLabel("Reason (optional, sent with a transaction only)").FillAsync("Storage is cheap");

        // Rejected in the wallet: said so, nothing sent; then accepted.
        browser.Wallet.RejectNext("eth_sendTransaction");
        Assert.Equal(("rejected", $"Vote on proposal {id}: You rejected the request in your wallet; nothing was sent."),
            await ActAsync(browser, "Vote with a transaction", $"Vote on proposal {id}"));
        Assert.False(await suite.Governor().HasVotedQueryAsync(id, holder));
        await MinedAsync(browser, "Vote with a transaction", $"Vote on proposal {id}");
        Assert.True(await suite.Governor().HasVotedQueryAsync(id, holder));
        await browser.Page.GetByText("You voted For").WaitForAsync();
        await browser.ScreenshotAsync("flow-voted-by-transaction");

        // Another holder signs a ballot; the portal's server relays it: the voter sends nothing and needs no key.
        await using var second = await PortalBrowser.OpenAsync(chromium, server.BaseAddress, WalletOptions.For(chain, 5));
        await second.GotoAsync($"/proposals/{id}");
        await ConnectAsync(second);
        await second.Page.GetByLabel("Against", new PageGetByLabelOptions { Exact = true }).CheckAsync();
        var sentBefore = await chain.Web3For(0).Eth.Transactions.GetTransactionCount.SendRequestAsync(signer);
        await MinedAsync(second, "Sign, and let the portal send it (no gas)", $"Vote on proposal {id}");
        Assert.True(await suite.Governor().HasVotedQueryAsync(id, signer));
        Assert.Equal(sentBefore, await chain.Web3For(0).Eth.Transactions.GetTransactionCount.SendRequestAsync(signer));
        Assert.Contains("eth_signTypedData_v4", second.Wallet.RequestedMethods);
        Assert.DoesNotContain("eth_sendTransaction", second.Wallet.RequestedMethods);
        await second.Page.GetByText("You voted Against").WaitForAsync();
        var tally = await suite.Governor().ProposalVotesQueryAsync(id);
        Assert.Equal((DeployParameters.ToUnits(2_000), DeployParameters.ToUnits(1_500)), (tally.AgainstVotes, tally.ForVotes));
        await second.ScreenshotAsync("flow-voted-by-signed-ballot");

        Assert.Empty(browser.Problems.Concat(second.Problems));
    }

    [Fact]
    public async Task A_contributor_claims_exactly_what_was_unclaimed_then_stakes_claims_the_stream_and_withdraws_after_the_cooldown()
    {
        const ulong disputeWindow = 3_600, cooldown = 86_400;
        var suite = await chain.DeploySuiteAsync(new DeployParameters
        {
            Settler = chain.Address(GovernanceServer.OperatorAccount), DisputeWindowSeconds = disputeWindow, WithdrawalCooldownSeconds = cooldown,
        });
        // Claim-only host: it accepts the matured root but pays nobody, so the contributor claims for themselves.
        var rewards = new RewardsSettings { ReconcileSeconds = 1, Payouts = new PayoutOptions { RecheckInterval = TimeSpan.FromSeconds(1), Push = false } };
        await using var server = await GovernanceServer.StartAsync(chain, database, suite, listen: true, rewards: rewards);
        var contributor = chain.Address(5);
        await suite.Token().TransferRequestAndWaitForReceiptAsync(contributor, DeployParameters.ToUnits(100));
        await FundedEpoch.FundAsync(chain, suite, server, DeployParameters.ToUnits(1_000),
            new Registry.Contribution { Contributor = contributor, Kind = 4, Units = 10, EvidenceDigest = new byte[32], EvidenceCodec = Cid.RawCodec },
            new Registry.Contribution { Contributor = chain.Address(6), Kind = 0, Units = 20, EvidenceDigest = new byte[32], EvidenceCodec = Cid.RawCodec });
        using var api = server.Client();
        await WaitForJsonAsync(api, "epochs/1/root", root => root["status"]!.GetValue<string>() == "pending");
        await chain.Node.IncreaseTimeAsync(disputeWindow + 1);
        await chain.Node.MineAsync(1);

        await using var browser = await PortalBrowser.OpenAsync(chromium, server.BaseAddress, WalletOptions.For(chain, 5));
        var account = $"/accounts/{contributor.ToLowerInvariant()}";
        await browser.GotoAsync(account);
        await ConnectAsync(browser);
        await browser.ReloadUntilAsync(account, "<button type=\"submit\">Claim ", timeoutSeconds: 60);
        var unclaimed = BigInteger.Parse((await WaitForJsonAsync(api, $"epochs/1/proofs/{contributor}", _ => true))["unclaimed"]!.GetValue<string>());
        var before = await suite.Token().BalanceOfQueryAsync(contributor);
        var claimLabel = $"Claim {TokenAmount.Format(unclaimed)} tokens";
        await MinedAsync(browser, claimLabel, claimLabel);
        Assert.Equal(before + unclaimed, await suite.Token().BalanceOfQueryAsync(contributor));
        Assert.Equal(unclaimed, await suite.Distributor().ClaimedQueryAsync(contributor));
        await browser.ScreenshotAsync("flow-claimed");

        // Stake 50: the pool needs an allowance first, which the module asks for and then moves on to stake.
        await browser.Page.GetByLabel("Tokens to stake").FillAsync("50");
        await MinedAsync(browser, "Stake", "Stake");
        Assert.Equal(DeployParameters.ToUnits(50), await suite.Pool().StakeOfQueryAsync(contributor));
        Assert.Equal(["approve", "stake"], SentFunctions(browser, suite));

        // The treasury streams 1,000 tokens over a day; an hour later the stream owes the only staker about 41.
        await suite.AsTreasuryAsync(suite.TokenAddress, new GovToken.ApproveFunction { Spender = suite.PoolAddress, Value = DeployParameters.ToUnits(1_000) });
        await suite.AsTreasuryAsync(suite.PoolAddress, new Pool.NotifyRewardAmountFunction { Amount = DeployParameters.ToUnits(1_000), Duration = 86_400 });
        await chain.Node.IncreaseTimeAsync(3_600);
        await chain.Node.MineAsync(1);
        await browser.ReloadUntilAsync(account, "from the stream</button>");
        // The stream's rate and this staker's share of it (the only staker: all of it, as the pool rounds).
        var streamLine = await browser.Page.GetByText("tokens a day to all stakers").TextContentAsync();
        Assert.Matches(@"The stream pays 999\.9+ tokens a day to all stakers until .*; this account's 50 of 50 staked earns about 999\.9+ a day\.",
            string.Join(" ", streamLine!.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        var beforeStream = await suite.Token().BalanceOfQueryAsync(contributor);
        var streamButton = await browser.Page.Locator("form[data-action='claim-stream'] button").TextContentAsync();
        await MinedAsync(browser, streamButton!, "Claim the stream");
        Assert.True(await suite.Token().BalanceOfQueryAsync(contributor) > beforeStream);

        // Ask to withdraw 20, then withdraw: refused with the contract's reason in words until the cooldown is over.
        await browser.Page.GetByLabel("Tokens to take out of the stake").FillAsync("20");
        await MinedAsync(browser, "Ask to withdraw", "Ask to withdraw");
        await browser.ReloadUntilAsync(account, "Withdraw 20 tokens");
        var early = await ActAsync(browser, "Withdraw 20 tokens", "Withdraw");
        Assert.Equal("refused", early.State);
        Assert.StartsWith("Withdraw: The cooldown is not over: withdraw after ", early.Text);
        await chain.Node.IncreaseTimeAsync(cooldown + 1);
        await chain.Node.MineAsync(1);
        var beforeWithdrawal = await suite.Token().BalanceOfQueryAsync(contributor);
        await MinedAsync(browser, "Withdraw 20 tokens", "Withdraw");
        Assert.Equal(beforeWithdrawal + DeployParameters.ToUnits(20), await suite.Token().BalanceOfQueryAsync(contributor));
        Assert.Equal(DeployParameters.ToUnits(30), await suite.Pool().StakeOfQueryAsync(contributor));
        // The page refreshes by itself once the host has indexed the withdrawal: nothing left to withdraw.
        await browser.Page.GetByText("Staked 30;").WaitForAsync();
        await browser.Page.Locator("form[data-action='withdraw']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        await browser.ScreenshotAsync("flow-staked-and-withdrawn");

        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task A_transaction_sped_up_in_the_wallet_is_followed_to_its_replacement()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite, listen: true);
        var holder = chain.Address(4);
        await suite.Token().TransferRequestAndWaitForReceiptAsync(holder, DeployParameters.ToUnits(100));
        await using var browser = await PortalBrowser.OpenAsync(chromium, server.BaseAddress, WalletOptions.For(chain, 4));
        await browser.GotoAsync("/");
        await ConnectAsync(browser);

        await chain.Node.RpcAsync("evm_setAutomine", [false]);
        try
        {
            await browser.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Delegate to myself", Exact = true }).ClickAsync();
            var pending = browser.Page.Locator(".activity[data-state='pending']");
            await pending.WaitForAsync();
            var original = (await pending.GetAttributeAsync("data-hash"))!;
            // The module has read the transaction it follows; the user now speeds it up (same nonce, higher fees).
            await WaitUntilAsync(() => browser.Wallet.Requests.Any(r => r.Method == "eth_getTransactionByHash" && r.Params[0].GetString() == original));
            var sent = await chain.Node.RpcAsync("eth_getTransactionByHash", [original]);
            string Doubled(string field) => "0x" + (new Nethereum.Hex.HexTypes.HexBigInteger(sent.GetProperty(field).GetString()).Value * 2).ToString("x");
            var faster = (await chain.Node.RpcAsync("eth_sendTransaction", [new Dictionary<string, string>
            {
                ["from"] = holder, ["to"] = sent.GetProperty("to").GetString()!, ["input"] = sent.GetProperty("input").GetString()!,
                ["nonce"] = sent.GetProperty("nonce").GetString()!, ["gas"] = sent.GetProperty("gas").GetString()!,
                ["maxFeePerGas"] = Doubled("maxFeePerGas"), ["maxPriorityFeePerGas"] = Doubled("maxPriorityFeePerGas"),
            }])).GetString()!;
            await chain.Node.RpcAsync("evm_mine", []);

            var mined = browser.Page.Locator(".activity[data-state='mined']");
            await mined.WaitForAsync();
            Assert.Equal(faster, await mined.GetAttributeAsync("data-hash"));
            Assert.NotEqual(original, faster);
            Assert.Equal(holder, await suite.Token().DelegatesQueryAsync(holder), StringComparer.OrdinalIgnoreCase);
        }
        finally
        {
            await chain.Node.RpcAsync("evm_setAutomine", [true]);
        }
        Assert.Empty(browser.Problems);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition never held");
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// Clicks the button named <paramref name="button"/> and waits for the activity line its step starts (labelled
    /// <paramref name="label"/>) to settle; returns that line's state and text.
    /// </summary>
    private static async Task<(string State, string Text)> ActAsync(PortalBrowser browser, string button, string label)
    {
        var lines = browser.Page.Locator($".activity:text-matches('^{Regex.Escape(label)}: ')");
        var before = await lines.CountAsync();
        await browser.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = button, Exact = true }).ClickAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            // Lines are prepended: the newest is the first.
            if (await lines.CountAsync() > before
                && await lines.First.GetAttributeAsync("data-state") is { } state and not ("working" or "pending" or "replaced"))
            {
                return (state, (await lines.First.TextContentAsync())!.Trim());
            }
            Assert.True(DateTime.UtcNow < deadline, $"'{label}' never settled: {await browser.Page.Locator("#wallet-activity").InnerTextAsync()}");
            await Task.Delay(100);
        }
    }

    /// <summary>Like <see cref="ActAsync"/>, for a step that must end mined.</summary>
    private static async Task MinedAsync(PortalBrowser browser, string button, string label)
    {
        var (state, text) = await ActAsync(browser, button, label);
        Assert.True(state == "mined", $"'{label}' ended {state}: {text}");
    }

    /// <summary>Connects the test wallet; the page reloads rendered for its account.</summary>
    private static async Task ConnectAsync(PortalBrowser browser)
    {
        await browser.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Connect Test Wallet", Exact = true }).ClickAsync();
        await browser.Page.Locator($"#wallet[data-connected='{browser.Wallet.Account.ToLowerInvariant()}']").WaitForAsync();
    }

    /// <summary>The functions of the contracts the wallet was asked to send, in order.</summary>
    private static List<string> SentFunctions(PortalBrowser browser, Suite suite)
    {
        var selectors = new Dictionary<string, string>
        {
            ["0x095ea7b3"] = "approve", ["0xa694fc3a"] = "stake",
        };
        return [.. browser.Wallet.Requests.Where(r => r.Method == "eth_sendTransaction" && r.ErrorCode is null)
            .Select(r => r.Params[0].GetProperty("data").GetString()![..10])
            .Select(selector => selectors.GetValueOrDefault(selector, selector))
            .Where(name => name is "approve" or "stake")];
    }

    private static async Task<JsonNode> WaitForJsonAsync(HttpClient client, string path, Func<JsonNode, bool> ready)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var response = await client.GetAsync(path);
            if (response.IsSuccessStatusCode && JsonNode.Parse(await response.Content.ReadAsStringAsync()) is { } json && ready(json)) return json;
            Assert.True(DateTime.UtcNow < deadline, $"{path} never got ready: {await response.Content.ReadAsStringAsync()}");
            await Task.Delay(250);
        }
    }
}
