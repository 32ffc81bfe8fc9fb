using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovernanceRewards.Host.Verify;

/// <summary>
/// A Sourcify server's API v2: <c>POST /v2/verify/{chainId}/{address}</c> with the standard-JSON input queues a job,
/// <c>GET /v2/verify/{verificationId}</c> tells when it is completed and how it matched.
/// </summary>
internal sealed class SourcifyApi(Uri server, ulong chainId, ServiceCalls calls) : IVerificationTarget
{
    private readonly string _service = $"the Sourcify server at {server.GetLeftPart(UriPartial.Path)}";

    public string Name => "sourcify";

    public async Task<VerificationStep> SubmitAsync(VerifiableContract contract, CancellationToken cancellationToken)
    {
        var payload = new JsonObject
        {
            ["stdJsonInput"] = JsonNode.Parse(contract.StandardJsonInput),
            ["compilerVersion"] = VerifiableContract.CompilerVersion,
            ["contractIdentifier"] = contract.ContractIdentifier,
            ["creationTransactionHash"] = contract.CreationTransactionHash,
        };
        var (status, body) = await calls.SendAsync(_service, () => new HttpRequestMessage(HttpMethod.Post,
            Route($"v2/verify/{chainId.ToString(CultureInfo.InvariantCulture)}/{contract.Address}"))
        {
            Content = JsonContent.Create(payload),
        }, _ => false, cancellationToken);
        return status switch
        {
            HttpStatusCode.Accepted when Text(body, "verificationId") is { } id => new VerificationStep.Queued(id),
            HttpStatusCode.Conflict => new VerificationStep.Verified(Text(body, "message") ?? "already verified"),
            _ => new VerificationStep.Failed($"HTTP {(int)status}: {Text(body, "message") ?? body.ToString()}"),
        };
    }

    public async Task<VerificationStep> CheckAsync(string ticket, CancellationToken cancellationToken)
    {
        var (status, body) = await calls.SendAsync(_service,
            () => new HttpRequestMessage(HttpMethod.Get, Route($"v2/verify/{Uri.EscapeDataString(ticket)}")), _ => false, cancellationToken);
        if (status != HttpStatusCode.OK) return new VerificationStep.Failed($"HTTP {(int)status}: {Text(body, "message") ?? body.ToString()}");
        if (!body.TryGetProperty("isJobCompleted", out var completed) || completed.ValueKind != JsonValueKind.True) return new VerificationStep.Pending();
        if (body.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            return new VerificationStep.Failed(Text(error, "message") ?? error.ToString());
        }
        // "match" alone is Sourcify's partial match: the code agrees but the metadata (sources or settings) does not, so
        // the sources shown would not be the ones deployed.
        return (body.TryGetProperty("contract", out var contract) ? Text(contract, "match") : null) switch
        {
            "exact_match" => new VerificationStep.Verified("exact_match"),
            "match" => new VerificationStep.Failed("only a partial match: the deployed metadata names other sources or settings"),
            _ => new VerificationStep.Failed("the job completed without a match"),
        };
    }

    private Uri Route(string path) => new(new Uri(server.AbsoluteUri.TrimEnd('/') + "/"), path);

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
