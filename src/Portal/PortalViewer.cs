using Microsoft.AspNetCore.Http;
using Nethereum.Util;

namespace GovernanceRewards.Portal;

/// <summary>
/// Who is reading: the address the wallet module remembers in the <c>portal-account</c> cookie when a wallet connects
/// (it removes the cookie on disconnect). It is only a preference that adds "you" sections to public pages, never a
/// login: anyone may name any address. A missing or malformed cookie means no viewer, and the pages read as without it.
/// </summary>
public sealed class PortalViewer(IHttpContextAccessor accessor)
{
    public const string CookieName = "portal-account";

    private string? _account;
    private bool _read;

    /// <summary>The viewer's address in lower case, or null when there is none.</summary>
    public string? Account
    {
        get
        {
            if (!_read) (_account, _read) = (Parse(accessor.HttpContext?.Request.Cookies[CookieName]), true);
            return _account;
        }
    }

    /// <summary>The address a cookie value names (0x and 40 hex digits, any case), lower-cased; null for anything else.</summary>
    public static string? Parse(string? value) =>
        value is { Length: 42 } && AddressUtil.Current.IsValidEthereumAddressHexFormat(value) ? value.ToLowerInvariant() : null;
}
