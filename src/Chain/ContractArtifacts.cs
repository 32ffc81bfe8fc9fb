using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text.Json;
using Nethereum.ABI.ABIDeserialisation;
using Nethereum.ABI.Model;

namespace GovernanceRewards.Chain;

/// <summary>One compiled contract as contracts/build.js wrote it (embedded in this assembly); bytecode is 0x hex.</summary>
public sealed record ContractArtifact(string Name, string AbiJson, string AbiDigest, ContractABI Abi, string Bytecode);

/// <summary>
/// The compiled contracts shipped with this assembly: their ABIs (digested for the deployment manifest) and every
/// custom error they can revert with, keyed by selector, so a revert is explained by name and arguments.
/// </summary>
public sealed class ContractArtifacts
{
    public static readonly IReadOnlyList<string> Names =
        ["Treasury", "GovToken", "StakingPool", "DaoGovernor", "ContributionRegistry", "RewardDistributor"];

    private static readonly Lazy<ContractArtifacts> Embedded = new(Load);

    private ContractArtifacts(FrozenDictionary<string, ContractArtifact> byName, FrozenDictionary<string, ErrorABI> errors)
    {
        ByName = byName;
        ErrorsBySelector = errors;
    }

    public static ContractArtifacts Current => Embedded.Value;

    public FrozenDictionary<string, ContractArtifact> ByName { get; }

    /// <summary>Custom errors by their 4-byte selector, lower-case hex with 0x.</summary>
    public FrozenDictionary<string, ErrorABI> ErrorsBySelector { get; }

    /// <summary>
    /// The standard-JSON input that rebuilds <paramref name="name"/> byte for byte (contracts/out/&lt;Name&gt;.input.json):
    /// what an explorer verifies it from. Read on demand, as it carries every source the contract imports.
    /// </summary>
    public static string StandardJsonInput(string name)
    {
        using var stream = typeof(ContractArtifacts).Assembly.GetManifestResourceStream($"artifacts/{name}.input.json")
            ?? throw new InvalidOperationException($"the standard-JSON input of {name} is not embedded; run contracts/build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static ContractArtifacts Load()
    {
        var assembly = typeof(ContractArtifacts).Assembly;
        var artifacts = new Dictionary<string, ContractArtifact>();
        var errors = new Dictionary<string, ErrorABI>();
        var deserialiser = new ABIJsonDeserialiser();
        foreach (var name in Names)
        {
            using var stream = assembly.GetManifestResourceStream($"artifacts/{name}.json")
                ?? throw new InvalidOperationException($"artifact {name} is not embedded; run contracts/build");
            using var document = JsonDocument.Parse(stream);
            var abiJson = document.RootElement.GetProperty("abi").GetRawText();
            var abi = deserialiser.DeserialiseContract(abiJson);
            var digest = "0x" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(abiJson)));
            var bytecode = document.RootElement.GetProperty("bytecode").GetString()!;
            artifacts[name] = new ContractArtifact(name, abiJson, digest, abi, bytecode);
            foreach (var error in abi.Errors)
            {
                errors.TryAdd("0x" + error.Sha3Signature.ToLowerInvariant(), error);
            }
        }
        return new ContractArtifacts(artifacts.ToFrozenDictionary(), errors.ToFrozenDictionary());
    }
}
