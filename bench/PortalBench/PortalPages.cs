using System.Globalization;
using System.Net;
using System.Reflection;
using GovernanceRewards.Portal;
using Microsoft.AspNetCore.Components;

namespace GovernanceRewards.PortalBench;

/// <summary>
/// A page measured: the route template of the component it renders (<c>@page</c>), a name for the report, the path of
/// its <c>n</c>-th request, the status it must answer, text the page must hold (so a page that renders less is an error,
/// not a fast page), and the connected viewer the wallet module's cookie names (the pages then add their "you" sections).
/// </summary>
internal sealed record PortalPage(
    string Route, string Name, Func<int, string> Path, HttpStatusCode Status = HttpStatusCode.OK, string? Holds = null, string? Viewer = null);

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
            new("/", "overview", _ => "/", Holds: "Active proposals"),
            new("/", "overview, to the account's connected wallet", _ => "/", Holds: "id=\"you\"", Viewer: seeded.Account),
            new("/proposals", "proposals, all (newest 100)", _ => "/proposals", Holds: Invariant($"{seeded.Proposals} proposal(s)")),
            new("/proposals", "proposals, active", _ => "/proposals?state=active", Holds: "20 proposal(s)"),
            new("/proposals", "proposals, executed (newest 100)", _ => "/proposals?state=executed", Holds: "proposal(s)"),
            new("/proposals/{Id}", Invariant($"proposal {seeded.OldProposal} (executed, {seeded.OldVotes} votes)"),
                _ => $"/proposals/{seeded.OldProposal}", Holds: "id=\"votes\""),
            new("/proposals/{Id}", Invariant($"proposal {seeded.RecentProposal} (active, {seeded.RecentVotes} votes)"),
                _ => $"/proposals/{seeded.RecentProposal}", Holds: "id=\"votes\""),
            new("/proposals/{Id}", Invariant($"proposal {seeded.RecentProposal}, to a connected voter"),
                _ => $"/proposals/{seeded.RecentProposal}", Holds: "You voted", Viewer: seeded.Account),
            new("/accounts/{Address}", "account with a long history", _ => $"/accounts/{seeded.Account}", Holds: "id=\"contributions\""),
            new("/accounts/{Address}", "accounts of the epoch, a random one each time",
                n => $"/accounts/{accounts[n % accounts.Length]}", Holds: "id=\"stake\""),
            new("/accounts/{Address}/contributions", "contributions of the account, newest 100 of 5,001",
                _ => $"/accounts/{seeded.Account}/contributions", Holds: "after="),
            new("/accounts/{Address}/contributions", "contributions of the account, an older page",
                _ => $"/accounts/{seeded.Account}/contributions?after=1000002500", Holds: "after="),
            new("/reward-epochs", "reward epochs", _ => "/reward-epochs", Holds: "/reward-epochs/1"),
            new("/reward-epochs/{Number}", Invariant($"reward epoch 1 ({seeded.Leaves:N0} leaves)"), _ => "/reward-epochs/1",
                Holds: "id=\"verify\""),
            // The not-found page as people reach it: a proposal the indexer has not seen.
            new("/not-found", "not found (an unknown proposal)", _ => "/proposals/99999999", HttpStatusCode.NotFound, Holds: "Not found"),
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
