using System.Globalization;
using System.Numerics;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.ABI.Model;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Util;

namespace GovernanceRewards.Governance.Proposals;

/// <summary>One action of a proposal: the call the treasury will make, decoded, and in words.</summary>
public sealed record DescribedAction(string Target, string? Contract, string? Function, IReadOnlyDictionary<string, string> Arguments, string Sentence);

/// <summary>Decodes proposal calldata with the suite's ABIs and says what each call does in the domain's words.</summary>
public sealed class ActionDescriber(SuiteChain chain)
{
    private static readonly Dictionary<string, string> Roles = new[] { "ATTESTER_ROLE", "SETTLER_ROLE", "GUARDIAN_ROLE" }
        .ToDictionary(r => Sha3Keccack.Current.CalculateHash(r).ToLowerInvariant(), r => r);

    public DescribedAction Describe(string target, BigInteger value, byte[] calldata)
    {
        var contract = chain.NameOf(target);
        var function = contract is null || calldata.Length < 4 ? null : ContractArtifacts.Current.ByName[contract].Abi.Functions
            .FirstOrDefault(f => string.Equals(f.Sha3Signature, calldata.AsSpan(0, 4).ToArray().ToHex(), StringComparison.OrdinalIgnoreCase));
        if (contract is null || function is null)
        {
            var sentence = $"call {target} with {calldata.Length} bytes of data" + (value.IsZero ? "" : $" and {Tokens(value)} native");
            return new DescribedAction(target, contract, null, new Dictionary<string, string>(), sentence);
        }
        var decoded = new FunctionCallDecoder().DecodeFunctionInput(function.Sha3Signature, calldata.ToHex(true), function.InputParameters);
        var arguments = decoded.ToDictionary(p => p.Parameter.Name, p => Format(p.Parameter, p.Result));
        return new DescribedAction(target, contract, function.Name, arguments, Sentence(contract, function, arguments));
    }

    private string Sentence(string contract, FunctionABI function, Dictionary<string, string> a) => (contract, function.Name) switch
    {
        ("GovToken", "approve") => $"allow {Named(a["spender"])} to take {a["value"]} from the treasury",
        ("GovToken", "transfer") => $"transfer {a["value"]} from the treasury to {Named(a["to"])}",
        ("RewardDistributor", "fundEpoch") =>
            $"fund reward epoch {a["epoch"]} with {a["budget"]} for contributions from {a["windowStart"]} to {a["windowEnd"]} under policy {a["policyHash"]}",
        ("RewardDistributor", "setDisputeWindow") => $"set the reward dispute window to {a["newWindow"]} seconds",
        ("RewardDistributor", "sweep") => $"return {a["amount"]} of unallocated rewards to the treasury",
        ("StakingPool", "notifyRewardAmount") => $"stream {a["amount"]} to stakers over {a["duration"]} seconds",
        ("StakingPool", "slash") => $"slash {a["amount"]} of {a["account"]}'s stake ({a["reason"]})",
        (_, "grantRole") => $"grant {a["role"]} on {contract} to {Named(a["account"])}",
        (_, "revokeRole") => $"revoke {a["role"]} on {contract} from {Named(a["account"])}",
        _ => $"{contract}.{function.Name}({string.Join(", ", a.Select(p => $"{p.Key}: {p.Value}"))})",
    };

    private string Named(string address) => chain.NameOf(address) ?? address;

    private static string Format(Parameter parameter, object? value)
    {
        var name = parameter.Name.ToLowerInvariant();
        return value switch
        {
            BigInteger amount when name is "value" or "amount" or "budget" => Tokens(amount),
            BigInteger number when name is "windowstart" or "windowend" =>
                DateTimeOffset.FromUnixTimeSeconds((long)number).ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture),
            byte[] bytes when parameter.Type == "bytes32" && Roles.TryGetValue(bytes.ToHex(), out var role) => role,
            byte[] bytes => bytes.ToHex(true),
            BigInteger number => number.ToString(CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };
    }

    /// <summary>An 18-decimal amount in whole tokens, exact (no rounding).</summary>
    public static string Tokens(BigInteger units) => TokenAmount.Format(units) + " GRW";
}
