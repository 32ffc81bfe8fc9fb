using System.Buffers.Binary;
using System.Linq.Expressions;
using System.Numerics;
using System.Reflection;
using GovernanceRewards.Indexer.Rpc;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.ABI.Model;
using Nethereum.Contracts;

namespace GovernanceRewards.Indexer.Events;

/// <summary>The ABI types whose value is one static 32-byte word: address, bool, uintN, intN, bytesN (no arrays of them).</summary>
internal static class AbiWord
{
    public static bool Is(string abiType) =>
        !abiType.Contains('[', StringComparison.Ordinal)
        && (abiType is "address" or "bool" || abiType.StartsWith("uint", StringComparison.Ordinal) || abiType.StartsWith("int", StringComparison.Ordinal)
            || (abiType.StartsWith("bytes", StringComparison.Ordinal) && abiType.Length > 5));
}

/// <summary>
/// Decodes a log into its generated event DTO. Events whose every value is one 32-byte word (most of them, and the
/// busy ones: contributions, stakes, claims) are read in place; events carrying strings or arrays go through
/// Nethereum's own decoder (measured: the generic decoder was the hot path's cost when every event used it).
/// </summary>
internal sealed class EventDecoder<TEvent> where TEvent : IEventDTO, new()
{
    private readonly Slot[] _all;
    private readonly Slot[] _topics;
    private readonly Slot[]? _words;

    public EventDecoder()
    {
        Abi = ABITypedRegistry.GetEvent<TEvent>();
        var slots = typeof(TEvent).GetProperties()
            .Select(p => (Property: p, Parameter: p.GetCustomAttribute<ParameterAttribute>()))
            .Where(p => p.Parameter is not null)
            .OrderBy(p => p.Parameter!.Order)
            .Select(p => new Slot(p.Parameter!.Parameter, Setter(p.Property), e => p.Property.GetValue(e), p.Property.PropertyType))
            .ToArray();
        _all = slots;
        _topics = [.. slots.Where(s => s.Parameter.Indexed)];
        var data = slots.Where(s => !s.Parameter.Indexed).ToArray();
        _words = data.All(s => AbiWord.Is(s.Parameter.Type)) ? data : null;
    }

    public EventABI Abi { get; }

    public TEvent Decode(ChainLog log)
    {
        if (log.Topics.Length != _topics.Length + 1)
        {
            throw new FormatException($"{Abi.Name} has {_topics.Length} indexed parameters but the log has {log.Topics.Length - 1} topics");
        }
        if (_words is null)
        {
            var general = new EventTopicDecoder().DecodeTopics<TEvent>([.. log.Topics.Select(t => (object)Hex.From(t))], Hex.From(log.Data));
            foreach (var slot in _all) slot.LowerAddresses(general);
            return general;
        }
        if (log.Data.Length != 32 * _words.Length)
        {
            throw new FormatException($"{Abi.Name} carries {_words.Length} words but the log has {log.Data.Length} bytes of data");
        }
        var decoded = new TEvent();
        for (var i = 0; i < _topics.Length; i++) _topics[i].Set(decoded, log.Topics[i + 1]);
        for (var i = 0; i < _words.Length; i++) _words[i].Set(decoded, log.Data.AsSpan(32 * i, 32));
        return decoded;
    }

    private static Action<TEvent, object> Setter(PropertyInfo property)
    {
        var target = Expression.Parameter(typeof(TEvent));
        var value = Expression.Parameter(typeof(object));
        return Expression.Lambda<Action<TEvent, object>>(
            Expression.Assign(Expression.Property(target, property), Expression.Convert(value, property.PropertyType)), target, value).Compile();
    }

    /// <summary>One parameter of the event and how its 32-byte word becomes the DTO's property.</summary>
    private sealed record Slot(Parameter Parameter, Action<TEvent, object> Setter, Func<TEvent, object?> Getter, Type Type)
    {
        public void Set(TEvent target, ReadOnlySpan<byte> word)
        {
            if (word.Length != 32) throw new FormatException($"a {Parameter.Type} word must be 32 bytes, not {word.Length}");
            object value = Type switch
            {
                _ when Type == typeof(string) && Parameter.Type == "address" => Hex.From(word[12..].ToArray()),
                // An indexed string is only its hash.
                _ when Type == typeof(string) => Hex.From(word.ToArray()),
                _ when Type == typeof(BigInteger) => Parameter.Type.StartsWith("int", StringComparison.Ordinal)
                    ? new BigInteger(word, isUnsigned: false, isBigEndian: true)
                    : new BigInteger(word, isUnsigned: true, isBigEndian: true),
                _ when Type == typeof(ulong) => Narrow(word, 8, BinaryPrimitives.ReadUInt64BigEndian(word[24..])),
                _ when Type == typeof(uint) => (uint)Narrow(word, 4, BinaryPrimitives.ReadUInt32BigEndian(word[28..])),
                _ when Type == typeof(byte) => (byte)Narrow(word, 1, word[31]),
                _ when Type == typeof(bool) => word[31] != 0,
                // bytesN is left-aligned; an indexed string, bytes or array is only its hash, all 32 bytes.
                _ when Type == typeof(byte[]) => AbiWord.Is(Parameter.Type)
                    ? word[..int.Parse(Parameter.Type.AsSpan(5), System.Globalization.CultureInfo.InvariantCulture)].ToArray()
                    : word.ToArray(),
                _ => throw new FormatException($"no in-place reading of a {Parameter.Type} into {Type.Name}"),
            };
            Setter(target, value);
        }

        /// <summary>
        /// Addresses as the in-place reading gives them, lower case (Nethereum's decoder gives them checksummed), so a
        /// handler may compare them as strings whichever way an event was decoded.
        /// </summary>
        public void LowerAddresses(TEvent decoded)
        {
            if (Parameter.Type == "address" && Type == typeof(string) && Getter(decoded) is string address) Setter(decoded, address.ToLowerInvariant());
            if (Parameter.Type == "address[]" && Getter(decoded) is List<string> addresses) Setter(decoded, addresses.Select(a => a.ToLowerInvariant()).ToList());
        }

        /// <summary>A value the ABI says fits in <paramref name="bytes"/>; a word with more set is not that event.</summary>
        private ulong Narrow(ReadOnlySpan<byte> word, int bytes, ulong value) =>
            word[..(32 - bytes)].ContainsAnyExcept((byte)0)
                ? throw new FormatException($"{Parameter.Name} does not fit a {Parameter.Type}")
                : value;
    }
}
