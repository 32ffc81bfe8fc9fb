using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovernanceRewards.Host.Access;

/// <summary>The authorization policies endpoints ask for, by what a caller wants to do.</summary>
internal static class AccessPolicies
{
    public const string Relay = "relay ballots";

    public const string Dashboard = "see the jobs dashboard";

    public const string Evidence = "upload evidence";
}

/// <summary>
/// Authenticates a request by its API key, taken from <c>X-Api-Key</c>, <c>Authorization: Bearer</c>, or the password
/// of <c>Authorization: Basic</c> (so a browser can open the dashboard with its own login prompt). The roles of the
/// key become the caller's roles. Unauthenticated and forbidden answers are problem+json.
/// </summary>
internal sealed partial class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory loggers, UrlEncoder encoder, ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggers, encoder)
{
    public const string SchemeName = "ApiKey";

    public const string Header = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Presented(Request) is not { } presented) return AuthenticateResult.NoResult();
        if (await keys.FindAsync(presented, Context.RequestAborted) is not { } key)
        {
            // The key itself is never logged; its id part could be a secret pasted in the wrong place, so neither is it.
            RefusedKey(Logger, Context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            return AuthenticateResult.Fail("the API key is unknown or revoked");
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, key.Name), new Claim("api_key_id", key.Id), .. key.Roles.Select(r => new Claim(ClaimTypes.Role, r))],
            SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer, Basic realm=\"govrewards\", charset=\"UTF-8\"";
        await Results.Problem(statusCode: 401, title: "Unauthorized",
            detail: $"this needs an API key (header {Header}, or Authorization: Bearer); `govrewards api-key create` makes one").ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        await Results.Problem(statusCode: 403, title: "Forbidden",
            detail: $"the API key '{Context.User.Identity?.Name}' lacks the role for this").ExecuteAsync(Context);

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue(Header, out var header) && !string.IsNullOrWhiteSpace(header)) return header.ToString().Trim();
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var authorization) || authorization.Parameter is null) return null;
        if (authorization.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)) return authorization.Parameter.Trim();
        if (!authorization.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            var credentials = Encoding.UTF8.GetString(Convert.FromBase64String(authorization.Parameter));
            return credentials[(credentials.IndexOf(':', StringComparison.Ordinal) + 1)..];
        }
        catch (FormatException)
        {
            return null;
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Refused an unknown or revoked API key from {Remote}")]
    private static partial void RefusedKey(ILogger logger, string remote);
}

/// <summary>Wires API keys into the host: authentication, the policies, and the jobs dashboard behind them.</summary>
internal static class AccessRegistration
{
    public const string DashboardPath = "/hangfire";

    public static IServiceCollection AddApiKeyAccess(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeyStore>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.Relay, p => p.RequireRole(AccessRoles.Relay, AccessRoles.Operator))
            .AddPolicy(AccessPolicies.Evidence, p => p.RequireRole(AccessRoles.Attester, AccessRoles.Operator))
            .AddPolicy(AccessPolicies.Dashboard, p => p.RequireRole(AccessRoles.Viewer, AccessRoles.Operator));
        return services;
    }

    /// <summary>Hangfire's dashboard at <c>/hangfire</c>: viewers see it read-only; only operators retry, delete or trigger.</summary>
    public static IEndpointConventionBuilder MapJobsDashboard(this IEndpointRouteBuilder app) =>
        app.MapHangfireDashboardWithAuthorizationPolicy(AccessPolicies.Dashboard, DashboardPath, new DashboardOptions
        {
            // The policy above is the gate; Hangfire's default filter would also refuse every non-local request.
            Authorization = [],
            IsReadOnlyFunc = context => !context.GetHttpContext().User.IsInRole(AccessRoles.Operator),
            DisplayStorageConnectionString = false,
            // The host registers ASP.NET's antiforgery (for the portal), which Hangfire would then demand of every dashboard
            // write, CLI and scripts included; its writes are guarded by the same-origin check (WebHardening) instead.
            IgnoreAntiforgeryToken = true,
            DashboardTitle = "GovernanceRewards jobs",
        });
}
