using System.Reflection;
using GovernanceRewards.Contracts.Chain;
using GovernanceRewards.Indexer.Events;
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
}
