using System.Globalization;
using System.Numerics;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.JsonRpc.Client;

namespace GovernanceRewards.Chain;

/// <summary>Turns a failed call or transaction into a sentence naming the contract's custom error and its values.</summary>
public static class RevertReason
{
    /// <summary>The decoded reason, or null when the exception is not a revert.</summary>
    public static string? Describe(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SmartContractCustomErrorRevertException custom:
                    return Decode(custom.ExceptionEncodedData);
                case SmartContractRevertException revert:
                    return $"reverted: {revert.RevertMessage}";
                case RpcResponseException rpc when rpc.RpcError?.Data is { } data && data.ToString() is { Length: >= 10 } hex
                                                   && hex.StartsWith("0x", StringComparison.Ordinal):
                    return Decode(hex);
            }
        }
        return null;
    }

    /// <summary>Decodes revert data (selector + ABI-encoded arguments) against every contract's errors.</summary>
    public static string Decode(string revertData)
    {
        var data = revertData.StartsWith("0x", StringComparison.Ordinal) ? revertData : "0x" + revertData;
        if (data.Length < 10) return "reverted without a reason";
        var selector = data[..10].ToLowerInvariant();
        if (!ContractArtifacts.Current.ErrorsBySelector.TryGetValue(selector, out var error))
        {
            return $"reverted with unknown error {selector}";
        }
        var values = new ParameterDecoder().DecodeDefaultData(data[10..].HexToByteArray(), error.InputParameters);
        var arguments = values.Select(v => $"{v.Parameter.Name}={Format(v.Result)}");
        return $"{error.Name}({string.Join(", ", arguments)})";
    }

    private static string Format(object? value) => value switch
    {
        byte[] bytes => bytes.ToHex(true),
        BigInteger number => number.ToString(CultureInfo.InvariantCulture),
        null => "null",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
