using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using GovernanceRewards.Contracts.Chain;
using GovernanceRewards.Indexer.Rpc;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.ABI.Model;
using Nethereum.Hex.HexConvertors.Extensions;

namespace GovernanceRewards.Indexer.Decoding;

/// <summary>A log decoded into the row of its event table.</summary>
public sealed record DecodedEvent(EventTable Table, IReadOnlyList<object?> Values)
{
    /// <summary>The arguments as JSON for the outbox: snake_case names, integers as decimal strings, bytes as hex.</summary>
    public JsonElement Arguments()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            for (var i = 0; i < Values.Count; i++)
            {
                json.WritePropertyName(Table.ArgumentNames[i]);
                Write(json, Values[i]);
            }
            json.WriteEndObject();
        }
        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }

    private static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case byte[] bytes:
                json.WriteStringValue(Hex.From(bytes));
                break;
            case BigInteger number:
                json.WriteStringValue(number.ToString(CultureInfo.InvariantCulture));
                break;
            case short small:
                json.WriteStringValue(small.ToString(CultureInfo.InvariantCulture));
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case Array items:
                json.WriteStartArray();
                foreach (var item in items) Write(json, item);
                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"no JSON form for a decoded {value.GetType().Name}", nameof(value));
        }
    }
}

/// <summary>
/// An event the indexer keeps in a table of its own (Storage/Migrations/0002_event_tables.sql), with its parameters
/// split as the log carries them: indexed ones in topics, the rest in data.
/// </summary>
public sealed record EventTable(string Name, EventABI Abi)
{
    public Parameter[] Indexed { get; } = [.. Abi.InputParameters.Where(p => p.Indexed)];

    public Parameter[] NonIndexed { get; } = [.. Abi.InputParameters.Where(p => !p.Indexed)];

    /// <summary>The parameters' names in the outbox's JSON, in snake_case like the table's columns.</summary>
    public string[] ArgumentNames { get; } = [.. Abi.InputParameters.Select(p => EventCatalog.SnakeCase(p.Name))];

    /// <summary>True when every data value is one static 32-byte word, so it can be read in place.</summary>
    public bool DataIsWords { get; } = Abi.InputParameters.Where(p => !p.Indexed).All(p => EventCatalog.IsWord(p.Type));
}

/// <summary>
/// The events later features query, found by their topic in the contracts' ABIs. Each goes to a table named after
/// it in snake_case, with one column per parameter, so the decoder needs no code per event.
/// </summary>
public sealed class EventCatalog
{
    private static readonly IReadOnlyDictionary<string, string[]> Indexed = new Dictionary<string, string[]>
    {
        ["DaoGovernor"] = ["ProposalCreated", "VoteCast", "VoteCastWithParams", "ProposalQueued", "ProposalExecuted", "ProposalCanceled", "ProposalExtended"],
        ["GovToken"] = ["DelegateChanged", "DelegateVotesChanged"],
        ["ContributionRegistry"] = ["ContributionRecorded"],
        ["RewardDistributor"] =
        [
            "EpochFunded", "RootPosted", "RootReplaced", "RootAccepted", "RootVetoed", "Claimed", "DisputeWindowSet", "Swept",
        ],
        ["StakingPool"] =
        [
            "Staked", "WithdrawalRequested", "Withdrawn", "RewardPaid", "RewardAdded", "RewardPeriodExtended", "Slashed",
            "WithdrawalCooldownSet",
        ],
    };

    private static readonly Lazy<EventCatalog> Default = new(() => new EventCatalog(ContractArtifacts.Current));
    private readonly FrozenDictionary<string, EventTable> _byTopic;

    private EventCatalog(ContractArtifacts artifacts)
    {
        var tables = new Dictionary<string, EventTable>();
        foreach (var (contract, events) in Indexed)
        {
            foreach (var name in events)
            {
                var abi = artifacts.ByName[contract].Abi.Events.Single(e => e.Name == name);
                tables["0x" + abi.Sha3Signature.ToLowerInvariant()] = new EventTable(SnakeCase(name), abi);
            }
        }
        _byTopic = tables.ToFrozenDictionary();
    }

    public static EventCatalog Current => Default.Value;

    public IEnumerable<EventTable> Tables => _byTopic.Values;

    public IEnumerable<string> TableNames => _byTopic.Values.Select(t => t.Name);

    /// <summary>The event table of <paramref name="log"/>, or null for events no table keeps.</summary>
    public EventTable? TableOf(ChainLog log) =>
        log.Topics.Length > 0 && _byTopic.TryGetValue(log.Topics[0].ToHex(true), out var table) ? table : null;

    /// <summary>Decodes the parameters of <paramref name="log"/> into column values; throws when the log does not match the ABI.</summary>
    public static DecodedEvent Decode(EventTable table, ChainLog log)
    {
        var parameters = table.Abi.InputParameters;
        var indexed = table.Indexed;
        if (log.Topics.Length != indexed.Length + 1)
        {
            throw new FormatException($"{table.Name} has {indexed.Length} indexed parameters but the log has {log.Topics.Length - 1} topics");
        }
        var nonIndexed = table.NonIndexed;
        var byName = new Dictionary<string, object?>(parameters.Length);
        for (var i = 0; i < indexed.Length; i++)
        {
            byName[indexed[i].Name] = Word(indexed[i].Type, log.Topics[i + 1]);
        }
        if (table.DataIsWords)
        {
            // The common case: every value is one 32-byte word, read in place (the generic decoder is the hot path's cost).
            if (log.Data.Length != 32 * nonIndexed.Length)
            {
                throw new FormatException($"{table.Name} carries {nonIndexed.Length} words but the log has {log.Data.Length} bytes of data");
            }
            for (var i = 0; i < nonIndexed.Length; i++) byName[nonIndexed[i].Name] = Word(nonIndexed[i].Type, log.Data.AsSpan(32 * i, 32));
        }
        else
        {
            foreach (var output in new ParameterDecoder().DecodeDefaultData(log.Data, nonIndexed))
            {
                byName[output.Parameter.Name] = Column(output.Parameter.Type, output.Result);
            }
        }
        return new DecodedEvent(table, [.. parameters.Select(p => byName[p.Name])]);
    }

    internal static bool IsWord(string abiType) =>
        abiType is "address" or "bool" || abiType.StartsWith("uint", StringComparison.Ordinal)
        || (abiType.StartsWith("bytes", StringComparison.Ordinal) && abiType.Length > 5 && !abiType.EndsWith("[]", StringComparison.Ordinal));

    /// <summary>The column value of one 32-byte ABI word (a topic or a static data slot).</summary>
    private static object Word(string abiType, ReadOnlySpan<byte> word)
    {
        if (word.Length != 32) throw new FormatException($"a {abiType} word must be 32 bytes, not {word.Length}");
        return abiType switch
        {
            "address" => word[12..].ToArray(),
            "bool" => word[31] != 0,
            "uint8" => (short)word[31],
            _ when abiType.StartsWith("uint", StringComparison.Ordinal) => new BigInteger(word, isUnsigned: true, isBigEndian: true),
            _ when IsWord(abiType) => word[..int.Parse(abiType.AsSpan(5), System.Globalization.CultureInfo.InvariantCulture)].ToArray(),
            // An indexed dynamic value (string, bytes, array) is only its hash.
            _ => word.ToArray(),
        };
    }

    /// <summary>The database value of an ABI value: addresses and bytes as bytea, uint8 as smallint, other integers as numeric.</summary>
    private static object? Column(string abiType, object? value)
    {
        if (abiType.EndsWith("[]", StringComparison.Ordinal) && value is System.Collections.IEnumerable items and not string and not byte[])
        {
            var elementType = abiType[..^2];
            var elements = items.Cast<object?>().Select(item => Column(elementType, item));
            return elementType switch
            {
                "address" or "bytes" or "bytes32" => elements.Cast<byte[]>().ToArray(),
                "string" => elements.Cast<string>().ToArray(),
                "uint8" => elements.Cast<short>().ToArray(),
                _ => elements.Cast<BigInteger>().ToArray(),
            };
        }
        return (abiType, value) switch
        {
            ("address", string address) => address.HexToByteArray(),
            ("uint8", BigInteger small) => (short)small,
            ("uint8", byte small) => (short)small,
            _ => value,
        };
    }

    public static string SnakeCase(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0) text.Append('_');
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }
}
