using System.Globalization;
using System.Numerics;

namespace GovernanceRewards.Portal;

/// <summary>Token amounts in whole tokens for people: exact (every decimal the amount has), grouped by thousands.</summary>
public static class TokenAmount
{
    private static readonly BigInteger Unit = BigInteger.Pow(10, 18);

    public static string Format(BigInteger amount)
    {
        var negative = amount.Sign < 0;
        var whole = BigInteger.DivRem(BigInteger.Abs(amount), Unit, out var fraction);
        var text = whole.ToString("N0", CultureInfo.InvariantCulture);
        if (!fraction.IsZero) text += "." + fraction.ToString(CultureInfo.InvariantCulture).PadLeft(18, '0').TrimEnd('0');
        return negative ? "-" + text : text;
    }
}
