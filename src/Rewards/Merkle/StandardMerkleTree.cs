using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace GovernanceRewards.Rewards.Merkle;

/// <summary>A multiproof in the order <c>RewardDistributor.claimMany</c> and OpenZeppelin's MerkleProof expect.</summary>
public sealed record MultiProof(IReadOnlyList<RewardLeaf> Leaves, IReadOnlyList<byte[]> Proof, IReadOnlyList<bool> ProofFlags);

/// <summary>
/// The tree of OpenZeppelin's <c>StandardMerkleTree.of(values, ["address", "uint256"])</c>: leaves are
/// keccak256(keccak256(abi.encode(account, total))), sorted by hash, laid out at the end of a flat array in
/// reverse order, and each inner node hashes its two children in sorted order. Same leaves, same root and proofs
/// as the JavaScript library, so any standard client verifies them.
/// </summary>
public sealed class StandardMerkleTree
{
    private const int HashSize = 32;
    private readonly byte[] _nodes;
    private readonly int[] _treeIndexOfValue;

    private StandardMerkleTree(IReadOnlyList<RewardLeaf> values, byte[] nodes, int[] treeIndexOfValue)
    {
        Values = values;
        _nodes = nodes;
        _treeIndexOfValue = treeIndexOfValue;
    }

    /// <summary>The leaves in the order they were given.</summary>
    public IReadOnlyList<RewardLeaf> Values { get; }

    public int NodeCount => _nodes.Length / HashSize;

    public byte[] Root => Node(0);

    /// <summary>All nodes, 32 bytes each, in tree-index order (index 0 is the root): what is stored to serve proofs.</summary>
    public ReadOnlyMemory<byte> Nodes => _nodes;

    /// <summary>Where the value at <paramref name="valueIndex"/> sits in the tree.</summary>
    public int TreeIndexOf(int valueIndex) => _treeIndexOfValue[valueIndex];

    /// <summary>A tree read back from storage: its values, its nodes and each value's tree index, not hashed again.</summary>
    public static StandardMerkleTree Restore(IReadOnlyList<RewardLeaf> values, byte[] nodes, int[] treeIndexOfValue)
    {
        if (nodes.Length != (2 * values.Count - 1) * HashSize || treeIndexOfValue.Length != values.Count)
        {
            throw new ArgumentException($"{values.Count} values need {(2 * values.Count - 1) * HashSize} bytes of nodes and as many tree indexes");
        }
        return new StandardMerkleTree(values, nodes, treeIndexOfValue);
    }

    /// <summary>
    /// Builds the tree. Leaves are hashed in parallel, and so is each level of inner nodes (a node needs only its two
    /// children, so the nodes of one level are independent); nothing is allocated per hash.
    /// </summary>
    public static StandardMerkleTree Of(IReadOnlyList<RewardLeaf> values)
    {
        ArgumentOutOfRangeException.ThrowIfZero(values.Count);
        var count = values.Count;
        var leafHashes = new byte[count * HashSize];
        InParallel(0, count, i => LeafHash(values[i], leafHashes.AsSpan(i * HashSize, HashSize)));
        var order = OrderByHash(leafHashes, count);

        var nodeCount = 2 * count - 1;
        var nodes = new byte[nodeCount * HashSize];
        var treeIndexOfValue = new int[count];
        for (var position = 0; position < count; position++)
        {
            var treeIndex = nodeCount - 1 - position;
            leafHashes.AsSpan(order[position] * HashSize, HashSize).CopyTo(nodes.AsSpan(treeIndex * HashSize));
            treeIndexOfValue[order[position]] = treeIndex;
        }
        // Inner nodes are 0 .. count - 2; level d holds indexes 2^d - 1 .. 2^(d+1) - 2, hashed deepest level first.
        var lastInner = count - 2;
        for (var level = lastInner < 0 ? -1 : BitOperations.Log2((uint)lastInner + 1); level >= 0; level--)
        {
            InParallel((1 << level) - 1, Math.Min(lastInner, (1 << (level + 1)) - 2) + 1, i => HashPair(nodes, i));
        }
        return new StandardMerkleTree(values, nodes, treeIndexOfValue);
    }

    /// <summary>Runs <paramref name="body"/> for every index in [from, to), in slices over the cores when there are many.</summary>
    private static void InParallel(int from, int to, Action<int> body)
    {
        const int Slice = 16_384;
        if (to - from <= Slice)
        {
            for (var i = from; i < to; i++) body(i);
            return;
        }
        Parallel.ForEach(Partitioner.Create(from, to, Slice), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++) body(i);
        });
    }

    /// <summary>
    /// Value indexes in ascending order of their leaf hash (the library's order): sorted on each hash's first 8 bytes
    /// as a number, then runs that share those bytes (rare) by the whole hash.
    /// </summary>
    private static int[] OrderByHash(byte[] leafHashes, int count)
    {
        var order = new int[count];
        var keys = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
            keys[i] = BinaryPrimitives.ReadUInt64BigEndian(leafHashes.AsSpan(i * HashSize));
        }
        Array.Sort(keys, order);
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && keys[end] == keys[start]) end++;
            if (end - start > 1)
            {
                Array.Sort(order, start, end - start, Comparer<int>.Create((a, b) =>
                    leafHashes.AsSpan(a * HashSize, HashSize).SequenceCompareTo(leafHashes.AsSpan(b * HashSize, HashSize))));
            }
            start = end;
        }
        return order;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void HashPair(byte[] nodes, int i)
    {
        var left = nodes.AsSpan((2 * i + 1) * HashSize, HashSize);
        var right = nodes.AsSpan((2 * i + 2) * HashSize, HashSize);
        Span<byte> pair = stackalloc byte[2 * HashSize];
        var leftFirst = left.SequenceCompareTo(right) <= 0;
        (leftFirst ? left : right).CopyTo(pair);
        (leftFirst ? right : left).CopyTo(pair[HashSize..]);
        Keccak256.Hash(pair, nodes.AsSpan(i * HashSize, HashSize));
    }

    /// <summary>keccak256(bytes.concat(keccak256(abi.encode(account, total)))).</summary>
    public static byte[] LeafHash(RewardLeaf leaf)
    {
        var hash = new byte[HashSize];
        LeafHash(leaf, hash);
        return hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void LeafHash(RewardLeaf leaf, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(leaf.CumulativeTotal);
        Span<byte> encoded = stackalloc byte[2 * HashSize];
        encoded.Clear();
        var hex = leaf.Account.AsSpan();
        if (hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) hex = hex[2..];
        if (hex.Length != 40 || Convert.FromHexString(hex, encoded.Slice(12, 20), out _, out _) != OperationStatus.Done)
        {
            throw new ArgumentException($"{leaf.Account} is not an address", nameof(leaf));
        }
        var length = leaf.CumulativeTotal.GetByteCount(isUnsigned: true);
        if (length > HashSize) throw new ArgumentException("the total does not fit in uint256", nameof(leaf));
        leaf.CumulativeTotal.TryWriteBytes(encoded[(2 * HashSize - length)..], out _, isUnsigned: true, isBigEndian: true);
        Span<byte> inner = stackalloc byte[HashSize];
        Keccak256.Hash(encoded, inner);
        Keccak256.Hash(inner, destination);
    }

    /// <summary>Proof of the value at <paramref name="valueIndex"/> (its index in <see cref="Values"/>).</summary>
    public IReadOnlyList<byte[]> GetProof(int valueIndex)
    {
        var proof = new List<byte[]>();
        for (var index = _treeIndexOfValue[valueIndex]; index > 0; index = Parent(index))
        {
            proof.Add(Node(Sibling(index)));
        }
        return proof;
    }

    /// <summary>One proof for several values, following OpenZeppelin's getMultiProof.</summary>
    public MultiProof GetMultiProof(IEnumerable<int> valueIndexes)
    {
        var indices = valueIndexes.Select(v => _treeIndexOfValue[v]).OrderDescending().ToList();
        if (indices.Count == 0) throw new ArgumentException("a multiproof needs at least one leaf", nameof(valueIndexes));
        if (indices.Zip(indices.Skip(1)).Any(p => p.First == p.Second))
        {
            throw new ArgumentException("cannot prove the same leaf twice", nameof(valueIndexes));
        }
        var valueOfTreeIndex = new Dictionary<int, int>(indices.Count);
        foreach (var valueIndex in valueIndexes) valueOfTreeIndex[_treeIndexOfValue[valueIndex]] = valueIndex;

        var stack = new Queue<int>(indices);
        var proof = new List<byte[]>();
        var flags = new List<bool>();
        while (stack.Count > 0 && stack.Peek() > 0)
        {
            var j = stack.Dequeue();
            var sibling = Sibling(j);
            if (stack.Count > 0 && stack.Peek() == sibling)
            {
                flags.Add(true);
                stack.Dequeue();
            }
            else
            {
                flags.Add(false);
                proof.Add(Node(sibling));
            }
            stack.Enqueue(Parent(j));
        }
        return new MultiProof([.. indices.Select(i => Values[valueOfTreeIndex[i]])], proof, flags);
    }

    /// <summary>Checks a proof the way the contract does (sorted-pair hashing up to the root).</summary>
    public static bool Verify(byte[] root, RewardLeaf leaf, IEnumerable<byte[]> proof)
    {
        var hash = LeafHash(leaf);
        foreach (var sibling in proof)
        {
            hash = Keccak256.Hash(hash.AsSpan().SequenceCompareTo(sibling) <= 0 ? [.. hash, .. sibling] : [.. sibling, .. hash]);
        }
        return hash.AsSpan().SequenceEqual(root);
    }

    public byte[] Node(int treeIndex) => _nodes.AsSpan(treeIndex * HashSize, HashSize).ToArray();

    private static int Parent(int index) => (index - 1) / 2;

    private static int Sibling(int index) => index % 2 == 1 ? index + 1 : index - 1;
}
