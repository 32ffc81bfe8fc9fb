using System.Globalization;
using System.Net;
using System.Text.Json;

namespace GovernanceRewards.Host.Verify;

/// <summary>
/// An Etherscan-compatible explorer API (Etherscan's v2 multichain API, Blockscout's compatible one): a standard-JSON
/// submission answered with a guid, then <c>checkverifystatus</c> until it passes or fails.
/// </summary>
internal sealed class EtherscanApi(Uri endpoint, string apiKey, ulong chainId, ServiceCalls calls) : IVerificationTarget
{

    private readonly string _chainId = chainId.ToString(CultureInfo.InvariantCulture);

    public string Name => "explorer";

    public async Task<VerificationStep> SubmitAsync(VerifiableContract contract, CancellationToken cancellationToken)
    {
        var (status, result) = await CallAsync(() => new HttpRequestMessage(HttpMethod.Post, Query([]))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["chainid"] = _chainId,
                ["module"] = "contract",
                ["action"] = "verifysourcecode",
                ["apikey"] = apiKey,
                ["codeformat"] = "solidity-standard-json-input",
                ["sourceCode"] = contract.StandardJsonInput,
                ["contractaddress"] = contract.Address,
                ["contractname"] = contract.ContractIdentifier,
                ["compilerversion"] = "v" + VerifiableContract.CompilerVersion,
                // Etherscan's historic spelling, and the one Blockscout reads.
                ["constructorArguements"] = contract.ConstructorArguments,
                ["constructorArguments"] = contract.ConstructorArguments,
            }),
        }, cancellationToken);
        if (status == "1") return new VerificationStep.Queued(result);
        return result.Contains("already verified", StringComparison.OrdinalIgnoreCase)
            ? new VerificationStep.Verified(result)
            : new VerificationStep.Failed(result);
    }

    public async Task<VerificationStep> CheckAsync(string ticket, CancellationToken cancellationToken)
    {
        var (_, result) = await CallAsync(() => new HttpRequestMessage(HttpMethod.Get, Query(
            [("module", "contract"), ("action", "checkverifystatus"), ("guid", ticket), ("apikey", apiKey)])), cancellationToken);
        return result switch
        {
            _ when result.StartsWith("Pending", StringComparison.OrdinalIgnoreCase) => new VerificationStep.Pending(),
            _ when result.StartsWith("Pass", StringComparison.OrdinalIgnoreCase)
                || result.Contains("already verified", StringComparison.OrdinalIgnoreCase) => new VerificationStep.Verified(result),
            _ => new VerificationStep.Failed(result),
        };
    }

    private async Task<(string Status, string Result)> CallAsync(Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        var service = $"the explorer API at {endpoint.GetLeftPart(UriPartial.Path)}";
        HttpStatusCode http;
        JsonElement body;
        try
        {
            (http, body) = await calls.SendAsync(service, request, body => IsRateLimit(Result(body)), cancellationToken);
        }
        catch (VerificationServiceException e)
        {
            throw new VerificationServiceException(Scrub(e.Message), e.InnerException);
        }
        if (http != HttpStatusCode.OK || body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("status", out var status))
        {
            throw new VerificationServiceException(Scrub($"{service} answered HTTP {(int)http} without an API status: {body}"));
        }
        return (status.ToString(), Scrub(Result(body)));
    }

    /// <summary>
    /// "Max rate limit reached", "Max calls per sec rate limit reached (5/sec)": worth waiting for; a daily limit is not
    /// over before tomorrow, so it fails the contract (and a rerun resumes).
    /// </summary>
    private static bool IsRateLimit(string result) =>
        result.Contains("rate limit reached", StringComparison.OrdinalIgnoreCase) && !result.Contains("daily", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whatever a service echoes (a failed request, a query string) must not carry the key to the screen.</summary>
    private string Scrub(string text) => text.Replace(apiKey, "***", StringComparison.Ordinal);

    private static string Result(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("result", out var result) ? result.ToString() : "";

    /// <summary>The endpoint with <c>chainid</c> (v2 routes by it) and <paramref name="fields"/> added to its query.</summary>
    private Uri Query(IEnumerable<(string Name, string Value)> fields)
    {
        var builder = new UriBuilder(endpoint);
        var query = builder.Query.TrimStart('?');
        foreach (var (name, value) in fields.Prepend(("chainid", _chainId)))
        {
            query += (query.Length == 0 ? "" : "&") + name + "=" + Uri.EscapeDataString(value);
        }
        builder.Query = query;
        return builder.Uri;
    }
}
