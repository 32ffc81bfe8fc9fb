using System.Text.Json;

namespace GovernanceRewards.Chain;

/// <summary>
/// A Web3 Secret Storage (v3) file, checked before any key is derived from it. Its KDF parameters decide how long
/// derivation takes and how much memory it needs, and a file from anywhere may ask for hours or terabytes; the bounds
/// admit what geth, MetaMask and Nethereum write (at most scrypt n = 2^18 with r = 8, p = 1, or r = 1, p = 8) with room
/// to spare.
/// </summary>
public sealed class KeystoreFile
{
    private KeystoreFile(string path, string json)
    {
        Path = path;
        Json = json;
    }

    public string Path { get; }

    internal string Json { get; }

    public const long MaximumScryptN = 1 << 20;
    public const long MaximumScryptRTimesP = 64;
    public const long MaximumScryptMemory = 1L << 30;
    public const long MaximumPbkdf2Rounds = 10_000_000;

    /// <summary>The file, once it is a v3 keystore whose KDF is within bounds; else a one-line <see cref="KeyException"/>.</summary>
    public static async Task<KeystoreFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) throw new KeyException($"keystore file {path} does not exist");
        var json = await File.ReadAllTextAsync(path, cancellationToken);
        try
        {
            using var document = JsonDocument.Parse(json);
            Check(document.RootElement, path);
        }
        catch (JsonException)
        {
            throw new KeyException($"{path} is not a keystore: it is not JSON");
        }
        return new KeystoreFile(path, json);
    }

    private static void Check(JsonElement root, string path)
    {
        var notV3 = $"{path} is not a Web3 Secret Storage (v3) keystore";
        if (root.ValueKind != JsonValueKind.Object) throw new KeyException($"{notV3}: not a JSON object");
        if (Property(root, "version") is not { ValueKind: JsonValueKind.Number } version || !version.TryGetInt32(out var number) || number != 3)
        {
            throw new KeyException($"{notV3}: no \"version\": 3");
        }
        if (Property(root, "crypto") is not { ValueKind: JsonValueKind.Object } crypto
            || Property(crypto, "kdfparams") is not { ValueKind: JsonValueKind.Object } parameters
            || Property(crypto, "kdf") is not { ValueKind: JsonValueKind.String } kdf
            || Property(crypto, "ciphertext") is not { ValueKind: JsonValueKind.String }
            || Property(crypto, "mac") is not { ValueKind: JsonValueKind.String })
        {
            throw new KeyException($"{notV3}: its \"crypto\" lacks kdf, kdfparams, ciphertext or mac");
        }
        // The derived key is the 32-byte AES key and MAC key of version 3; a longer one only multiplies the work.
        var dklen = Parameter(parameters, "dklen", path);
        Bound(dklen == 32, path, $"kdfparams.dklen = {dklen}, not 32");
        switch (kdf.GetString())
        {
            case "scrypt":
                var n = Parameter(parameters, "n", path);
                var r = Parameter(parameters, "r", path);
                var p = Parameter(parameters, "p", path);
                Bound(n <= MaximumScryptN, path, $"scrypt n = {n} exceeds {MaximumScryptN}");
                Bound(r * p <= MaximumScryptRTimesP, path, $"scrypt r*p = {r * p} exceeds {MaximumScryptRTimesP}");
                Bound(128 * n * r <= MaximumScryptMemory, path, $"scrypt n*r = {n * r} needs more than {MaximumScryptMemory >> 20} MiB");
                break;
            case "pbkdf2":
                var c = Parameter(parameters, "c", path);
                Bound(c <= MaximumPbkdf2Rounds, path, $"pbkdf2 c = {c} exceeds {MaximumPbkdf2Rounds}");
                break;
            default:
                throw new KeyException($"{notV3}: unknown kdf \"{kdf.GetString()}\" (scrypt or pbkdf2)");
        }
    }

    /// <summary>A positive integer parameter; the products above stay within a long since each factor is bounded by int.</summary>
    private static long Parameter(JsonElement parameters, string name, string path) =>
        Property(parameters, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) && number > 0
            ? number
            : throw new KeyException($"{path}: kdfparams.{name} must be a positive integer below 2^31");

    private static void Bound(bool within, string path, string excess)
    {
        if (!within) throw new KeyException($"{path} refused: {excess}, more than any wallet writes (derivation would take too long)");
    }

    /// <summary>Names as wallets write them: geth's lower case, and the "Crypto" of some older ones.</summary>
    private static JsonElement? Property(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)) return property.Value;
        }
        return null;
    }
}
