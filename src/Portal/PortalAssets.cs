using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GovernanceRewards.Portal;

/// <summary>
/// The portal's two static files (stylesheet, wallet module), embedded in this assembly: read once, kept with their
/// gzip form and a content hash as ETag, so a browser revalidates them for nothing and downloads them compressed.
/// </summary>
internal sealed class PortalAssets
{
    private readonly Dictionary<string, Asset> _assets = new(StringComparer.Ordinal)
    {
        ["/portal.css"] = Asset.Load("portal.css", "text/css; charset=utf-8"),
        ["/portal.js"] = Asset.Load("portal.js", "text/javascript; charset=utf-8"),
    };

    public IEnumerable<string> Paths => _assets.Keys;

    public IResult Serve(HttpContext context)
    {
        var asset = _assets[context.Request.Path.Value!];
        var response = context.Response;
        var gzip = context.Request.GetTypedHeaders().AcceptEncoding.Any(e => e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && e.Quality is not 0);
        // Each encoding is its own representation, with its own ETag.
        var etag = gzip ? asset.ETag.Insert(asset.ETag.Length - 1, "-gzip") : asset.ETag;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (context.Request.Headers.IfNoneMatch == etag) return Results.StatusCode(StatusCodes.Status304NotModified);
        if (!gzip) return Results.Bytes(asset.Content, asset.ContentType);
        response.Headers.ContentEncoding = "gzip";
        return Results.Bytes(asset.Gzipped, asset.ContentType);
    }

    private sealed record Asset(byte[] Content, byte[] Gzipped, string ContentType, string ETag)
    {
        public static Asset Load(string name, string contentType)
        {
            using var stream = typeof(PortalAssets).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"the portal's {name} is not embedded in its assembly");
            using var content = new MemoryStream();
            stream.CopyTo(content);
            using var gzipped = new MemoryStream();
            using (var gzip = new GZipStream(gzipped, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(content.GetBuffer(), 0, (int)content.Length);
            var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(content.ToArray()))[..16]}\"";
            return new Asset(content.ToArray(), gzipped.ToArray(), contentType, etag);
        }
    }
}
