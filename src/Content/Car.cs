namespace GovernanceRewards.Content;

/// <summary>
/// CARv1 files (content-addressed archives): a dag-cbor header naming the root, then each block as
/// <c>varint(length) ‖ CID ‖ bytes</c>. Any pinning service imports them; <c>ipfs dag import</c> reads them.
/// </summary>
public static class Car
{
    /// <summary>Writes the header for one root; then add blocks with <see cref="WriteBlockAsync"/>.</summary>
    public static async Task WriteHeaderAsync(Stream output, Cid root, CancellationToken cancellationToken)
    {
        var cid = root.ToBytes();
        using var header = new MemoryStream();
        // dag-cbor {"roots": [CID], "version": 1}: keys in canonical order (shorter first); a CID is tag 42 over
        // a byte string holding 0x00 (the identity multibase) then the binary CID.
        header.WriteByte(0xa2);
        header.WriteByte(0x65);
        header.Write("roots"u8);
        header.WriteByte(0x81);
        header.WriteByte(0xd8);
        header.WriteByte(42);
        header.WriteByte(0x58);
        header.WriteByte((byte)(cid.Length + 1));
        header.WriteByte(0x00);
        header.Write(cid);
        header.WriteByte(0x67);
        header.Write("version"u8);
        header.WriteByte(0x01);
        var prefix = new byte[10];
        var n = Varint.Write(prefix, (ulong)header.Length);
        await output.WriteAsync(prefix.AsMemory(0, n), cancellationToken);
        await output.WriteAsync(header.GetBuffer().AsMemory(0, (int)header.Length), cancellationToken);
    }

    public static async Task WriteBlockAsync(Stream output, ContentBlock block, CancellationToken cancellationToken)
    {
        var cid = block.Cid.ToBytes();
        var prefix = new byte[10];
        var n = Varint.Write(prefix, (ulong)(cid.Length + block.Data.Length));
        await output.WriteAsync(prefix.AsMemory(0, n), cancellationToken);
        await output.WriteAsync(cid, cancellationToken);
        await output.WriteAsync(block.Data, cancellationToken);
    }

    /// <summary>
    /// Writes the whole DAG under <paramref name="root"/>, blocks in depth-first order from the root (as
    /// <c>ipfs dag export</c> does), each checked against its CID as it is loaded.
    /// </summary>
    public static async Task WriteAsync(
        Stream output, Cid root, LoadBlock load, CancellationToken cancellationToken)
    {
        await WriteHeaderAsync(output, root, cancellationToken);
        var pending = new Stack<Cid>();
        pending.Push(root);
        var written = new HashSet<Cid>();
        while (pending.TryPop(out var cid))
        {
            if (!written.Add(cid)) continue;
            var block = await UnixFs.LoadAsync(cid, load, cancellationToken);
            var links = UnixFs.LinksOf(cid, block);
            await WriteBlockAsync(output, new ContentBlock(cid, block), cancellationToken);
            for (var i = links.Count - 1; i >= 0; i--) pending.Push(links[i]);
        }
    }
}
