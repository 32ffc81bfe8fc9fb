using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovernanceRewards.Chain.Deployment;

/// <summary>Where one contract of the suite lives and how it got there.</summary>
public sealed record DeployedContract(
    string Address, string TransactionHash, ulong BlockNumber, BigInteger GasUsed, string CodeHash, string AbiDigest);

/// <summary>
/// <c>deployments/&lt;chainId&gt;.json</c>: the suite's addresses, deploy transactions and blocks, ABI digests and
/// parameters. It is written after every step, so an interrupted deployment resumes where it stopped.
/// </summary>
public sealed record DeploymentManifest
{
    public required ulong ChainId { get; init; }
    public required string Deployer { get; init; }
    public required DeployParameters Parameters { get; init; }
    public bool Complete { get; init; }
    public Dictionary<string, DeployedContract> Contracts { get; init; } = [];

    /// <summary>Role wiring transactions by step name.</summary>
    public Dictionary<string, string> Steps { get; init; } = [];

    public DeployedContract this[string name] =>
        Contracts.TryGetValue(name, out var contract) ? contract : throw new DeploymentException($"the manifest has no {name}");

    public static string PathFor(string directory, ulong chainId) =>
        Path.Combine(directory, chainId.ToString(CultureInfo.InvariantCulture) + ".json");

    public static DeploymentManifest? TryLoad(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<DeploymentManifest>(File.ReadAllText(path), ManifestJson.Options);
        }
        catch (JsonException e)
        {
            throw new DeploymentException($"{path} is not a deployment manifest: {e.Message}");
        }
    }

    /// <summary>Writes through a temporary file so a crash never leaves half a manifest.</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, ToJson());
        File.Move(temporary, path, overwrite: true);
    }

    public string ToJson() => JsonSerializer.Serialize(this, ManifestJson.Options) + "\n";
}

/// <summary>JSON settings shared by the manifest and the parameters file: camelCase, big integers as strings.</summary>
public static class ManifestJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new BigIntegerStringConverter() },
    };

    /// <summary>Token amounts exceed what JSON numbers carry exactly in most clients, so they travel as decimal strings.</summary>
    public sealed class BigIntegerStringConverter : JsonConverter<BigInteger>
    {
        /// <summary>
        /// Digits only (no sign, exponent or fraction); anything else is a <see cref="JsonException"/>, which the
        /// serializer tags with the value's path, so an API can name the field instead of failing with a 500.
        /// </summary>
        public override BigInteger Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString()!,
                JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
                _ => throw new JsonException("expected a non-negative integer"),
            };
            return BigInteger.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new JsonException($"expected a non-negative integer in digits, not '{text}'");
        }

        public override void Write(Utf8JsonWriter writer, BigInteger value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary>The deployment cannot go on; the message says what to fix.</summary>
public sealed class DeploymentException(string message) : Exception(message);
