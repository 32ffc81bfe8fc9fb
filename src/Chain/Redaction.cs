using System.Text.RegularExpressions;

namespace GovernanceRewards.Chain;

/// <summary>
/// Masks the credentials an RPC URL or a connection string may carry before it is logged or shown: the user and
/// password of a URL, keys that providers put in the path (Infura's <c>/v3/KEY</c>, Alchemy's <c>/v2/KEY</c>) or the
/// query (<c>?apikey=</c>), and a connection string's <c>Password=</c>. Works on whole messages too, so an exception
/// text that quotes a URL can be passed as it is.
/// </summary>
public static partial class Redaction
{
    public const string Mask = "***";

    // AbsoluteUri keeps percent-escapes: ToString would decode a password's %40 into an '@' that ends the masked part.
    public static string Redact(Uri url) => Redact(url.IsAbsoluteUri ? url.AbsoluteUri : url.OriginalString);

    public static string Redact(string text)
    {
        text = UserInfo().Replace(text, Mask + "@");
        text = SecretQueryValue().Replace(text, m => m.Groups["name"].Value + Mask);
        text = KeyLikePathSegment().Replace(text, Mask);
        return ConnectionStringPassword().Replace(text, m => m.Groups["name"].Value + Mask);
    }

    [GeneratedRegex(@"(?<=://)[^/?#@\s]+@")]
    private static partial Regex UserInfo();

    [GeneratedRegex(@"(?<name>[?&][^=&#\s]*(?:key|token|secret|pass|auth|sig)[^=&#\s]*=)[^&#\s]*", RegexOptions.IgnoreCase)]
    private static partial Regex SecretQueryValue();

    /// <summary>
    /// In a URL's path, a long run of letters and digits mixing both is a key, not a route: provider keys are 20 to 64
    /// characters, route names such as <c>eth-mainnet</c> or <c>v3</c> are short or have no digit. File paths in a
    /// message are left alone (only segments after <c>scheme://host</c> are looked at).
    /// </summary>
    [GeneratedRegex(@"(?<=[A-Za-z][A-Za-z0-9+.-]*://[^\s/?#]+(?:/[^\s/?#]*)*/)(?=[A-Za-z_-]*[0-9])(?=[0-9_-]*[A-Za-z])[A-Za-z0-9_-]{16,}(?=[/?#\s'""]|$)")]
    private static partial Regex KeyLikePathSegment();

    [GeneratedRegex(@"(?<name>(?:^|;)\s*(?:password|pwd)\s*=\s*)(?:""[^""]*""|'[^']*'|[^;]*)", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringPassword();
}
