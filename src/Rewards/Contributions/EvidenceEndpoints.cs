using GovernanceRewards.Rewards.Publication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using Nethereum.Hex.HexConvertors.Extensions;

namespace GovernanceRewards.Rewards.Contributions;

/// <summary>
/// Evidence as stored by this host: its CID (<see cref="Cid"/>, <see cref="Uri"/> = <c>ipfs://&lt;cid&gt;</c>) and the
/// two values the registry records, <see cref="Codec"/> and the sha2-256 <see cref="Digest"/>.
/// </summary>
public sealed record StoredEvidence(string Cid, string Uri, ulong Codec, string Digest, long Size);

/// <summary>
/// <c>POST /evidence</c>: an attester (or any wallet's tooling) hands the host a file, which it keeps block by block for
/// its gateway to serve, and gets back the CID to record on chain.
/// </summary>
public static partial class EvidenceEndpoints
{
    public const string Path = "/evidence";

    public const string ContentType = "application/octet-stream";

    public static RouteHandlerBuilder MapEvidenceUpload(this IEndpointRouteBuilder app)
    {
        var upload = app.MapPost(Path, UploadAsync).WithTags("Rewards").WithName("UploadEvidence")
            .WithSummary("Stores a file (the body, as application/octet-stream) for this host's gateway to serve; "
                + "returns its CID (ipfs add --cid-version 1 --raw-leaves) with the codec and digest to record on chain")
            .ProducesValidationProblem()
            // Stored content is served to anyone under this host's name: never open to anonymous callers, whatever
            // policy the host adds on top.
            .RequireAuthorization();
        // An upload takes as long as the uploader's link needs (Kestrel's minimum data rate stops a trickle); the body
        // is spooled to a file first, so the database sees one short transaction, never a slow client.
        upload.DisableRequestTimeout();
        return upload;
    }

    private static async Task<Results<Created<StoredEvidence>, ValidationProblem>> UploadAsync(
        ContentStore store, HttpRequest request, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        // A form or JSON body would be stored as its envelope: the CID would name the wrapping, not the file. Checked here,
        // not by Accepts metadata, whose 415 would not say what to send instead.
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals(ContentType, StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["Content-Type"] = [$"send the file's bytes as {ContentType}, not '{request.ContentType ?? "nothing"}'"],
            });
        }
        await using var spool = new FileStream(
            System.IO.Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await request.Body.CopyToAsync(spool, cancellationToken);
        spool.Position = 0;
        var file = await store.AddAsync(spool, cancellationToken);
        var cid = file.Root;
        Stored(loggers.CreateLogger(typeof(EvidenceEndpoints)), cid.ToString(), file.Size, request.HttpContext.User.Identity?.Name ?? "anonymous");
        return TypedResults.Created($"/ipfs/{cid}", new StoredEvidence(cid.ToString(), cid.ToUri(), cid.Codec, cid.Digest.ToArray().ToHex(true), file.Size));
    }

    [LoggerMessage(1, LogLevel.Information, "Stored evidence {Cid} of {Size} bytes uploaded by {Uploader}")]
    private static partial void Stored(ILogger logger, string cid, long size, string uploader);
}
