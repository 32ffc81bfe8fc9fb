using System.Security.Cryptography;

namespace GovernanceRewards.Content;

/// <summary>
/// A version-1 content identifier with a sha2-256 multihash: <c>0x01 ‖ codec ‖ 0x12 0x20 ‖ digest</c>, written in
/// lower-case base32 with the multibase prefix <c>b</c> (as <c>ipfs add --cid-version 1</c> prints it). Other hash
/// functions and CIDv0 are refused: nothing here makes them, and accepting them would let a caller name content we
/// cannot check.
/// </summary>
public sealed class Cid : IEquatable<Cid>
{
    /// <summary>Multicodec of a block that is the bytes themselves.</summary>
    public const ulong RawCodec = 0x55;

    /// <summary>Multicodec of a dag-pb node (a UnixFS file of more than one chunk).</summary>
    public const ulong DagPbCodec = 0x70;

    private const byte Sha2_256 = 0x12;
    private const int DigestSize = 32;

    private readonly byte[] _digest;

    private Cid(ulong codec, byte[] digest)
    {
        Codec = codec;
        _digest = digest;
    }

    public ulong Codec { get; }

    /// <summary>The sha2-256 digest of the block the CID names.</summary>
    public ReadOnlyMemory<byte> Digest => _digest;

    /// <summary>The CID of <paramref name="block"/> under <paramref name="codec"/>.</summary>
    public static Cid Of(ulong codec, ReadOnlySpan<byte> block) => new(codec, SHA256.HashData(block));

    /// <summary>Rebuilds a CID from what a contract event keeps: the codec and the sha2-256 digest.</summary>
    public static Cid FromDigest(ulong codec, ReadOnlySpan<byte> digest)
    {
        if (digest.Length != DigestSize) throw new ArgumentException("a sha2-256 digest is 32 bytes", nameof(digest));
        if (codec is not (RawCodec or DagPbCodec)) throw new ArgumentOutOfRangeException(nameof(codec), codec, "codec must be raw (0x55) or dag-pb (0x70)");
        return new Cid(codec, digest.ToArray());
    }

    /// <summary>Reads a CID's binary form (as inside a dag-pb link or a CAR section).</summary>
    public static Cid FromBytes(ReadOnlySpan<byte> bytes) =>
        TryFromBytes(bytes, out var cid, out var read) && read == bytes.Length
            ? cid
            : throw new FormatException("not a CIDv1 with a sha2-256 multihash");

    internal static bool TryFromBytes(ReadOnlySpan<byte> bytes, out Cid cid, out int read)
    {
        cid = null!;
        read = 0;
        if (!Varint.TryRead(bytes, out var version, out var n) || version != 1) return false;
        read += n;
        if (!Varint.TryRead(bytes[read..], out var codec, out n) || codec is not (RawCodec or DagPbCodec)) return false;
        read += n;
        if (bytes.Length < read + 2 + DigestSize || bytes[read] != Sha2_256 || bytes[read + 1] != DigestSize) return false;
        cid = new Cid(codec, bytes.Slice(read + 2, DigestSize).ToArray());
        read += 2 + DigestSize;
        return true;
    }

    /// <summary>Parses the base32 text form (<c>bafy…</c>, <c>bafk…</c>), with or without an <c>ipfs://</c> prefix.</summary>
    public static Cid Parse(string text) =>
        TryParse(text, out var cid) ? cid : throw new FormatException($"'{text}' is not a CIDv1 in base32 with a sha2-256 multihash");

    public static bool TryParse(string? text, out Cid cid)
    {
        cid = null!;
        if (text is null) return false;
        if (text.StartsWith("ipfs://", StringComparison.Ordinal)) text = text["ipfs://".Length..];
        if (text.Length < 2 || text[0] != 'b') return false;
        // One text per CID: padding bits beyond the last byte or a varint with needless continuation bytes would
        // decode to the same CID, so the text must be the one this CID prints.
        return Base32.TryDecode(text.AsSpan(1), out var bytes) && TryFromBytes(bytes, out cid, out var read) && read == bytes.Length
            && cid.ToString() == text;
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[1 + Varint.Size(Codec) + 2 + DigestSize];
        bytes[0] = 1;
        var at = 1 + Varint.Write(bytes.AsSpan(1), Codec);
        bytes[at] = Sha2_256;
        bytes[at + 1] = DigestSize;
        _digest.CopyTo(bytes, at + 2);
        return bytes;
    }

    /// <summary>True when <paramref name="block"/> is the block this CID names.</summary>
    public bool Matches(ReadOnlySpan<byte> block)
    {
        Span<byte> digest = stackalloc byte[DigestSize];
        SHA256.HashData(block, digest);
        return digest.SequenceEqual(_digest);
    }

    public override string ToString() => "b" + Base32.Encode(ToBytes());

    /// <summary>The URI a root or a record points at: <c>ipfs://&lt;cid&gt;</c>.</summary>
    public string ToUri() => "ipfs://" + this;

    public bool Equals(Cid? other) => other is not null && Codec == other.Codec && _digest.AsSpan().SequenceEqual(other._digest);

    public override bool Equals(object? obj) => Equals(obj as Cid);

    public override int GetHashCode() => HashCode.Combine(Codec, BitConverter.ToInt32(_digest, 0));
}
