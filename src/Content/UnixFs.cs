namespace GovernanceRewards.Content;

/// <summary>Where blocks come from (a store, a gateway): the block's bytes as found, or null when it is not there.</summary>
public delegate ValueTask<ReadOnlyMemory<byte>?> LoadBlock(Cid cid, CancellationToken cancellationToken);

/// <summary>The root CID and byte length of an imported file.</summary>
public sealed record ImportedFile(Cid Root, long Size);

/// <summary>
/// Imports bytes as a UnixFS file exactly as <c>ipfs add --cid-version 1 --raw-leaves</c> does by default, so anyone
/// with a standard IPFS tool gets the same CID from the same bytes: fixed 256 KiB chunks stored as raw blocks, a
/// balanced DAG of dag-pb nodes with at most 174 links each, sha2-256. A file of one chunk is that raw block itself.
/// </summary>
public static class UnixFs
{
    public const int ChunkSize = 256 * 1024;
    public const int MaxLinks = 174;

    /// <summary>
    /// Reads <paramref name="content"/> to its end, hands every block to <paramref name="store"/> (leaves first, the root
    /// last) and returns the file's root CID.
    /// </summary>
    public static async Task<ImportedFile> ImportAsync(
        Stream content, Func<ContentBlock, CancellationToken, ValueTask>? store, CancellationToken cancellationToken)
    {
        var level = new List<DagLink>();
        var size = 0L;
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await FillAsync(content, chunk, cancellationToken)) > 0 || level.Count == 0)
        {
            var data = chunk.AsMemory(0, read).ToArray();
            var cid = Cid.Of(Cid.RawCodec, data);
            if (store is not null) await store(new ContentBlock(cid, data), cancellationToken);
            level.Add(new DagLink(cid, (ulong)read, (ulong)read));
            size += read;
            if (read < ChunkSize) break;
        }
        // A lone chunk is the file itself (the loop below never runs); a file that is an exact multiple of the chunk size
        // ends with a full chunk, and the loop above reads once more to see the end, finding nothing.
        while (level.Count > 1)
        {
            var parents = new List<DagLink>((level.Count + MaxLinks - 1) / MaxLinks);
            for (var start = 0; start < level.Count; start += MaxLinks)
            {
                var links = level.GetRange(start, Math.Min(MaxLinks, level.Count - start));
                var node = DagPb.FileNode(links);
                var cid = Cid.Of(Cid.DagPbCodec, node);
                if (store is not null) await store(new ContentBlock(cid, node), cancellationToken);
                parents.Add(new DagLink(
                    cid,
                    (ulong)node.Length + links.Aggregate(0UL, (sum, l) => sum + l.TotalSize),
                    links.Aggregate(0UL, (sum, l) => sum + l.FileSize)));
            }
            level = parents;
        }
        return new ImportedFile(level[0].Cid, size);
    }

    /// <summary>The CID <c>ipfs add --cid-version 1 --raw-leaves</c> gives <paramref name="content"/>, keeping no block.</summary>
    public static async Task<Cid> CidOfAsync(Stream content, CancellationToken cancellationToken) =>
        (await ImportAsync(content, null, cancellationToken)).Root;

    /// <summary>Imports bytes held in memory, returning every block.</summary>
    public static (Cid Root, IReadOnlyList<ContentBlock> Blocks) Import(ReadOnlyMemory<byte> content)
    {
        var blocks = new List<ContentBlock>();
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        var file = ImportAsync(stream, (block, _) =>
        {
            blocks.Add(block);
            return ValueTask.CompletedTask;
        }, CancellationToken.None).GetAwaiter().GetResult();
        return (file.Root, blocks);
    }

    /// <summary>The CIDs a block (loaded by <see cref="LoadAsync"/>, so checked) links to, in order: none for a raw block.</summary>
    internal static IReadOnlyList<Cid> LinksOf(Cid cid, ReadOnlyMemory<byte> block) =>
        cid.Codec == Cid.RawCodec ? [] : DagPb.Read(block).Links;

    /// <summary>
    /// Writes the file <paramref name="root"/> names to <paramref name="output"/>, loading each block with
    /// <paramref name="load"/> and checking it against its CID before using it. A file that says it is larger than
    /// <paramref name="maxBytes"/> is refused before a byte is written, and every node must hold exactly the bytes its
    /// parent says it does, so a crafted DAG (links repeated to unroll far beyond its declared size, a node deeper
    /// than <see cref="MaxDepth"/>) is refused instead of filling the disk.
    /// </summary>
    public static async Task WriteFileAsync(
        Cid root, LoadBlock load, Stream output, long maxBytes,
        CancellationToken cancellationToken)
    {
        var block = await LoadAsync(root, load, cancellationToken);
        var size = root.Codec == Cid.RawCodec ? (ulong)block.Length : FileNode(root, block).FileSize!.Value;
        if (size > (ulong)maxBytes) throw new ContentTooLargeException(root, size, maxBytes);
        await WriteAsync(root, block, size, 0, load, output, cancellationToken);
    }

    /// <summary>How deep a file's DAG may go: 174^32 chunks is far beyond any file.</summary>
    public const int MaxDepth = 32;

    private static async Task WriteAsync(
        Cid cid, ReadOnlyMemory<byte> block, ulong expected, int depth, LoadBlock load,
        Stream output, CancellationToken cancellationToken)
    {
        if (cid.Codec == Cid.RawCodec)
        {
            if ((ulong)block.Length != expected) throw new FormatException($"block {cid} holds {block.Length} bytes, its parent says {expected}");
            await output.WriteAsync(block, cancellationToken);
            return;
        }
        if (depth >= MaxDepth) throw new FormatException($"the file is more than {MaxDepth} levels deep at {cid}");
        var node = FileNode(cid, block);
        if (node.FileSize != expected) throw new FormatException($"node {cid} holds {node.FileSize} bytes, its parent says {expected}");
        await output.WriteAsync(node.Inline, cancellationToken);
        for (var i = 0; i < node.Links.Count; i++)
        {
            var child = await LoadAsync(node.Links[i], load, cancellationToken);
            await WriteAsync(node.Links[i], child, node.BlockSizes[i], depth + 1, load, output, cancellationToken);
        }
    }

    /// <summary>The block <paramref name="cid"/> names, refused unless its bytes hash to that CID.</summary>
    internal static async ValueTask<ReadOnlyMemory<byte>> LoadAsync(
        Cid cid, LoadBlock load, CancellationToken cancellationToken)
    {
        var block = await load(cid, cancellationToken) ?? throw new ContentNotFoundException(cid);
        return cid.Matches(block.Span) ? block : throw new ContentMismatchException(cid);
    }

    /// <summary>A dag-pb node that is a consistent UnixFS file: its size is its inline bytes plus its links' shares.</summary>
    private static UnixFsNode FileNode(Cid cid, ReadOnlyMemory<byte> block)
    {
        var node = DagPb.Read(block);
        if (node.Type is not (0 or 2)) throw new FormatException($"node {cid} is not part of a file (UnixFS type {node.Type?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"})");
        if (node.BlockSizes.Count != node.Links.Count) throw new FormatException($"node {cid} has {node.Links.Count} links but {node.BlockSizes.Count} block sizes");
        var sum = (ulong)node.Inline.Length;
        foreach (var share in node.BlockSizes)
        {
            if (share > ulong.MaxValue - sum) throw new FormatException($"node {cid} declares more bytes than any file holds");
            sum += share;
        }
        if (node.FileSize is { } declared && declared != sum) throw new FormatException($"node {cid} says {declared} bytes but its parts hold {sum}");
        return node with { FileSize = sum };
    }

    private static async Task<int> FillAsync(Stream content, byte[] buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = await content.ReadAsync(buffer.AsMemory(filled), cancellationToken)) > 0)
        {
            filled += read;
        }
        return filled;
    }
}

/// <summary>A block's bytes do not hash to the CID they were fetched or stored under.</summary>
public sealed class ContentMismatchException(Cid cid)
    : Exception($"the block served for {cid} does not hash to that CID; it was corrupted or substituted")
{
    public Cid Cid { get; } = cid;
}

/// <summary>A file larger than the reader accepts; nothing of it was written.</summary>
public sealed class ContentTooLargeException(Cid cid, ulong size, long limit)
    : Exception($"{cid} is a file of {size} bytes, more than the {limit} accepted")
{
    public Cid Cid { get; } = cid;
}

/// <summary>A block the DAG links to is not available.</summary>
public sealed class ContentNotFoundException(Cid cid) : Exception($"block {cid} is not available")
{
    public Cid Cid { get; } = cid;
}
