using System.Globalization;
using System.Numerics;

namespace GovernanceRewards.Chain;

/// <summary>18-decimal token amounts between base units and the whole-token text people read and type, exactly.</summary>
public static class TokenAmount
{
    private static readonly BigInteger One = BigInteger.Pow(10, 18);

    /// <summary>"50,000", "0.000000000000000005": every digit kept, no rounding.</summary>
    public static string Format(BigInteger units)
    {
        var whole = BigInteger.DivRem(BigInteger.Abs(units), One, out var fraction);
        var text = (units.Sign < 0 ? "-" : "") + whole.ToString("N0", CultureInfo.InvariantCulture);
        return fraction.IsZero ? text : $"{text}.{fraction.ToString(CultureInfo.InvariantCulture).PadLeft(18, '0').TrimEnd('0')}";
    }

    /// <summary>Whole tokens with at most 18 decimals ("50000", "0.5", "1_000") to base units; null when it is not one.</summary>
    public static BigInteger? TryParse(string text)
    {
        var parts = text.Replace("_", "", StringComparison.Ordinal).Split('.');
        if (parts.Length > 2 || parts[0].Length == 0 || !parts.All(p => p.All(char.IsAsciiDigit)) || (parts.Length == 2 && parts[1].Length is 0 or > 18))
        {
            return null;
        }
        return BigInteger.Parse(parts[0] + (parts.Length == 2 ? parts[1].PadRight(18, '0') : new string('0', 18)), CultureInfo.InvariantCulture);
    }
}
