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
        || path == "/portal.css";

    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddSingleton<ProposalMarkdown>();
        services.AddHttpContextAccessor();
        services.AddScoped<PortalViewer>();
        return services;
    }

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder app)
    {
        app.MapRazorComponents<PortalApp>();
        // The layout's lookup form, which works without script: an address becomes its page's address.
        app.MapGet("/accounts", (string? address) => Nethereum.Util.AddressUtil.Current.IsValidEthereumAddressHexFormat(address ?? "")
            ? Results.Redirect($"/accounts/{address!.ToLowerInvariant()}")
            : Results.Redirect("/not-found")).ExcludeFromDescription();
        app.MapGet("/portal.css", () => TypedResults.Stream(
            typeof(PortalSlice).Assembly.GetManifestResourceStream("portal.css")!, "text/css")).ExcludeFromDescription();
        return app;
    }
}
