using System.Text.Json;
using CsCheck;
using GovernanceRewards.Embedded;

namespace GovernanceRewards.Content.Tests;

/// <summary>
/// Our importer must give the CID anyone else's IPFS tool gives the same bytes, or a root's <c>ipfs://</c> URI names
/// nothing an outsider can fetch. Two independent JavaScript importers are the reference.
/// </summary>
public sealed class UnixFsTests
{
    private const int Chunk = UnixFs.ChunkSize;

    [Fact]
    public async Task Cids_equal_those_of_two_independent_importers_at_every_boundary()
    {
        // Empty and one byte (a lone raw block), one chunk and either side of it, exactly 174 chunks (one node) and
        // one byte more (the first two-level tree), 20 MB, and 50 MB (191 chunks: two levels).
        long[] sizes = [0, 1, Chunk - 1, Chunk, Chunk + 1, 174L * Chunk, 174L * Chunk + 1, 20_000_000, 50_000_000];
        var directory = Directory.CreateTempSubdirectory("unixfs-");
        try
        {
            var files = new List<(string Path, Cid Ours)>();
            foreach (var size in sizes)
            {
                var path = Path.Combine(directory.FullName, $"{size}.bin");
                await File.WriteAllBytesAsync(path, Content(size, seed: (int)(size % 1000)));
                await using var stream = File.OpenRead(path);
                files.Add((path, await UnixFs.CidOfAsync(stream, CancellationToken.None)));
            }

            var layout = RepositoryLayout.Discover();
            var output = await ProcessRunner.RunAsync(
                layout.Node22, [Path.Combine(layout.Root, "tests", "Content.Tests", "reference", "unixfs-cids.mjs"), .. files.Select(f => f.Path)],
                layout.Root, null, CancellationToken.None);
            var reference = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();

            Assert.Equal(files.Count, reference.Count);
            for (var i = 0; i < files.Count; i++)
            {
                var ours = files[i].Ours.ToString();
                Assert.Equal((sizes[i], reference[i].GetProperty("onlyHash").GetString()), (sizes[i], ours));
                Assert.Equal((sizes[i], reference[i].GetProperty("helia").GetString()), (sizes[i], ours));
            }
            // The well-known CID of no bytes at all, as every IPFS implementation prints it.
            Assert.Equal("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", files[0].Ours.ToString());
            Assert.Equal(Cid.RawCodec, files[3].Ours.Codec);
            Assert.Equal(Cid.DagPbCodec, files[4].Ours.Codec);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_file_read_back_from_its_blocks_is_the_file()
    {
        Gen.Int[0, 3 * Chunk + 17].Select(size => Content(size, size)).Sample(bytes =>
        {
            var (root, blocks) = UnixFs.Import(bytes);
            var store = blocks.ToDictionary(b => b.Cid, b => b.Data);
            using var output = new MemoryStream();
            UnixFs.WriteFileAsync(root, (cid, _) => ValueTask.FromResult<ReadOnlyMemory<byte>?>(store[cid]), output, long.MaxValue, CancellationToken.None)
                .GetAwaiter().GetResult();
            Assert.Equal(bytes, output.ToArray());
            Assert.All(blocks, b => Assert.True(b.Cid.Matches(b.Data.Span)));
        }, iter: 40);
    }

    [Fact]
    public async Task A_corrupted_block_is_refused_not_returned()
    {
        var (root, blocks) = UnixFs.Import(Content(2 * Chunk + 5, 7));
        var store = blocks.ToDictionary(b => b.Cid, b => b.Data.ToArray());
        var leaf = blocks.First(b => b.Cid.Codec == Cid.RawCodec).Cid;
        store[leaf][100] ^= 1;

        var refused = await Assert.ThrowsAsync<ContentMismatchException>(() => UnixFs.WriteFileAsync(
            root, (cid, _) => ValueTask.FromResult<ReadOnlyMemory<byte>?>(store[cid]), Stream.Null, long.MaxValue, CancellationToken.None));
        Assert.Equal(leaf, refused.Cid);
    }

    [Fact]
    public async Task A_dag_that_would_unroll_beyond_what_it_declares_or_beyond_the_limit_is_refused_before_filling_the_disk()
    {
        var leaf = Content(1_000, 3);
        var leafCid = Cid.Of(Cid.RawCodec, leaf);
        var blocks = new Dictionary<Cid, byte[]> { [leafCid] = leaf };
        Cid Node(params DagLink[] links)
        {
            var node = DagPb.FileNode(links);
            var cid = Cid.Of(Cid.DagPbCodec, node);
            blocks[cid] = node;
            return cid;
        }
        ValueTask<ReadOnlyMemory<byte>?> Load(Cid cid, CancellationToken _) => ValueTask.FromResult<ReadOnlyMemory<byte>?>(blocks[cid]);

        // 1,000 links to one 1,000-byte leaf, each declared as 1 byte: a 1 kB "file" that would write 1 MB.
        var understated = Node([.. Enumerable.Repeat(new DagLink(leafCid, 1, 1), 1_000)]);
        // Honest sizes, 100 kB in all, above the reader's limit of 50 kB.
        var large = Node([.. Enumerable.Repeat(new DagLink(leafCid, 1_000, 1_000), 100)]);
        // A chain of single links deeper than any file needs.
        var deep = leafCid;
        for (var i = 0; i < UnixFs.MaxDepth + 1; i++) deep = Node(new DagLink(deep, 1_000, 1_000));

        using var output = new MemoryStream();
        var lied = await Assert.ThrowsAsync<FormatException>(() => UnixFs.WriteFileAsync(understated, Load, output, long.MaxValue, CancellationToken.None));
        Assert.Contains("its parent says 1", lied.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
        await Assert.ThrowsAsync<ContentTooLargeException>(() => UnixFs.WriteFileAsync(large, Load, output, 50_000, CancellationToken.None));
        Assert.Equal(0, output.Length);
        var tooDeep = await Assert.ThrowsAsync<FormatException>(() => UnixFs.WriteFileAsync(deep, Load, Stream.Null, long.MaxValue, CancellationToken.None));
        Assert.Contains("levels deep", tooDeep.Message, StringComparison.Ordinal);
        // The honest file under the limit reads back.
        await UnixFs.WriteFileAsync(large, Load, output, 100_000, CancellationToken.None);
        Assert.Equal(100_000, output.Length);
    }

    [Fact]
    public void Cids_round_trip_through_text_bytes_and_the_digest_an_event_keeps()
    {
        var cid = Cid.Parse("bafybeiaowkqzwlxlt6ehlksekuhpihu2g5lf3gjpl7733t3y3v7xfwmq2e");
        Assert.Equal(Cid.DagPbCodec, cid.Codec);
        Assert.Equal(cid, Cid.FromBytes(cid.ToBytes()));
        Assert.Equal(cid, Cid.FromDigest(cid.Codec, cid.Digest.Span));
        Assert.Equal(cid, Cid.Parse(cid.ToUri()));
        Assert.Equal("ipfs://bafybeiaowkqzwlxlt6ehlksekuhpihu2g5lf3gjpl7733t3y3v7xfwmq2e", cid.ToUri());
    }

    [Theory]
    [InlineData("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG")] // CIDv0: we never make one
    [InlineData("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvykv")] // non-zero trailing bits
    [InlineData("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyk")] // truncated digest
    [InlineData("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvykua")] // a second text for the same CID
    [InlineData("zdj7WWeQ43G6JJvLWQWZpyHuAMq6uYWRjkBXFad11vE2LHhQ7")] // base58btc, not base32
    [InlineData("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku0")] // not base32 at all
    [InlineData("")]
    public void Anything_but_a_base32_sha2_256_cidv1_is_refused(string text)
    {
        Assert.False(Cid.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Cid.Parse(text));
    }

    /// <summary>Deterministic, incompressible-looking bytes, so chunk boundaries matter.</summary>
    internal static byte[] Content(long size, int seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
