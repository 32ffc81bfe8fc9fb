using System.Net;
using System.Net.Http.Headers;
using GovernanceRewards.Content;
using GovernanceRewards.Host.Cli;

namespace GovernanceRewards.Host.Contributions;

/// <summary>
/// Blocks from any IPFS trustless gateway (<c>GET /ipfs/{cid}?format=raw</c>, <c>Accept: application/vnd.ipld.raw</c>).
/// Nothing it answers is trusted: <see cref="UnixFs.WriteFileAsync"/> checks every block against its CID.
/// </summary>
internal sealed class TrustlessGateway(HttpClient http) : IDisposable
{
    public const string RawBlock = "application/vnd.ipld.raw";

    /// <summary>The largest block IPFS nodes exchange; a gateway that sends more is not sending a block.</summary>
    public const int MaxBlockBytes = 2 * 1024 * 1024;

    /// <summary>How long one block may take, headers and body.</summary>
    public static readonly TimeSpan BlockDeadline = TimeSpan.FromSeconds(60);

    /// <summary>A gateway at its base URL; a URL given down to its <c>/ipfs</c> path is taken as the base it sits under.</summary>
    public static TrustlessGateway For(Uri gateway)
    {
        var url = gateway.AbsoluteUri.TrimEnd('/');
        if (url.EndsWith("/ipfs", StringComparison.OrdinalIgnoreCase)) url = url[..^"/ipfs".Length];
        return new(new HttpClient { BaseAddress = new Uri(url + "/") });
    }

    /// <summary>The block's bytes as served, or null when the gateway does not have it.</summary>
    public async ValueTask<ReadOnlyMemory<byte>?> LoadAsync(Cid cid, CancellationToken cancellationToken)
    {
        // HttpClient's own timeout stops once the headers are in; a gateway trickling a body must not hold us for ever.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(BlockDeadline);
        try
        {
            return await LoadWithinAsync(cid, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliException($"the gateway sent no whole block {cid} within {BlockDeadline.TotalSeconds:0} s");
        }
    }

    private async ValueTask<ReadOnlyMemory<byte>?> LoadWithinAsync(Cid cid, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"ipfs/{cid}?format=raw");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(RawBlock));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new CliException($"cannot reach the gateway at {http.BaseAddress} ({e.Message})");
        }
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound) return null;
            if (!response.IsSuccessStatusCode)
            {
                throw new CliException($"the gateway answered {(int)response.StatusCode} {response.ReasonPhrase} for block {cid}");
            }
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var block = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (block.Length + read > MaxBlockBytes) throw new CliException($"the gateway sent more than {MaxBlockBytes} bytes for block {cid}");
                block.Write(buffer, 0, read);
            }
            return block.ToArray();
        }
    }

    /// <summary>
    /// Writes the file <paramref name="root"/> names to <paramref name="path"/> and returns its size. The bytes go to a
    /// file beside it that replaces it only once every block has checked out, so a refused block leaves nothing behind.
    /// </summary>
    public async Task<long> WriteFileAsync(Cid root, string path, long maxBytes, CancellationToken cancellationToken)
    {
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            long size;
            await using (var output = new FileStream(partial, FileMode.CreateNew, FileAccess.Write))
            {
                await UnixFs.WriteFileAsync(root, LoadAsync, output, maxBytes, cancellationToken);
                size = output.Length;
            }
            File.Move(partial, path, overwrite: true);
            return size;
        }
        catch (ContentMismatchException e)
        {
            throw new CliException($"refused: {e.Message}; nothing was written to {path}");
        }
        catch (ContentTooLargeException e)
        {
            throw new CliException($"refused: {e.Message} (--max-bytes); nothing was written to {path}");
        }
        catch (ContentNotFoundException e)
        {
            throw new CliException($"the gateway at {http.BaseAddress} answered 404 for block {e.Cid} of {root}; nothing was written to {path}");
        }
        catch (FormatException e)
        {
            // The block hashed to its CID, so the file itself was recorded malformed.
            throw new CliException($"{root} is not a UnixFS file ({e.Message}); nothing was written to {path}");
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public void Dispose() => http.Dispose();
}
