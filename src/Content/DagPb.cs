namespace GovernanceRewards.Content;

/// <summary>A link of a dag-pb node: the child's CID, its cumulative size and the bytes of file it holds.</summary>
internal sealed record DagLink(Cid Cid, ulong TotalSize, ulong FileSize);

/// <summary>A decoded dag-pb node and its UnixFS data (type 2 is a file, 0 raw data).</summary>
internal sealed record UnixFsNode(
    IReadOnlyList<Cid> Links, ulong? Type, ReadOnlyMemory<byte> Inline, ulong? FileSize, IReadOnlyList<ulong> BlockSizes);

/// <summary>
/// dag-pb nodes holding UnixFS file data, encoded as the IPLD dag-pb spec requires (links before data, every link
/// with an empty name and its cumulative size), and decoded back to their links and UnixFS data.
/// </summary>
internal static class DagPb
{
    private const byte UnixFsFileType = 2;

    /// <summary>A UnixFS file node over <paramref name="links"/> (no inline data, as the importer makes them).</summary>
    public static byte[] FileNode(IReadOnlyList<DagLink> links)
    {
        using var node = new MemoryStream();
        var fileSize = 0UL;
        foreach (var link in links)
        {
            var hash = link.Cid.ToBytes();
            using var encoded = new MemoryStream();
            Field(encoded, 1, hash);
            Field(encoded, 2, []);
            Tag(encoded, 3, 0);
            Varint.Write(encoded, link.TotalSize);
            Field(node, 2, encoded.ToArray());
            fileSize += link.FileSize;
        }
        using var data = new MemoryStream();
        Tag(data, 1, 0);
        Varint.Write(data, UnixFsFileType);
        Tag(data, 3, 0);
        Varint.Write(data, fileSize);
        foreach (var link in links)
        {
            Tag(data, 4, 0);
            Varint.Write(data, link.FileSize);
        }
        Field(node, 1, data.ToArray());
        return node.ToArray();
    }

    /// <summary>
    /// The node's links in order and what its UnixFS data says: the type, the inline bytes, the file size and each
    /// link's share of it.
    /// </summary>
    public static UnixFsNode Read(ReadOnlyMemory<byte> block)
    {
        var links = new List<Cid>();
        ReadOnlyMemory<byte> unixFs = default;
        foreach (var (field, _, value) in Fields(block))
        {
            if (field == 2)
            {
                foreach (var (linkField, _, linkValue) in Fields(value))
                {
                    if (linkField == 1) links.Add(Cid.FromBytes(linkValue.Span));
                }
            }
            else if (field == 1)
            {
                unixFs = value;
            }
        }
        ulong? type = null, fileSize = null;
        ReadOnlyMemory<byte> inline = default;
        var blockSizes = new List<ulong>();
        foreach (var (field, number, value) in Fields(unixFs))
        {
            switch (field)
            {
                case 1: type = number; break;
                case 2: inline = value; break;
                case 3: fileSize = number; break;
                case 4: blockSizes.Add(number); break;
            }
        }
        return new UnixFsNode(links, type, inline, fileSize, blockSizes);
    }

    /// <summary>The fields of a protobuf message: a varint's value, or a length-delimited field's bytes.</summary>
    private static IEnumerable<(int Field, ulong Number, ReadOnlyMemory<byte> Value)> Fields(ReadOnlyMemory<byte> message)
    {
        var at = 0;
        while (at < message.Length)
        {
            if (!Varint.TryRead(message.Span[at..], out var key, out var n)) throw new FormatException("truncated protobuf key");
            at += n;
            if (!Varint.TryRead(message.Span[at..], out var value, out n)) throw new FormatException("truncated protobuf value");
            at += n;
            switch (key & 7)
            {
                case 0:
                    yield return ((int)(key >> 3), value, default);
                    continue;
                case 2 when value <= (ulong)(message.Length - at):
                    yield return ((int)(key >> 3), 0, message.Slice(at, (int)value));
                    at += (int)value;
                    continue;
                default:
                    throw new FormatException($"unexpected protobuf wire type {key & 7} in a dag-pb node");
            }
        }
    }

    private static void Tag(Stream target, int field, int wireType) => Varint.Write(target, (ulong)((field << 3) | wireType));

    private static void Field(Stream target, int field, ReadOnlySpan<byte> value)
    {
        Tag(target, field, 2);
        Varint.Write(target, (ulong)value.Length);
        target.Write(value);
    }
}
