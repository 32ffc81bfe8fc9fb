using System.Text.Json.Nodes;

namespace GovernanceRewards.Host.Tests;

/// <summary>Keystore files as any command that signs meets them; <c>deploy</c> opens its key before it calls the chain.</summary>
public sealed class KeystoreTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("govrewards-keystores-");

    [Theory]
    [InlineData("hello, I am not JSON", "is not a keystore: it is not JSON")]
    [InlineData("[3]", "is not a Web3 Secret Storage (v3) keystore: not a JSON object")]
    [InlineData("""{"address":"0x00"}""", "is not a Web3 Secret Storage (v3) keystore: no \"version\": 3")]
    [InlineData("""{"version":3,"crypto":{"kdf":"scrypt"}}""", "is not a Web3 Secret Storage (v3) keystore: its \"crypto\" lacks kdf, kdfparams, ciphertext or mac")]
    public async Task A_file_that_is_not_a_keystore_is_refused_in_one_line(string content, string reason)
    {
        var path = Path.Combine(_folder.FullName, "keystore.json");
        await File.WriteAllTextAsync(path, content);

        var run = await DeployAsync(path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {path} {reason}", run.Error.Trim());
    }

    [Theory]
    [InlineData("scrypt", """{"n":1073741824,"r":8,"p":1}""", "scrypt n = 1073741824 exceeds 1048576")]
    [InlineData("scrypt", """{"n":262144,"r":8,"p":64}""", "scrypt r*p = 512 exceeds 64")]
    [InlineData("scrypt", """{"n":1048576,"r":16,"p":1}""", "scrypt n*r = 16777216 needs more than 1024 MiB")]
    [InlineData("pbkdf2", """{"c":2000000000,"prf":"hmac-sha256"}""", "pbkdf2 c = 2000000000 exceeds 10000000")]
    public async Task A_keystore_asking_for_an_absurd_key_derivation_is_refused_before_any_derivation(string kdf, string parameters, string excess)
    {
        var path = Keystore(kdf, parameters);

        var run = await DeployAsync(path);

        Assert.Equal(1, run.ExitCode);
        // One line, and no "Opening" line before it: nothing was derived.
        Assert.Equal($"error: {path} refused: {excess}, more than any wallet writes (derivation would take too long)", run.Error.Trim());
    }

    [Fact]
    public async Task A_keystore_with_geths_defaults_is_derived_and_only_then_told_wrong()
    {
        var path = Keystore("scrypt", """{"n":262144,"r":8,"p":1}""");

        var run = await DeployAsync(path);

        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith($"\nerror: wrong password for keystore {path}", run.Error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ctrl_C_during_a_slow_but_legitimate_key_derivation_ends_the_command_at_once()
    {
        // Ten million PBKDF2 rounds: within bounds, and seconds of work on any machine.
        var path = Keystore("pbkdf2", """{"c":10000000,"prf":"hmac-sha256"}""");
        using var deploy = GovRewardsProcess.Start(Password, "deploy", "--rpc", "http://127.0.0.1:1", "--keystore", path);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!deploy.Error.Contains("Opening", StringComparison.Ordinal))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30) && !deploy.HasExited, "never started deriving: " + deploy.Error);
            await Task.Delay(50);
        }
        await Task.Delay(300);

        deploy.Signal("INT");
        var exit = await deploy.ExitCodeWithinAsync(TimeSpan.FromSeconds(2));

        Assert.True(exit == 130, $"exit {exit?.ToString() ?? "none within 2 s"}: {deploy.Error}");
        Assert.EndsWith("cancelled", deploy.Error.Trim(), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static Dictionary<string, string?> Password => new() { ["GOVREWARDS_KEYSTORE_PASSWORD"] = "correct horse" };

    private static Task<CliRun> DeployAsync(string keystore) =>
        GovRewardsProcess.RunAsync(Password, "deploy", "--rpc", "http://127.0.0.1:1", "--keystore", keystore);

    /// <summary>A v3 keystore with the given KDF; its ciphertext and MAC are random, so no password opens it.</summary>
    private string Keystore(string kdf, string parameters)
    {
        var kdfParameters = JsonNode.Parse(parameters)!.AsObject();
        kdfParameters["dklen"] = 32;
        kdfParameters["salt"] = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var keystore = new JsonObject
        {
            ["version"] = 3,
            ["id"] = Guid.NewGuid().ToString(),
            ["address"] = "008aeeda4d805471df9b2a5b0f38a0c3bcba786b",
            ["crypto"] = new JsonObject
            {
                ["cipher"] = "aes-128-ctr",
                ["cipherparams"] = new JsonObject { ["iv"] = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)) },
                ["ciphertext"] = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
                ["kdf"] = kdf,
                ["kdfparams"] = kdfParameters,
                ["mac"] = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            },
        };
        var path = Path.Combine(_folder.FullName, $"{kdf}-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, keystore.ToJsonString());
        return path;
    }
}
