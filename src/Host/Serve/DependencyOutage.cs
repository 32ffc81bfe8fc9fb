using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nethereum.JsonRpc.Client;
using Npgsql;

namespace GovernanceRewards.Host.Serve;

/// <summary>
/// A database or RPC that is down or does not answer is the operator's outage, not the caller's mistake nor a bug:
/// the caller gets 503 with <c>Retry-After</c>, within the request's deadline, instead of a 500 or a hang.
/// </summary>
internal static partial class DependencyOutage
{
    /// <summary>What a caller is told to wait before asking again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Every request has <paramref name="deadline"/>: its token is cancelled then, the database command or RPC call it
    /// waits on gives up, and the caller gets 503.
    /// </summary>
    public static IServiceCollection AddDependencyOutageAnswers(this IServiceCollection services, TimeSpan deadline)
    {
        services.AddExceptionHandler<OutageHandler>();
        return services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = deadline,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = context => WriteAsync(context, $"no answer within {deadline.TotalSeconds:0} s"),
        });
    }

    /// <summary>The part that did not answer, or null when <paramref name="error"/> is not an outage.</summary>
    public static string? Unavailable(Exception error) => error switch
    {
        // A command started on a connection still busy is this host's bug, not the database's outage.
        NpgsqlOperationInProgressException => null,
        PostgresException postgres => postgres.IsTransient ? "the database" : null,
        NpgsqlException => "the database",
        RpcClientTimeoutException or RpcClientUnknownException or HttpRequestException => "the chain's RPC",
        TimeoutException or SocketException => "a dependency",
        _ when error.InnerException is { } inner => Unavailable(inner),
        _ => null,
    };

    private static Task WriteAsync(HttpContext context, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = "Temporarily unavailable", Detail = detail },
        }).AsTask();
    }

    private sealed partial class OutageHandler(ILogger<OutageHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            // A caller that hung up needs no answer, and its hanging up is no outage.
            if (httpContext.RequestAborted.IsCancellationRequested || Unavailable(exception) is not { } part) return false;
            Answered(logger, httpContext.Request.Path, part, exception.GetBaseException().Message);
            await WriteAsync(httpContext, $"{part} is not answering; try again shortly");
            return true;
        }

        [LoggerMessage(1, LogLevel.Warning, "{Path} answered 503: {Part} is not answering ({Reason})")]
        private static partial void Answered(ILogger logger, string path, string part, string reason);
    }
}
