using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Governance.Voting;
using GovernanceRewards.Portal.Components;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceRewards.Portal;

/// <summary>
/// The portal's wiring: pages rendered on the server from the slices' read models (reading needs no JavaScript), over
/// the services the governance and rewards slices register.
/// </summary>
public static class PortalSlice
{
    /// <summary>Paths of the portal's pages, for the host's page policies (the API's paths are not among them).</summary>
    public static bool IsPortalPage(PathString path) =>
        path == "/" || path.StartsWithSegments("/proposals") || path.StartsWithSegments("/accounts") || path.StartsWithSegments("/reward-epochs")
        || path == "/not-found" || path == "/portal.css" || path == "/portal.js";

    public static IServiceCollection AddPortal(this IServiceCollection services, PortalSettings settings)
    {
        services.AddRazorComponents();
        services.AddSingleton<ProposalMarkdown>();
        services.AddSingleton<PortalAssets>();
        services.AddSingleton(sp =>
        {
            var chain = sp.GetRequiredService<SuiteChain>();
            return new PortalChain(chain.ChainId, settings.ChainName ?? $"Chain {chain.ChainId}", settings.PublicRpcUrl?.AbsoluteUri,
                settings.ExplorerUrl?.AbsoluteUri, chain.GovernorAddress, chain.TokenAddress, chain.DistributorAddress, chain.PoolAddress);
        });
        services.AddHttpContextAccessor();
        services.AddScoped<PortalViewer>();
        return services;
    }

    /// <summary>
    /// Pages are rendered for the viewer in the <c>portal-account</c> cookie: no shared cache may keep one viewer's page
    /// for another, and a browser asks again rather than show a stale tally. (The static files set their own caching.)
    /// </summary>
    public static IApplicationBuilder UsePortalPages(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.Headers.CacheControl = "private, no-cache";
        context.Response.Headers.Vary = "Cookie";
        return next(context);
    });

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder app)
    {
        app.MapRazorComponents<PortalApp>();
        // The layout's lookup form, which works without script: whatever was typed becomes its page's address, where an
        // address shows and anything else answers 404 with the not-found page.
        app.MapGet("/accounts", (string? address) => string.IsNullOrWhiteSpace(address)
            ? Results.Redirect("/")
            : Results.Redirect($"/accounts/{Uri.EscapeDataString(address.Trim().ToLowerInvariant())}")).ExcludeFromDescription();
        var assets = app.ServiceProvider.GetRequiredService<PortalAssets>();
        foreach (var path in assets.Paths) app.MapGet(path, assets.Serve).ExcludeFromDescription();
        // Signed ballots from the vote form: the portal's server side relays them, so the browser needs no API key.
        app.MapOpenVoteRelay();
        return app;
    }
}
