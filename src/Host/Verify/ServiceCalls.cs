using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Host.Verify;

/// <summary>
/// One HTTP exchange with a verification service, asked again after a pause while the service says it is rate limited
/// (HTTP 429, or Etherscan's "Max rate limit reached" in a 200). A service that cannot be reached or fails with a
/// server error stops the run: nothing it answers then says anything about a contract.
/// </summary>
internal sealed class ServiceCalls(HttpClient http, TimeSpan pause, ILogger logger)
{
    public TimeSpan Pause => pause;

    /// <summary>Sends a fresh request from <paramref name="request"/> until the answer is not a rate limit.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(
        string service, Func<HttpRequestMessage> request, Func<JsonElement, bool> isRateLimit, CancellationToken cancellationToken)
    {
        while (true)
        {
            HttpResponseMessage response;
            try
            {
                using var message = request();
                response = await http.SendAsync(message, cancellationToken);
            }
            catch (HttpRequestException e)
            {
                throw new VerificationServiceException($"{service} cannot be reached: {e.Message}", e);
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new VerificationServiceException($"{service} did not answer within {http.Timeout.TotalSeconds:0} s", e);
            }
            using (response)
            {
                if ((int)response.StatusCode >= 500)
                {
                    throw new VerificationServiceException($"{service} failed with HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
                }
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                JsonElement body;
                try
                {
                    body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
                }
                catch (JsonException)
                {
                    throw new VerificationServiceException(
                        $"{service} answered HTTP {(int)response.StatusCode} with something other than JSON: {Excerpt(text)}");
                }
                if (response.StatusCode != HttpStatusCode.TooManyRequests && (body.ValueKind == JsonValueKind.Undefined || !isRateLimit(body)))
                {
                    return (response.StatusCode, body);
                }
            }
            Log.RateLimited(logger, service, pause);
            await Task.Delay(pause, cancellationToken);
        }
    }

    private static string Excerpt(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
