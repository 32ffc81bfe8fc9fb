using System.Globalization;

namespace GovernanceRewards.Portal;

/// <summary>Chain times (unix seconds) for people, in UTC as the chain keeps them.</summary>
public static class UnixTime
{
    public static string Format(ulong seconds) =>
        DateTimeOffset.FromUnixTimeSeconds((long)seconds).ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>A span of seconds in the largest unit that divides it: "2 minutes", "1 day", "90 seconds".</summary>
    public static string Duration(ulong seconds)
    {
        var (count, unit) = seconds switch
        {
            > 0 when seconds % 86_400 == 0 => (seconds / 86_400, "day"),
            > 0 when seconds % 3_600 == 0 => (seconds / 3_600, "hour"),
            > 0 when seconds % 60 == 0 => (seconds / 60, "minute"),
            _ => (seconds, "second"),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? "" : "s")}");
    }
}
