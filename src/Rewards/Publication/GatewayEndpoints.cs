using GovernanceRewards.Chain.Storage;
using GovernanceRewards.Content;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static GovernanceRewards.Rewards.Epochs.RewardEndpoints;

namespace GovernanceRewards.Rewards.Publication;

/// <summary>
/// <c>GET /ipfs/{cid}</c>: the host as an IPFS trustless gateway for what it publishes (tree dumps, uploaded evidence).
/// <c>?format=raw</c> (or <c>Accept: application/vnd.ipld.raw</c>) answers one block, <c>?format=car</c> (or
/// <c>application/vnd.ipld.car</c>) the whole DAG as a CAR file; clients check every block against its CID, so they
/// need not trust this host. Without a format it answers the file's bytes, for a plain <c>curl</c>.
/// </summary>
public static class GatewayEndpoints
{
    private const string RawType = "application/vnd.ipld.raw";
    private const string CarType = "application/vnd.ipld.car";

    public static IEndpointRouteBuilder MapGateway(this IEndpointRouteBuilder app)
    {
        // A CAR or a file may take longer than a request's deadline to stream; each block is read through the API's data
        // source, whose commands give up within seconds, so a database gone still answers 503 before anything is sent.
        app.MapMethods("/ipfs/{cid}", ["GET", "HEAD"], GetAsync).WithTags("Publication").WithName("GetContent")
            .WithSummary("Content this host publishes, by CID: one block (format=raw), the DAG as a CAR (format=car), or the file")
            .DisableRequestTimeout();
        return app;
    }

    private static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> GetAsync(
        [FromKeyedServices(DataSources.ApiReads)] ContentStore store, string cid, string? format, HttpContext context,
        CancellationToken cancellationToken)
    {
        if (!Cid.TryParse(cid, out var root) || cid.StartsWith("ipfs://", StringComparison.Ordinal))
        {
            return Invalid("cid", $"'{cid}' is not a CIDv1 in base32 with a sha2-256 multihash");
        }
        var accept = context.Request.Headers.Accept.ToString();
        format ??= accept.Contains(RawType, StringComparison.OrdinalIgnoreCase) ? "raw"
            : accept.Contains(CarType, StringComparison.OrdinalIgnoreCase) ? "car"
            : null;
        if (format is not (null or "raw" or "car")) return Invalid("format", $"'{format}' is not a format: use raw or car");
        if (await store.GetAsync(root, cancellationToken) is not { } block) return NotFound($"this host does not hold {root}");

        var response = context.Response;
        // A CID names its bytes forever; X-Content-Type-Options keeps browsers from running what an uploader sent.
        response.Headers.CacheControl = "public, max-age=29030400, immutable";
        response.Headers.XContentTypeOptions = "nosniff";
        var etag = $"\"{root}.{format ?? "file"}\"";
        response.Headers.ETag = etag;
        // One URL, three bodies chosen by Accept: a shared cache must not hand a block to someone who asked for a file.
        response.Headers.Vary = "Accept";
        response.Headers["X-Ipfs-Roots"] = root.ToString();
        response.Headers.ContentDisposition = $"attachment; filename=\"{root}.{(format == "car" ? "car" : "bin")}\"";
        response.ContentType = format switch
        {
            "raw" => RawType,
            "car" => CarType + "; version=1; order=dfs; dups=n",
            _ => "application/octet-stream",
        };
        if (context.Request.Headers.IfNoneMatch.Contains(etag))
        {
            // The bytes behind a CID never change: a client holding them needs nothing more.
            response.StatusCode = StatusCodes.Status304NotModified;
            return TypedResults.Empty;
        }
        if (format == "raw") response.ContentLength = block.Length;
        if (HttpMethods.IsHead(context.Request.Method)) return TypedResults.Empty;
        switch (format)
        {
            case "raw":
                await response.Body.WriteAsync(block, cancellationToken);
                break;
            case "car":
                await Car.WriteAsync(response.Body, root, store.GetAsync, cancellationToken);
                break;
            default:
                await UnixFs.WriteFileAsync(root, store.GetAsync, response.Body, long.MaxValue, cancellationToken);
                break;
        }
        return TypedResults.Empty;
    }
}
