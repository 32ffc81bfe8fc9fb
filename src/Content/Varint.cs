namespace GovernanceRewards.Content;

/// <summary>Unsigned LEB128, as multiformats and protobuf write integers.</summary>
internal static class Varint
{
    public static int Size(ulong value)
    {
        var size = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            size++;
        }
        return size;
    }

    public static int Write(Span<byte> target, ulong value)
    {
        var at = 0;
        while (value >= 0x80)
        {
            target[at++] = (byte)(value | 0x80);
            value >>= 7;
        }
        target[at++] = (byte)value;
        return at;
    }

    public static void Write(Stream target, ulong value)
    {
        Span<byte> buffer = stackalloc byte[10];
        target.Write(buffer[..Write(buffer, value)]);
    }

    public static bool TryRead(ReadOnlySpan<byte> source, out ulong value, out int read)
    {
        value = 0;
        for (read = 0; read < source.Length && read < 10; read++)
        {
            value |= (ulong)(source[read] & 0x7f) << (7 * read);
            if ((source[read] & 0x80) == 0)
            {
                read++;
                return true;
            }
        }
        return false;
    }
}
