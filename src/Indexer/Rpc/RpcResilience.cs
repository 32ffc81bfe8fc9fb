using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace GovernanceRewards.Indexer.Rpc;

/// <summary>
/// Retries what a public RPC provider does now and then: a rate limit (429, waiting what <c>Retry-After</c> asks), a
/// gateway that is briefly down (502, 503, 504), a dropped connection or a request that hangs (each attempt is cut at
/// <see cref="RpcResilienceOptions.AttemptTimeout"/>). The indexer only reads, so a retried call changes nothing on
/// chain. What outlasts the retries fails the indexer's step, which backs off and reports it in the log and in /health.
/// </summary>
public sealed class RpcResilienceHandler : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public RpcResilienceHandler(RpcResilienceOptions options)
        : this(options, new SocketsHttpHandler())
    {
    }

    /// <summary>The same pipeline over another handler (the tests script the provider's answers with one).</summary>
    internal RpcResilienceHandler(RpcResilienceOptions options, HttpMessageHandler inner)
        : base(inner) => _pipeline = Build(options);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The body is read once per attempt, so it is buffered first.
        if (request.Content is not null) await request.Content.LoadIntoBufferAsync(cancellationToken);
        return await _pipeline.ExecuteAsync(async token => await base.SendAsync(request, token), cancellationToken);
    }

    private static ResiliencePipeline<HttpResponseMessage> Build(RpcResilienceOptions options) =>
        new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.Retries,
                Delay = options.FirstDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => r.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
                        or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout),
                DelayGenerator = attempt => ValueTask.FromResult(
                    attempt.Outcome.Result?.Headers.RetryAfter?.Delta is { } wait && wait <= options.LongestRetryAfter ? wait : (TimeSpan?)null),
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
}

public sealed record RpcResilienceOptions
{
    public int Retries { get; init; } = 4;

    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A provider's Retry-After beyond this is not waited out here; the step's own backoff takes over.</summary>
    public TimeSpan LongestRetryAfter { get; init; } = TimeSpan.FromSeconds(10);
}
