using System.Globalization;
using System.Numerics;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using GovernanceRewards.Chain.Bindings.StakingPool.ContractDefinition;
using GovernanceRewards.Governance.Proposals;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.ABI.Model;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Util;
using Registry = GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition;

namespace GovernanceRewards.Governance.Templates;

/// <summary>One call the treasury makes when the proposal executes.</summary>
public sealed record ProposalAction(string Target, BigInteger Value, byte[] CallData)
{
    public static ProposalAction Of<TMessage>(string target, TMessage call)
        where TMessage : FunctionMessage, new() => new(target, 0, call.GetCallData());
}

/// <summary>A proposal ready to send: its calls and its description (title line + body).</summary>
public sealed record ProposalDraft(IReadOnlyList<ProposalAction> Actions, ProposalDescription Description);

/// <summary>A template's inputs do not make a proposal that could execute; the message says which and why.</summary>
public sealed class ProposalValidationException(string message) : Exception(message);

/// <summary>
/// Builds the proposals token holders make most, encoding the calls for them and checking against the chain that
/// they could execute (treasury balance, roles, stakes, funded totals) before anyone spends gas proposing them.
/// </summary>
public sealed class ProposalTemplates(SuiteChain chain)
{
    /// <summary>Approves the distributor to pull the budget from the treasury, then funds the epoch.</summary>
    public async Task<ProposalDraft> FundEpochAsync(
        ulong epoch, BigInteger budget, DateTimeOffset windowStart, DateTimeOffset windowEnd, byte[] policyHash, string? body, CancellationToken cancellationToken)
    {
        Require(epoch > 0, "the epoch must be 1 or more");
        Require(budget > 0, "the budget must be positive");
        Require(windowStart < windowEnd, $"the window must start before it ends ({windowStart:u} .. {windowEnd:u})");
        Require(policyHash.Length == 32, "the policy hash must be 32 bytes");
        var funded = (await chain.Distributor().EpochOfQueryAsync(epoch)).ReturnValue1;
        Require(funded.Budget == 0, $"epoch {epoch} is already funded with {ActionDescriber.Tokens(funded.Budget)}");
        var last = await chain.Distributor().LastFundedEpochQueryAsync();
        // Epochs are funded in order; a later one may be proposed while the one before waits in its vote or the timelock.
        Require(epoch > last, $"epochs are funded in order and epoch {last} is funded already: propose epoch {last + 1} or later");
        var previous = (await chain.Distributor().EpochOfQueryAsync(epoch - 1)).ReturnValue1;
        Require(epoch - 1 != last || (ulong)windowStart.ToUnixTimeSeconds() >= previous.WindowEnd,
            $"the window must not start before epoch {epoch - 1}'s ended ({DateTimeOffset.FromUnixTimeSeconds((long)previous.WindowEnd):u})");
        await RequireTreasuryHoldsAsync(budget);
        cancellationToken.ThrowIfCancellationRequested();
        return new ProposalDraft(
            [
                ProposalAction.Of(chain.TokenAddress, new ApproveFunction { Spender = chain.DistributorAddress, Value = budget }),
                ProposalAction.Of(chain.DistributorAddress, new FundEpochFunction
                {
                    Epoch = epoch, Budget = budget, WindowStart = (ulong)windowStart.ToUnixTimeSeconds(),
                    WindowEnd = (ulong)windowEnd.ToUnixTimeSeconds(), PolicyHash = policyHash,
                }),
            ],
            new ProposalDescription($"Fund reward epoch {epoch} with {ActionDescriber.Tokens(budget)}",
                body ?? $"Contributions from {windowStart:u} to {windowEnd:u}, policy {policyHash.ToHex(true)}."));
    }

    /// <summary>Approves the staking pool and starts (or tops up) its reward stream.</summary>
    public async Task<ProposalDraft> FundStakingAsync(BigInteger amount, TimeSpan duration, string? body, CancellationToken cancellationToken)
    {
        Require(amount > 0, "the amount must be positive");
        Require(duration >= TimeSpan.FromSeconds(1), "the duration must be at least one second");
        await RequireTreasuryHoldsAsync(amount);
        cancellationToken.ThrowIfCancellationRequested();
        return new ProposalDraft(
            [
                ProposalAction.Of(chain.TokenAddress, new ApproveFunction { Spender = chain.PoolAddress, Value = amount }),
                ProposalAction.Of(chain.PoolAddress, new NotifyRewardAmountFunction { Amount = amount, Duration = (ulong)duration.TotalSeconds }),
            ],
            new ProposalDescription($"Stream {ActionDescriber.Tokens(amount)} to stakers over {Days(duration)}", body ?? ""));
    }

    public async Task<ProposalDraft> SetDisputeWindowAsync(TimeSpan window, string? body, CancellationToken cancellationToken)
    {
        var minimum = await chain.Distributor().MinDisputeWindowQueryAsync();
        Require(window >= TimeSpan.FromSeconds(minimum) && window <= TimeSpan.FromSeconds(DeployParameters.MaxDisputeWindowSeconds),
            $"the dispute window must be between {minimum} seconds (fixed at deployment) and 30 days");
        cancellationToken.ThrowIfCancellationRequested();
        return new ProposalDraft(
            [ProposalAction.Of(chain.DistributorAddress, new SetDisputeWindowFunction { NewWindow = (ulong)window.TotalSeconds })],
            new ProposalDescription($"Set the reward dispute window to {(ulong)window.TotalSeconds} seconds", body ?? ""));
    }

    public async Task<ProposalDraft> AttesterAsync(bool grant, string account, string? body, CancellationToken cancellationToken)
    {
        RequireAddress(account);
        var role = await chain.Registry().AttesterRoleQueryAsync();
        var has = await chain.Registry().HasRoleQueryAsync(role, account);
        Require(grant != has, grant ? $"{account} is already an attester" : $"{account} is not an attester");
        cancellationToken.ThrowIfCancellationRequested();
        return new ProposalDraft(
            [grant
                ? ProposalAction.Of(chain.RegistryAddress, new Registry.GrantRoleFunction { Role = role, Account = account })
                : ProposalAction.Of(chain.RegistryAddress, new Registry.RevokeRoleFunction { Role = role, Account = account })],
            new ProposalDescription(grant ? $"Make {account} an attester" : $"Remove {account} as an attester", body ?? ""));
    }

    public async Task<ProposalDraft> SlashAsync(string account, BigInteger amount, string reason, string? body, CancellationToken cancellationToken)
    {
        RequireAddress(account);
        Require(amount > 0, "the amount must be positive");
        Require(!string.IsNullOrWhiteSpace(reason), "a slash needs a reason");
        // A slash takes what is there when it executes (stake, then tokens in cooldown); one with nothing to take is refused here.
        var bond = await chain.Pool().StakeOfQueryAsync(account) + (await chain.Pool().PendingWithdrawalQueryAsync(account)).Amount;
        Require(bond > 0, $"{account} has nothing staked or in cooldown to slash");
        cancellationToken.ThrowIfCancellationRequested();
        return new ProposalDraft(
            [ProposalAction.Of(chain.PoolAddress, new SlashFunction { Account = account, Amount = amount, Reason = reason })],
            new ProposalDescription($"Slash {ActionDescriber.Tokens(amount)} of {account}'s stake", body ?? reason));
    }

    /// <summary>Returns funds neither the accepted nor the pending root may owe.</summary>
    public async Task<ProposalDraft> SweepAsync(BigInteger amount, string? body, CancellationToken cancellationToken)
    {
        Require(amount > 0, "the amount must be positive");
        var unallocated = await chain.Distributor().UnallocatedQueryAsync();
        Require(amount <= unallocated, $"only {ActionDescriber.Tokens(unallocated)} is unallocated");
        cancellationToken.ThrowIfCancellationRequested();
        return new ProposalDraft(
            [ProposalAction.Of(chain.DistributorAddress, new SweepFunction { Amount = amount })],
            new ProposalDescription($"Return {ActionDescriber.Tokens(amount)} of unallocated rewards to the treasury", body ?? ""));
    }

    /// <summary>
    /// Any call: <paramref name="signature"/> like <c>transfer(address,uint256)</c>, arguments as text in order
    /// (addresses hex, integers decimal, booleans true/false, bytes hex, strings as they are).
    /// </summary>
    public async Task<ProposalDraft> GenericAsync(
        string target, string signature, IReadOnlyList<string> arguments, string title, string? body, CancellationToken cancellationToken)
    {
        RequireAddress(target);
        Require(!string.IsNullOrWhiteSpace(title), "a generic proposal needs a title");
        var open = signature.IndexOf('(', StringComparison.Ordinal);
        Require(open > 0 && signature.EndsWith(')'), $"'{signature}' is not a function signature like transfer(address,uint256)");
        var types = signature[(open + 1)..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Require(types.Length == arguments.Count, $"{signature} takes {types.Length} arguments, {arguments.Count} given");
        var parameters = types.Select((type, i) => new Parameter(type, $"arg{i}", i + 1)).ToArray();
        var values = new object[types.Length];
        for (var i = 0; i < types.Length; i++) values[i] = Parse(types[i], arguments[i]);
        var selector = Sha3Keccack.Current.CalculateHash($"{signature[..open]}({string.Join(',', types)})")[..8];
        byte[] calldata;
        try
        {
            calldata = new FunctionCallEncoder().EncodeRequest(selector, parameters, values).HexToByteArray();
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidCastException)
        {
            throw new ProposalValidationException($"cannot encode {signature} with those arguments: {e.Message}");
        }
        var code = await chain.Reader.Eth.GetCode.SendRequestAsync(target);
        Require(code is { Length: > 2 }, $"{target} has no contract code on chain {chain.ChainId}");
        cancellationToken.ThrowIfCancellationRequested();
        return new ProposalDraft([new ProposalAction(target, 0, calldata)], new ProposalDescription(title.Trim(), body ?? ""));
    }

    private static object Parse(string type, string text)
    {
        try
        {
            return type switch
            {
                "address" when AddressUtil.Current.IsValidEthereumAddressHexFormat(text) => text,
                "address" => throw new FormatException($"'{text}' is not an address"),
                "bool" => bool.Parse(text),
                "string" => text,
                _ when type.StartsWith("uint", StringComparison.Ordinal) || type.StartsWith("int", StringComparison.Ordinal) =>
                    BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                _ when type.StartsWith("bytes", StringComparison.Ordinal) => text.HexToByteArray(),
                _ => throw new FormatException($"type {type} is not supported by the generic template"),
            };
        }
        catch (FormatException e)
        {
            throw new ProposalValidationException($"argument '{text}' for {type}: {e.Message}");
        }
    }

    private async Task RequireTreasuryHoldsAsync(BigInteger amount)
    {
        var balance = await chain.Token().BalanceOfQueryAsync(chain.TreasuryAddress);
        Require(balance >= amount, $"the treasury holds {ActionDescriber.Tokens(balance)}, less than {ActionDescriber.Tokens(amount)}");
    }

    private static void RequireAddress(string account) =>
        Require(AddressUtil.Current.IsValidEthereumAddressHexFormat(account), $"'{account}' is not an address");

    private static void Require(bool condition, string problem)
    {
        if (!condition) throw new ProposalValidationException(problem);
    }

    private static string Days(TimeSpan duration) => duration.TotalDays >= 1 && duration.TotalDays == Math.Floor(duration.TotalDays)
        ? $"{duration.TotalDays:0} days" : $"{(ulong)duration.TotalSeconds} seconds";
}
