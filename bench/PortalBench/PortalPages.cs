using System.Globalization;
using System.Net;
using System.Reflection;
using GovernanceRewards.Portal;
using Microsoft.AspNetCore.Components;

namespace GovernanceRewards.PortalBench;

/// <summary>
/// A page measured: the route template of the component it renders (<c>@page</c>), a name for the report, the path of
/// its <c>n</c>-th request and the status it must answer.
/// </summary>
internal sealed record PortalPage(string Route, string Name, Func<int, string> Path, HttpStatusCode Status = HttpStatusCode.OK);

/// <summary>
/// The pages the benchmark asks for. To measure a new page, add a line here with its route template; a page of the
/// portal that no line covers is named in the report as not measured.
/// </summary>
internal static class PortalPages
{
    public static IReadOnlyList<PortalPage> Of(SeededPortal seeded)
    {
        var random = new Random(11);
        var accounts = Enumerable.Range(0, 1_000).Select(_ => seeded.Accounts[random.Next(seeded.Accounts.Count)]).ToArray();
        return
        [
            new("/", "overview", _ => "/"),
            new("/proposals", "proposals, all (newest 100)", _ => "/proposals"),
            new("/proposals", "proposals, active", _ => "/proposals?state=active"),
            new("/proposals", "proposals, executed (newest 100)", _ => "/proposals?state=executed"),
            new("/proposals/{Id}", Invariant($"proposal {seeded.OldProposal} (executed, {seeded.OldVotes} votes)"), _ => $"/proposals/{seeded.OldProposal}"),
            new("/proposals/{Id}", Invariant($"proposal {seeded.RecentProposal} (active, {seeded.RecentVotes} votes)"), _ => $"/proposals/{seeded.RecentProposal}"),
            new("/accounts/{Address}", "account with a long history", _ => $"/accounts/{seeded.Account}"),
            new("/accounts/{Address}", "accounts of the epoch, a random one each time", n => $"/accounts/{accounts[n % accounts.Length]}"),
            // The not-found page as people reach it: a proposal the indexer has not seen.
            new("/not-found", "not found (an unknown proposal)", _ => "/proposals/99999999", HttpStatusCode.NotFound),
        ];
    }

    /// <summary>Route templates of the portal's pages that none of <paramref name="pages"/> asks for.</summary>
    public static IReadOnlyList<string> NotMeasured(IReadOnlyList<PortalPage> pages) =>
        [.. typeof(PortalSlice).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .Where(template => pages.All(p => !string.Equals(p.Route, template, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
