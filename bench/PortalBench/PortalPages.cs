using System.Globalization;
using System.Net;
using System.Reflection;
using GovernanceRewards.Portal;
using Microsoft.AspNetCore.Components;

namespace GovernanceRewards.PortalBench;

/// <summary>
/// A page measured: the route template of the component it renders (<c>@page</c>), a name for the report, the path of
/// its <c>n</c>-th request, the status it must answer, text it must hold (a page that renders less is an error, not a
/// fast page), and the connected viewer the wallet module's cookie names (the pages then add their "you" sections).
/// </summary>
internal sealed record PortalPage(
    string Route, string Name, Func<int, string> Path, string Holds, HttpStatusCode Status = HttpStatusCode.OK,
    string? Viewer = null);

/// <summary>
/// The pages the benchmark asks for. To measure a new page, add a line here with its route template; a page of the
/// portal that no line covers is named in the report as not measured.
/// </summary>
internal static class PortalPages
{
    public static IReadOnlyList<PortalPage> Of(SeededPortal seeded)
    {
        var random = new Random(11);
        var accounts = Enumerable.Range(0, 1_000)
            .Select(_ => seeded.Accounts[random.Next(seeded.Accounts.Count)]).ToArray();
        var (account, old, recent) = (seeded.Account, seeded.OldProposal, seeded.RecentProposal);
        return
        [
            new("/", "overview", _ => "/", "Active proposals"),
            new("/", "overview, to the account's connected wallet", _ => "/", "id=\"you\"", Viewer: account),
            new("/proposals", "proposals, all (newest 100)", _ => "/proposals",
                Invariant($"{seeded.Proposals} proposal(s)")),
            new("/proposals", "proposals, active", _ => "/proposals?state=active", "20 proposal(s)"),
            new("/proposals", "proposals, executed (newest 100)", _ => "/proposals?state=executed", "proposal(s)"),
            new("/proposals/{Id}", Invariant($"proposal {old} (executed, {seeded.OldVotes} votes)"),
                _ => $"/proposals/{old}", "id=\"votes\""),
            new("/proposals/{Id}", Invariant($"proposal {recent} (active, {seeded.RecentVotes} votes)"),
                _ => $"/proposals/{recent}", "id=\"votes\""),
            new("/proposals/{Id}", Invariant($"proposal {recent}, to a connected voter"),
                _ => $"/proposals/{recent}", "You voted", Viewer: account),
            new("/accounts/{Address}", "account with a long history",
                _ => $"/accounts/{account}", "id=\"contributions\""),
            new("/accounts/{Address}", "accounts of the epoch, a random one each time",
                n => $"/accounts/{accounts[n % accounts.Length]}", "id=\"stake\""),
            new("/accounts/{Address}/contributions", "contributions of the account, newest 100 of 5,001",
                _ => $"/accounts/{account}/contributions", "after="),
            new("/accounts/{Address}/contributions", "contributions of the account, an older page",
                _ => $"/accounts/{account}/contributions?after=1000002500", "after="),
            new("/reward-epochs", "reward epochs", _ => "/reward-epochs", "/reward-epochs/1"),
            new("/reward-epochs/{Number}", Invariant($"reward epoch 1 ({seeded.Leaves:N0} leaves)"),
                _ => "/reward-epochs/1", "id=\"verify\""),
            // The not-found page as people reach it: a proposal the indexer has not seen.
            new("/not-found", "not found (an unknown proposal)",
                _ => "/proposals/99999999", "Not found", HttpStatusCode.NotFound),
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
