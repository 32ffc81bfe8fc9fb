using System.Collections;
using System.Numerics;
using System.Reflection;
using GovernanceRewards.Chain;
using GovernanceRewards.Indexer.Events;
using GovernanceRewards.Indexer.Rpc;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace GovernanceRewards.Indexer.Tests.Events;

/// <summary>The typed notifications against the contracts as compiled: a Solidity event renamed or changed fails here or at build.</summary>
public sealed class ChainEventCatalogTests
{
    public static TheoryData<string> Events() => [.. ChainEventCatalog.Current.Types.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Events))]
    public void Each_notification_decodes_an_event_the_compiled_contracts_emit_with_the_same_signature(string name)
    {
        var type = ChainEventCatalog.Current.Named(name)!;

        var emitted = ContractArtifacts.Current.ByName.Values.SelectMany(a => a.Abi.Events).Where(e => e.Name == name).ToList();

        Assert.NotEmpty(emitted);
        Assert.All(emitted, e => Assert.Equal(Convert.ToHexStringLower(type.Topic), e.Sha3Signature.ToLowerInvariant()));
        Assert.Equal(name, type.Notification.Name);
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Each_notification_carries_every_parameter_of_its_event(string name)
    {
        var type = ChainEventCatalog.Current.Named(name)!;
        var parameters = type.Binding.GetProperties().Where(p => p.GetCustomAttribute<ParameterAttribute>() is not null)
            .Select(p => (p.Name, p.PropertyType)).ToList();

        var carried = type.Notification.GetProperties().ToDictionary(p => p.Name, p => p.PropertyType);

        Assert.All(parameters, p =>
        {
            Assert.True(carried.TryGetValue(p.Name, out var carriedType), $"{name} does not carry {p.Name}");
            Assert.True(carriedType.IsAssignableFrom(p.PropertyType), $"{name}.{p.Name} is {carriedType.Name}, the event's is {p.PropertyType.Name}");
        });
        Assert.Equal(parameters.Count + 1, carried.Count(p => p.Key != "EqualityContract"));
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void The_in_place_decoding_of_an_event_gives_what_Nethereums_decoder_gives(string name)
    {
        var type = ChainEventCatalog.Current.Named(name)!;
        var parameters = type.Binding.GetProperties().Select(p => (Property: p, Abi: p.GetCustomAttribute<ParameterAttribute>()))
            .Where(p => p.Abi is not null).OrderBy(p => p.Abi!.Order).ToList();
        if (parameters.Any(p => !p.Abi!.Parameter.Indexed && !AbiWord.Is(p.Abi.Type))) return;
        var random = new Random(name.GetHashCode(StringComparison.Ordinal));
        var decodeWithNethereum = typeof(EventTopicDecoder).GetMethods()
            .Single(m => m.Name == nameof(EventTopicDecoder.DecodeTopics) && m.IsGenericMethod && m.GetParameters() is [{ ParameterType.IsArray: true }, { ParameterType.Name: "String" }])
            .MakeGenericMethod(type.Binding);

        for (var run = 0; run < 200; run++)
        {
            var words = parameters.Select(p => Word(p.Abi!.Type, random)).ToList();
            byte[][] topics = [type.Topic, .. parameters.Select((p, i) => (p, i)).Where(x => x.p.Abi!.Parameter.Indexed).Select(x => words[x.i])];
            var data = parameters.Select((p, i) => (p, i)).Where(x => !x.p.Abi!.Parameter.Indexed).SelectMany(x => words[x.i]).ToArray();
            var log = new ChainLog(1, new byte[32], 1, 0, new byte[32], 0, new byte[20], topics, data);

            var ours = type.Decode(log, DecodedRange.Location(log, 1, 1));
            var theirs = decodeWithNethereum.Invoke(new EventTopicDecoder(), [topics.Select(t => (object)("0x" + Convert.ToHexStringLower(t))).ToArray(), "0x" + Convert.ToHexStringLower(data)])!;

            foreach (var (property, _) in parameters)
            {
                Assert.Equal(Normal(property.GetValue(theirs)), Normal(type.Notification.GetProperty(property.Name)!.GetValue(ours)));
            }
        }
    }

    /// <summary>A random value of <paramref name="abiType"/> as its 32-byte ABI word.</summary>
    private static byte[] Word(string abiType, Random random)
    {
        var word = new byte[32];
        switch (abiType)
        {
            case "address":
                random.NextBytes(word.AsSpan(12));
                break;
            case "bool":
                word[31] = (byte)random.Next(2);
                break;
            case var bytes when bytes.StartsWith("bytes", StringComparison.Ordinal):
                random.NextBytes(word.AsSpan(0, int.Parse(bytes.AsSpan(5), System.Globalization.CultureInfo.InvariantCulture)));
                break;
            default:
                // uintN: N bits, right-aligned, sometimes the largest value.
                var bits = int.Parse(abiType.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture);
                if (random.Next(10) == 0) word.AsSpan(32 - bits / 8).Fill(0xff);
                else random.NextBytes(word.AsSpan(32 - bits / 8));
                break;
        }
        return word;
    }

    private static string? Normal(object? value) => value switch
    {
        byte[] bytes => Convert.ToHexStringLower(bytes),
        string text => text.ToLowerInvariant(),
        BigInteger number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(",", items.Cast<object?>().Select(Normal)),
        _ => value?.ToString(),
    };
}
