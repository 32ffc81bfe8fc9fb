using GovernanceRewards.Host.Access;
using GovernanceRewards.Rewards.Contributions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Host.Serve;

/// <summary>Limits of the HTTP surface that an operator may tune.</summary>
internal sealed class WebHardeningOptions
{
    /// <summary>A ballot is under 1 KiB and a dashboard form a few; nothing the API accepts comes near 64 KiB.</summary>
    public const long DefaultMaxRequestBodyBytes = 64 * 1024;

    public long MaxRequestBodyBytes { get; init; } = DefaultMaxRequestBodyBytes;

    /// <summary>Evidence files (datasets, models, results) are the one body that is a file, not a message.</summary>
    public const long DefaultMaxEvidenceBytes = 32 * 1024 * 1024;

    public long MaxEvidenceBytes { get; init; } = DefaultMaxEvidenceBytes;

    /// <summary>The most <paramref name="request"/> may send: an evidence upload's limit, else every request's.</summary>
    public long LimitFor(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals(EvidenceEndpoints.Path, StringComparison.OrdinalIgnoreCase)
            ? MaxEvidenceBytes
            : MaxRequestBodyBytes;
}

/// <summary>
/// What every answer of the host carries and what every request is held to: security headers (no sniffing, no
/// referrer, never framed, a content policy), a body limit answered with 413 whatever serves the host (Kestrel, or the
/// tests' in-memory server, which has no limit of its own), and same-origin writes on the jobs dashboard, whose
/// browser login (Basic) a page on another site could otherwise ride to trigger or remove jobs.
/// </summary>
internal static partial class WebHardening
{
    /// <summary>
    /// The middleware goes first in the pipeline (a startup filter), so it also covers the answers of the exception
    /// handler, of authentication and of status code pages.
    /// </summary>
    public static IServiceCollection AddWebHardening(this IServiceCollection services, WebHardeningOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<IStartupFilter, First>();
        // Kestrel (and the limited body below) throw BadHttpRequestException while the endpoint reads; without this the
        // exception handler would answer 500.
        services.AddExceptionHandler<BadRequestAnswer>();
        return services;
    }

    private sealed class First : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseMiddleware<Middleware>();
            next(app);
        };
    }

    /// <summary>For answers that are data: nothing in them may run, load or be framed.</summary>
    private const string DataPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>Hangfire's pages load their one script and their styles from the dashboard itself.</summary>
    private const string DashboardPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Scalar's page starts its bundle (served from the package) with an inline module, and the bundle renders schema
    /// examples with <c>new Function</c>; its fonts fall back to the system's rather than come from Scalar's CDN.
    /// </summary>
    private const string ScalarPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
        + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The portal's pages: their own stylesheet and wallet module, requests to their own host (the relay, the pages
    /// themselves), nothing inline and nothing from anywhere else. Wallets reach the chain from their own context.
    /// </summary>
    private const string PortalPolicy = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        + "base-uri 'none'; frame-ancestors 'none'";

    /// <summary>Where <c>MapScalarApiReference</c> serves its page by default.</summary>
    private const string ScalarPath = "/scalar";

    private sealed partial class Middleware(RequestDelegate next, WebHardeningOptions options, ILogger<Middleware> logger)
    {
        public async Task InvokeAsync(HttpContext context)
        {
            // Chosen now: the dashboard moves its prefix into PathBase while it answers.
            var path = context.Request.Path;
            var policy = path.StartsWithSegments(AccessRegistration.DashboardPath, StringComparison.OrdinalIgnoreCase) ? DashboardPolicy
                : path.StartsWithSegments(ScalarPath, StringComparison.OrdinalIgnoreCase) ? ScalarPolicy
                : Portal.PortalSlice.IsPortalPage(path) ? PortalPolicy
                : DataPolicy;
            context.Response.OnStarting(() => AddHeaders(context.Response.Headers, policy));
            if (CrossSiteDashboardWrite(context.Request) is { } refusal)
            {
                CrossSiteRefused(logger, context.Request.Method, context.Request.Path, refusal);
                await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Cross-site request refused",
                    detail: $"the jobs dashboard only takes writes from its own pages: {refusal}").ExecuteAsync(context);
                return;
            }
            var limit = options.LimitFor(context.Request);
            if (context.Request.ContentLength > limit)
            {
                // Answered before reading a byte of it.
                await TooLarge(limit).ExecuteAsync(context);
                return;
            }
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
            {
                server.MaxRequestBodySize = limit;
            }
            else if (context.Request.ContentLength is null)
            {
                context.Request.Body = new LimitedBody(context.Request.Body, limit);
            }
            await next(context);
        }

        private static Task AddHeaders(IHeaderDictionary headers, string policy)
        {
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // Not "no-referrer": under it browsers send "Origin: null" on the dashboard's own same-origin POSTs.
            headers["Referrer-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = policy;
            return Task.CompletedTask;
        }

        /// <summary>
        /// Why a write to the dashboard is not from its own pages, or null when it is. Browsers send <c>Origin</c> on
        /// every cross-origin POST and <c>Sec-Fetch-Site</c> on every request, so a forged form always shows one of
        /// them; a request with neither comes from a script or a CLI, which cannot ride a browser's login.
        /// </summary>
        private static string? CrossSiteDashboardWrite(HttpRequest request)
        {
            if (!request.Path.StartsWithSegments(AccessRegistration.DashboardPath, StringComparison.OrdinalIgnoreCase)) return null;
            var method = request.Method;
            if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)) return null;
            var site = request.Headers["Sec-Fetch-Site"].ToString();
            // A browser that says where the request comes from is believed on that alone: behind a proxy ending TLS the
            // host's own scheme is not the one the browser sees, and Origin may be "null" on same-origin requests.
            if (site.Length > 0) return site is "same-origin" or "none" ? null : $"Sec-Fetch-Site is '{site}'";
            var origin = request.Headers.Origin.ToString();
            var own = $"{request.Scheme}://{request.Host}";
            return origin.Length > 0 && !origin.Equals(own, StringComparison.OrdinalIgnoreCase)
                ? $"Origin '{origin}' is not {own}"
                : null;
        }

        [LoggerMessage(1, LogLevel.Warning, "Refused a cross-site {Method} {Path}: {Reason}")]
        private static partial void CrossSiteRefused(ILogger logger, string method, string path, string reason);
    }

    private static IResult TooLarge(long limit) => Results.ValidationProblem(
        new Dictionary<string, string[]> { ["body"] = [$"the request body is over {limit} bytes, the most this host takes"] },
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large");

    /// <summary>Answers the request errors servers raise while a body is read (too large, too slow) with their own status.</summary>
    private sealed class BadRequestAnswer(WebHardeningOptions options) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException bad) return false;
            var answer = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge(options.LimitFor(context.Request))
                : Results.Problem(statusCode: bad.StatusCode, title: "Bad request", detail: bad.Message);
            await answer.ExecuteAsync(context);
            return true;
        }
    }

    /// <summary>A body of unannounced length, cut at the limit: reading past it fails as Kestrel's own limit does.</summary>
    private sealed class LimitedBody(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int read)
        {
            _read += read;
            return _read > limit
                ? throw new BadHttpRequestException($"the request body is over {limit} bytes", StatusCodes.Status413PayloadTooLarge)
                : read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
