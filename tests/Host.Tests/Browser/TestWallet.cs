using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceRewards.Testing;
using Microsoft.Playwright;

namespace GovernanceRewards.Host.Tests.Browser;

/// <summary>What the test wallet starts with.</summary>
/// <param name="RpcUrl">The node the wallet sends to (anvil, which signs for its unlocked accounts).</param>
/// <param name="NodeChainId">The node's chain: the only one on which the wallet reads, signs and sends.</param>
/// <param name="Account">The account the wallet holds.</param>
public sealed record WalletOptions(Uri RpcUrl, long NodeChainId, string Account)
{
    /// <summary>The chain the wallet is on when the test starts; any but the node's is the wrong network.</summary>
    public long StartChainId { get; init; } = NodeChainId;

    /// <summary>Chains the wallet switches to when asked; others must be added first (error 4902).</summary>
    public IReadOnlyCollection<long> KnownChainIds { get; init; } = [1, NodeChainId];

    /// <summary>Whether the site may already see the account, as after an earlier visit.</summary>
    public bool Connected { get; init; }

    public static WalletOptions For(ChainFixture chain, int account) =>
        new(chain.Node.RpcUrl, (long)chain.Node.ChainId, chain.Address(account));
}

/// <summary>A request a page made to the wallet, and the code of its error when it failed.</summary>
public sealed record WalletRequest(string Method, JsonElement Params, int? ErrorCode);

/// <summary>
/// A browser wallet for tests, as a person with a wallet extension has one: pages see an EIP-1193 provider announced by
/// EIP-6963 (<c>test-wallet.js</c>, injected before every page loads) whose requests come here through a Playwright
/// binding. The wallet holds the account, the chain it is on and the site's permission across page loads; it answers
/// for accounts, chains and permissions itself and forwards reads, signatures and transactions to the node only when
/// it is on the node's chain, as a wallet on another network would never reach this node. The test plays the person:
/// <see cref="RejectNext"/> clicks Reject on the next prompt, <see cref="SwitchAccountAsync"/> and
/// <see cref="SwitchChainAsync"/> change what the wallet shows, <see cref="Requests"/> is what the page asked for.
/// </summary>
public sealed class TestWallet
{
    public const string Name = "Test Wallet";
    public const string Rdns = "org.governancerewards.testwallet";
    public const int UserRejected = 4001;
    public const int Unauthorized = 4100;
    public const int UnsupportedMethod = 4200;
    public const int ChainDisconnected = 4901;
    public const int UnrecognizedChain = 4902;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;

    private const string Bridge = "__testWalletBridge";

    /// <summary>The node's methods a wallet passes on; no node administration (anvil_*, evm_*).</summary>
    private static readonly string[] ForwardedPrefixes = ["eth_", "net_", "web3_"];

    /// <summary>A white T on blue: EIP-6963 asks for a data URI of a square image of at least 96 pixels.</summary>
    private static readonly string Icon = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(
        """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96">"""
        + """<rect width="96" height="96" rx="20" fill="#2b6cb0"/>"""
        + """<path d="M28 30h40v10H53v30H43V40H28z" fill="#fff"/></svg>"""));

    private static readonly HttpClient Node = new();
    private static readonly string Script = ReadScript();

    private readonly Lock _gate = new();
    private readonly WalletOptions _options;
    private readonly HashSet<long> _knownChains;
    private readonly List<WalletRequest> _requests = [];
    private readonly List<string> _rejectNext = [];
    private IBrowserContext? _context;

    public TestWallet(WalletOptions options)
    {
        _options = options;
        _knownChains = [.. options.KnownChainIds, options.StartChainId];
        (Account, ChainId, IsConnected) = (options.Account, options.StartChainId, options.Connected);
    }

    public string Account { get; private set; }

    /// <summary>The chain the wallet is on now.</summary>
    public long ChainId { get; private set; }

    /// <summary>Whether the site may see the account (it asked by eth_requestAccounts, not since revoked).</summary>
    public bool IsConnected { get; private set; }

    /// <summary>Every request pages made so far, in order.</summary>
    public IReadOnlyList<WalletRequest> Requests
    {
        get
        {
            lock (_gate) return [.. _requests];
        }
    }

    /// <summary>The methods of <see cref="Requests"/>, for asserting what a page asked for.</summary>
    public IReadOnlyList<string> RequestedMethods => [.. Requests.Select(r => r.Method)];

    /// <summary>The person clicks Reject on the next <paramref name="method"/> request: it fails with 4001.</summary>
    public void RejectNext(string method)
    {
        lock (_gate) _rejectNext.Add(method);
    }

    /// <summary>The person picks another account in the wallet; a connected site hears accountsChanged.</summary>
    public Task SwitchAccountAsync(string address)
    {
        List<WalletEvent> events;
        lock (_gate) events = SetAccount(address);
        return EmitAsync(events, except: null);
    }

    /// <summary>The person switches the wallet's network themselves; pages hear <c>chainChanged</c>.</summary>
    public Task SwitchChainAsync(long chainId)
    {
        Outcome outcome;
        lock (_gate) outcome = Switch(chainId);
        return EmitAsync(outcome.Events, except: null);
    }

    /// <summary>The person disconnects the site in the wallet; it hears accountsChanged with no account.</summary>
    public Task DisconnectAsync()
    {
        Outcome outcome;
        lock (_gate) outcome = Revoke();
        return EmitAsync(outcome.Events, except: null);
    }

    /// <summary>Exposes the wallet to every page of <paramref name="context"/>, before any page loads.</summary>
    public async Task InstallAsync(IBrowserContext context)
    {
        _context = context;
        await context.ExposeBindingAsync<string, Task<string>>(
            Bridge, (source, message) => AnswerAsync(source.Page, message));
        var config = JsonSerializer.Serialize(
            new { uuid = Guid.NewGuid().ToString(), name = Name, icon = Icon, rdns = Rdns, bridge = Bridge });
        // In a block, so the config is no global a page could collide with.
        await context.AddInitScriptAsync($"{{\nconst config = {config};\n{Script}\n}}");
    }

    private async Task<string> AnswerAsync(IPage? caller, string message)
    {
        var request = JsonNode.Parse(message)!.AsObject();
        var method = request["method"]!.GetValue<string>();
        var parameters = request["params"] as JsonArray ?? [];
        Outcome outcome;
        try
        {
            if (request["kind"]!.GetValue<string>() == "control")
            {
                lock (_gate) outcome = Control(method, parameters);
            }
            else
            {
                Outcome? decided;
                lock (_gate) decided = Rejected(method) ?? Decide(method, parameters);
                outcome = decided ?? await ForwardAsync(method, parameters);
                var code = outcome.Error?["code"]?.GetValue<int>();
                var made = new WalletRequest(method, JsonSerializer.SerializeToElement(parameters), code);
                lock (_gate) _requests.Add(made);
            }
        }
        catch (Exception e)
            when (e is InvalidOperationException or FormatException or HttpRequestException or JsonException)
        {
            // Malformed parameters or an unreachable node: the page gets an EIP-1193 error as from any wallet.
            outcome = Outcome.Failure(InternalError, $"The test wallet failed on {method}: {e.Message}");
        }
        // The calling page hears its events with the answer, before its promise settles; other pages are told here.
        await EmitAsync(outcome.Events, except: caller);
        return outcome.ToJson();
    }

    private Outcome? Rejected(string method) =>
        _rejectNext.Remove(method) ? Outcome.Failure(UserRejected, "User rejected the request.") : null;

    /// <summary>The answer the wallet gives itself, or null for a request it forwards to the node.</summary>
    private Outcome? Decide(string method, JsonArray parameters) => method switch
    {
        "eth_chainId" => Outcome.Success(Hex(ChainId)),
        "net_version" => Outcome.Success(ChainId.ToString(CultureInfo.InvariantCulture)),
        "eth_accounts" => Outcome.Success(Accounts()),
        "eth_requestAccounts" => Connect(Accounts),
        "wallet_requestPermissions" => Connect(Permissions),
        "wallet_getPermissions" => Outcome.Success(IsConnected ? Permissions() : new JsonArray()),
        "wallet_revokePermissions" => Revoke(),
        "wallet_switchEthereumChain" => ChainIdParameter(parameters) is { } chain
            ? (_knownChains.Contains(chain) ? Switch(chain) : Outcome.Failure(UnrecognizedChain,
                $"Unrecognized chain ID \"{Hex(chain)}\". Try adding the chain using wallet_addEthereumChain first."))
            : Outcome.Failure(InvalidParams, "Expected [{ chainId }] with a 0x-prefixed hexadecimal chain id."),
        "wallet_addEthereumChain" => AddChain(parameters),
        "eth_sendTransaction" => Authorize(SetSender(parameters)) ?? OnNodeChain() ?? TransactionChain(parameters),
        "eth_signTypedData_v4" => Authorize(At(parameters, 0)) ?? TypedDataChain(parameters),
        "personal_sign" => Authorize(At(parameters, 1)),
        "eth_sign" => Authorize(At(parameters, 0)),
        _ when ForwardedPrefixes.Any(prefix => method.StartsWith(prefix, StringComparison.Ordinal)) => OnNodeChain(),
        // Nor other wallets' own methods.
        _ => Outcome.Failure(UnsupportedMethod, $"The method {method} is not supported by the test wallet."),
    };

    private Outcome Control(string action, JsonArray parameters) => action switch
    {
        "rejectNext" => Do(() => _rejectNext.Add(At(parameters, 0)!.GetValue<string>())),
        "requests" => Outcome.Success(new JsonArray([.. _requests.Select(r => new JsonObject
        {
            ["method"] = r.Method,
            ["params"] = JsonNode.Parse(r.Params.GetRawText()),
            ["error"] = r.ErrorCode,
        })])),
        "setAccount" => new Outcome(null, null, SetAccount(At(parameters, 0)!.GetValue<string>())),
        _ => Outcome.Failure(UnsupportedMethod, $"The test wallet has no control {action}."),
    };

    private static Outcome Do(Action action)
    {
        action();
        return Outcome.Success(null);
    }

    private JsonArray Accounts() => IsConnected ? [Account] : [];

    private JsonArray Permissions() =>
    [
        new JsonObject
        {
            ["parentCapability"] = "eth_accounts",
            ["caveats"] = new JsonArray(
                new JsonObject { ["type"] = "restrictReturnedAccounts", ["value"] = new JsonArray(Account) }),
        },
    ];

    private Outcome Connect(Func<JsonArray> answer)
    {
        var events = IsConnected ? [] : new List<WalletEvent> { new("accountsChanged", new JsonArray(Account)) };
        IsConnected = true;
        return new Outcome(answer(), null, events);
    }

    private Outcome Revoke()
    {
        var events = IsConnected ? new List<WalletEvent> { new("accountsChanged", new JsonArray()) } : [];
        IsConnected = false;
        return new Outcome(null, null, events);
    }

    private List<WalletEvent> SetAccount(string address)
    {
        Account = address;
        return IsConnected ? [new("accountsChanged", new JsonArray(address))] : [];
    }

    private Outcome Switch(long chainId)
    {
        if (!_knownChains.Contains(chainId))
        {
            throw new InvalidOperationException($"the wallet does not know chain {chainId}");
        }
        if (chainId == ChainId) return Outcome.Success(null);
        ChainId = chainId;
        return new Outcome(null, null, [new("chainChanged", Hex(chainId))]);
    }

    /// <summary>Adds the chain and, as wallets then ask to, switches to it.</summary>
    private Outcome AddChain(JsonArray parameters)
    {
        if (ChainIdParameter(parameters) is not { } chainId
            || At(parameters, 0)?["rpcUrls"] is not JsonArray { Count: > 0 })
        {
            return Outcome.Failure(InvalidParams, "Expected [{ chainId, chainName, rpcUrls, nativeCurrency }].");
        }
        _knownChains.Add(chainId);
        return Switch(chainId);
    }

    /// <summary>The account a signature or transaction is for must be the connected one.</summary>
    private Outcome? Authorize(JsonNode? address) =>
        IsConnected && address?.GetValueKind() == JsonValueKind.String
            && string.Equals(address.GetValue<string>(), Account, StringComparison.OrdinalIgnoreCase)
            ? null
            : Outcome.Failure(Unauthorized, "The requested account and/or method has not been authorized by the user.");

    /// <summary>A transaction without a sender is sent from the wallet's account, as wallets do.</summary>
    private JsonNode? SetSender(JsonArray parameters)
    {
        if (At(parameters, 0) is JsonObject transaction)
        {
            transaction["from"] ??= Account;
            return transaction["from"];
        }
        return null;
    }

    private Outcome? OnNodeChain() => ChainId == _options.NodeChainId ? null : Outcome.Failure(ChainDisconnected,
        $"The test wallet is on chain {ChainId} and reaches only chain {_options.NodeChainId}; switch to it first.");

    private Outcome? TransactionChain(JsonArray parameters) =>
        At(parameters, 0)?["chainId"] is { } chain && ParseChainId(chain) != ChainId
            ? Outcome.Failure(InvalidParams, $"The transaction's chainId {chain.ToJsonString()} is not {ChainId}.")
            : null;

    /// <summary>As wallets do, typed data for another chain than the active one is refused.</summary>
    private Outcome? TypedDataChain(JsonArray parameters)
    {
        var typedData = At(parameters, 1) is { } data && data.GetValueKind() == JsonValueKind.String
            ? JsonNode.Parse(data.GetValue<string>())
            : At(parameters, 1);
        if (typedData?["domain"]?["chainId"] is not { } chain || ParseChainId(chain) == ChainId) return null;
        return Outcome.Failure(InvalidParams,
            $"Provided chainId \"{chain}\" must match the active chainId \"{ChainId}\"");
    }

    private static long? ChainIdParameter(JsonArray parameters) =>
        At(parameters, 0)?["chainId"] is { } chain && chain.GetValueKind() == JsonValueKind.String
            && chain.GetValue<string>().StartsWith("0x", StringComparison.Ordinal) ? ParseChainId(chain) : null;

    /// <summary>A chain id as JSON carries it: a number, a hexadecimal string or a decimal one.</summary>
    private static long? ParseChainId(JsonNode chain)
    {
        if (chain.GetValueKind() == JsonValueKind.Number) return chain.GetValue<long>();
        var text = chain.GetValue<string>();
        return text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? long.TryParse(text[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) ? hex : null
            : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    private static JsonNode? At(JsonArray parameters, int index) => index < parameters.Count ? parameters[index] : null;

    private static string Hex(long chainId) => "0x" + chainId.ToString("x", CultureInfo.InvariantCulture);

    private async Task<Outcome> ForwardAsync(string method, JsonArray parameters)
    {
        using var response = await Node.PostAsJsonAsync(_options.RpcUrl, new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = 1,
            ["method"] = method,
            ["params"] = parameters.DeepClone(),
        });
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        // The node's error as it is (a revert carries its data, which the page decodes into the contract's error).
        return answer["error"] is JsonObject error
            ? new Outcome(null, error.DeepClone().AsObject(), [])
            : Outcome.Success(answer["result"]?.DeepClone());
    }

    private Task EmitAsync(IReadOnlyList<WalletEvent> events, IPage? except)
    {
        if (events.Count == 0 || _context is null) return Task.CompletedTask;
        var pages = _context.Pages.Where(p => p != except && !p.IsClosed).ToList();
        return Task.WhenAll(pages.SelectMany(page => events.Select(e => EmitAsync(page, e))));
    }

    private static async Task EmitAsync(IPage page, WalletEvent e)
    {
        try
        {
            await page.EvaluateAsync("([event, json]) => window.__testWallet?.emit(event, JSON.parse(json))",
                new[] { e.Event, e.Value?.ToJsonString() ?? "null" });
        }
        catch (PlaywrightException)
        {
            // The page closed or navigated meanwhile: it will ask the wallet afresh when it loads.
        }
    }

    private static string ReadScript()
    {
        using var stream = typeof(TestWallet).Assembly.GetManifestResourceStream("test-wallet.js")
            ?? throw new InvalidOperationException("test-wallet.js is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record WalletEvent(string Event, JsonNode? Value);

    /// <summary>A request's answer: a result or an EIP-1193 error, and the events it caused.</summary>
    private sealed record Outcome(JsonNode? Result, JsonObject? Error, IReadOnlyList<WalletEvent> Events)
    {
        public static Outcome Success(JsonNode? result) => new(result, null, []);

        public static Outcome Failure(int code, string message) =>
            new(null, new JsonObject { ["code"] = code, ["message"] = message }, []);

        public string ToJson() => new JsonObject
        {
            [Error is null ? "result" : "error"] = (Error ?? Result)?.DeepClone(),
            ["events"] = new JsonArray(
                [.. Events.Select(e => new JsonObject { ["event"] = e.Event, ["value"] = e.Value?.DeepClone() })]),
        }.ToJsonString();
    }
}
