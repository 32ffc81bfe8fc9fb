using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace GovernanceRewards.Portal;

/// <summary>Statuses of pages that say themselves what went wrong.</summary>
public static class PageStatus
{
    /// <summary>
    /// Answers <paramref name="status"/> with the page's own explanation: the host's status-code pages would replace it
    /// with the API's problem+json.
    /// </summary>
    public static void Refuse(HttpContext? context, int status)
    {
        if (context is null) return;
        context.Response.StatusCode = status;
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
    }
}
