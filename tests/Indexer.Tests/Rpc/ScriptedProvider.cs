using System.Net;

namespace GovernanceRewards.Indexer.Tests.Rpc;

/// <summary>An RPC provider that answers each request with the next scripted answer and keeps the bodies it got.</summary>
internal sealed class ScriptedProvider(params Func<CancellationToken, Task<HttpResponseMessage>>[] answers) : HttpMessageHandler
{
    private int _next;

    public List<string> Bodies { get; } = [];

    public static Task<HttpResponseMessage> Answer(HttpStatusCode status, string body = "", TimeSpan? retryAfter = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body) };
        if (retryAfter is { } wait) response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
        return Task.FromResult(response);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Bodies.Add(await request.Content!.ReadAsStringAsync(cancellationToken));
        return await answers[_next++](cancellationToken);
    }
}
