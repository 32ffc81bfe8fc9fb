using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovernanceRewards.Chain.Deployment;

namespace GovernanceRewards.Host.Cli;

/// <summary>How the CLI reads from and posts to a running <c>govrewards serve</c>.</summary>
internal static class ApiClient
{
    /// <summary>The API's JSON: camelCase, amounts as decimal strings, states by name.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new ManifestJson.BigIntegerStringConverter(), new JsonStringEnumConverter() },
    };

    public static Uri Url(string text) =>
        Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var url) ? url : throw new CliException($"--api must be a URL, not '{text}'");

    public static async Task<T> GetAsync<T>(string api, string path, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Url(api) };
        var response = await SendAsync(api, () => http.GetAsync(path, cancellationToken));
        if (!response.IsSuccessStatusCode) throw new CliException(await ProblemAsync(response, cancellationToken));
        return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
    }

    /// <summary>Like <see cref="GetAsync{T}"/>, but null when the API answers 404 (not there yet, for a caller that waits).</summary>
    public static async Task<T?> FindAsync<T>(string api, string path, CancellationToken cancellationToken)
        where T : class
    {
        using var http = new HttpClient { BaseAddress = Url(api) };
        var response = await SendAsync(api, () => http.GetAsync(path, cancellationToken));
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return null;
        if (!response.IsSuccessStatusCode) throw new CliException(await ProblemAsync(response, cancellationToken));
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
    }

    /// <summary>Environment variable the CLI reads an API key from when <c>--api-key</c> is not given.</summary>
    public const string ApiKeyVariable = "GOVREWARDS_API_KEY";

    public static async Task<TResult> PostAsync<TBody, TResult>(
        string api, string path, TBody body, string? apiKey, string refused, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Url(api) };
        if (apiKey is not null) http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        var response = await SendAsync(api, () => http.PostAsJsonAsync(path, body, Json, cancellationToken));
        if (!response.IsSuccessStatusCode) throw new CliException($"{refused}: {await ProblemAsync(response, cancellationToken)}");
        return (await response.Content.ReadFromJsonAsync<TResult>(Json, cancellationToken))!;
    }

    /// <summary>POSTs <paramref name="content"/> as the raw body (a file, not JSON).</summary>
    public static async Task<TResult> PostBytesAsync<TResult>(
        string api, string path, Stream content, string contentType, string? apiKey, string refused, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Url(api), Timeout = Timeout.InfiniteTimeSpan };
        if (apiKey is not null) http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        using var body = new StreamContent(content);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        var response = await SendAsync(api, () => http.PostAsync(path, body, cancellationToken));
        if (!response.IsSuccessStatusCode) throw new CliException($"{refused}: {await ProblemAsync(response, cancellationToken)}");
        return (await response.Content.ReadFromJsonAsync<TResult>(Json, cancellationToken))!;
    }

    private static async Task<HttpResponseMessage> SendAsync(string api, Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            return await send();
        }
        catch (HttpRequestException e)
        {
            throw new CliException($"cannot reach the API at {api} ({e.Message}); is `govrewards serve` running?");
        }
    }

    /// <summary>The one line a problem+json answer boils down to: its field errors, else its detail.</summary>
    private static async Task<string> ProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var problem = JsonDocument.Parse(text);
            var root = problem.RootElement;
            if (root.TryGetProperty("errors", out var errors)) return string.Join("; ", errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray().Select(m => m.GetString())));
            return root.TryGetProperty("detail", out var detail) ? detail.GetString()! : $"{(int)response.StatusCode} {root.GetProperty("title").GetString()}";
        }
        catch (JsonException)
        {
            return $"{(int)response.StatusCode} {response.ReasonPhrase}";
        }
    }
}
