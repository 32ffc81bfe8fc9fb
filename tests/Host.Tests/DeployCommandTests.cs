using System.Text.Json;
using GovernanceRewards.Embedded;
using GovernanceRewards.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.KeyStore;
using Nethereum.KeyStore.Model;
using Nethereum.Signer;

namespace GovernanceRewards.Host.Tests;

public sealed class DeployCommandTests(ChainFixture chain) : IClassFixture<ChainFixture>, IDisposable
{
    private readonly string _deployments = Directory.CreateTempSubdirectory("govrewards-cli-").FullName;

    [Fact]
    public async Task Deploy_writes_the_manifest_and_a_second_run_sends_nothing()
    {
        var key = chain.Node.DevelopmentKeys[1];
        var environment = new Dictionary<string, string?> { ["GOVREWARDS_KEY"] = key };

        var first = await GovRewardsProcess.RunAsync(environment, "deploy", "--rpc", chain.Node.RpcUrl.ToString(), "--deployments", _deployments);
        var second = await GovRewardsProcess.RunAsync(environment, "deploy", "--rpc", chain.Node.RpcUrl.ToString(), "--deployments", _deployments);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("10 transactions sent", first.Output, StringComparison.Ordinal);
        Assert.Contains("0 transactions sent", second.Output, StringComparison.Ordinal);
        Assert.Contains("nothing sent", second.Error, StringComparison.Ordinal);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_deployments, "31337.json")));
        Assert.True(manifest.RootElement.GetProperty("complete").GetBoolean());
        Assert.Equal(6, manifest.RootElement.GetProperty("contracts").EnumerateObject().Count());
        AssertNoKeyIn(key.Replace("0x", "", StringComparison.Ordinal), first, second);
    }

    [Fact]
    public async Task On_a_testnet_like_chain_deploy_waits_for_confirmations_and_doctor_then_finds_it_ready()
    {
        // A public testnet as far as the tools can tell: Sepolia's chain id, a block every second, a keystore.
        await using var testnet = await AnvilNode.StartAsync(RepositoryLayout.Discover(),
            new AnvilOptions { ChainId = 11155111, BlockTimeSeconds = 1, MineTransactionsAtOnce = true }, NullLogger.Instance, CancellationToken.None);
        // Off a local chain the deployer, the settler (the operator doctor checks) and the guardian are three accounts.
        var key = new EthECKey(testnet.DevelopmentKeys[0]);
        var settler = new EthECKey(testnet.DevelopmentKeys[1]);
        var keystore = Keystore("sepolia-deployer.json", key);
        var settlerKeystore = Keystore("sepolia-settler.json", settler);
        var parameters = Path.Combine(_deployments, "sepolia-parameters.json");
        File.WriteAllText(parameters, JsonSerializer.Serialize(new
        {
            settler = settler.GetPublicAddress(), guardian = new EthECKey(testnet.DevelopmentKeys[2]).GetPublicAddress(),
        }));
        var environment = new Dictionary<string, string?> { ["GOVREWARDS_KEYSTORE_PASSWORD"] = "correct horse" };

        var deployed = await GovRewardsProcess.RunAsync(environment, "deploy", "--rpc", testnet.RpcUrl.ToString(), "--keystore", keystore,
            "--chain-id", "11155111", "--confirmations", "2", "--parameters", parameters, "--deployments", _deployments);

        Assert.True(deployed.ExitCode == 0, deployed.Error);
        Assert.Contains("waiting for 2 confirmation(s)", deployed.Error, StringComparison.Ordinal);
        var manifestPath = Path.Combine(_deployments, "11155111.json");
        using (var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath)))
        {
            Assert.True(manifest.RootElement.GetProperty("complete").GetBoolean());
            var head = (ulong)(await new Nethereum.Web3.Web3(testnet.RpcUrl.ToString()).Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
            Assert.All(manifest.RootElement.GetProperty("contracts").EnumerateObject(), c => Assert.True(c.Value.GetProperty("blockNumber").GetUInt64() + 2 <= head));
        }
        var doctor = await GovRewardsProcess.RunAsync(environment, "doctor", "--manifest", manifestPath, "--rpc", testnet.RpcUrl.ToString(),
            "--keystore", settlerKeystore, "--db", "Host=127.0.0.1;Port=1;Timeout=1");
        Assert.Contains("ok    chain id    11155111, as the manifest says", doctor.Output, StringComparison.Ordinal);
        Assert.Contains("ok    contracts", doctor.Output, StringComparison.Ordinal);
        Assert.Contains("ok    operator", doctor.Output, StringComparison.Ordinal);
        AssertNoKeyIn(key.GetPrivateKey().Replace("0x", "", StringComparison.Ordinal), deployed, doctor);
        AssertNoKeyIn(settler.GetPrivateKey().Replace("0x", "", StringComparison.Ordinal), deployed, doctor);
    }

    [Fact]
    public async Task Deploy_off_a_local_chain_refuses_a_settler_who_is_also_the_guardian_and_names_them()
    {
        await using var testnet = await AnvilNode.StartAsync(RepositoryLayout.Discover(),
            new AnvilOptions { ChainId = 11155111 }, NullLogger.Instance, CancellationToken.None);
        var shared = new EthECKey(testnet.DevelopmentKeys[1]).GetPublicAddress();
        var parameters = Path.Combine(_deployments, "one-hand.json");
        File.WriteAllText(parameters, JsonSerializer.Serialize(new { settler = shared, guardian = shared }));

        var run = await GovRewardsProcess.RunAsync(new Dictionary<string, string?> { ["GOVREWARDS_KEY"] = testnet.DevelopmentKeys[0] },
            "deploy", "--rpc", testnet.RpcUrl.ToString(), "--parameters", parameters, "--deployments", _deployments);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"Settler and Guardian are the same account {shared.ToLowerInvariant()}", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_deployments, "11155111.json")));
    }

    [Fact]
    public async Task Deploy_refuses_a_chain_other_than_the_expected_one()
    {
        var run = await GovRewardsProcess.RunAsync(new Dictionary<string, string?> { ["GOVREWARDS_KEY"] = chain.Node.DevelopmentKeys[2] },
            "deploy", "--rpc", chain.Node.RpcUrl.ToString(), "--chain-id", "11155111", "--deployments", _deployments);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("serves chain id 31337, not the expected 11155111; refusing to send anything", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_deployments, "31337.json")));
    }

    [Fact]
    public async Task Deploy_with_a_keystore_needs_its_password_and_never_prints_the_key()
    {
        var key = new EthECKey(chain.Node.DevelopmentKeys[3]);
        var keystore = Path.Combine(_deployments, "deployer.json");
        File.WriteAllText(keystore, new KeyStoreScryptService().EncryptAndGenerateKeyStoreAsJson(
            "correct horse", key.GetPrivateKeyAsBytes(), key.GetPublicAddress(), new ScryptParams { Dklen = 32, N = 1024, R = 8, P = 1 }));
        string[] arguments = ["deploy", "--rpc", chain.Node.RpcUrl.ToString(), "--keystore", keystore, "--deployments", _deployments];

        var noPassword = await GovRewardsProcess.RunAsync(new Dictionary<string, string?>(), arguments);
        var wrong = await GovRewardsProcess.RunAsync(new Dictionary<string, string?> { ["GOVREWARDS_KEYSTORE_PASSWORD"] = "battery staple" }, arguments);
        var right = await GovRewardsProcess.RunAsync(new Dictionary<string, string?> { ["GOVREWARDS_KEYSTORE_PASSWORD"] = "correct horse" }, arguments);

        Assert.Equal(1, noPassword.ExitCode);
        Assert.Contains("set GOVREWARDS_KEYSTORE_PASSWORD", noPassword.Error, StringComparison.Ordinal);
        Assert.Equal(1, wrong.ExitCode);
        Assert.EndsWith($"\nerror: wrong password for keystore {keystore}", wrong.Error.Trim(), StringComparison.Ordinal);
        Assert.True(right.ExitCode == 0, right.Error);
        Assert.Contains($"deployer {key.GetPublicAddress()}", right.Output, StringComparison.Ordinal);
        AssertNoKeyIn(key.GetPrivateKey().Replace("0x", "", StringComparison.Ordinal), noPassword, wrong, right);
    }

    [Fact]
    public async Task Deploy_to_an_unreachable_rpc_or_without_a_key_says_what_to_fix()
    {
        var unreachable = await GovRewardsProcess.RunAsync(new Dictionary<string, string?> { ["GOVREWARDS_KEY"] = chain.Node.DevelopmentKeys[4] },
            "deploy", "--rpc", "http://127.0.0.1:9", "--deployments", _deployments);
        var noKey = await GovRewardsProcess.RunAsync(new Dictionary<string, string?>(),
            "deploy", "--rpc", "https://rpc.example.invalid", "--deployments", _deployments);
        var badUrl = await GovRewardsProcess.RunAsync(new Dictionary<string, string?>(), "deploy", "--rpc", "not a url");

        Assert.Equal(1, unreachable.ExitCode);
        Assert.StartsWith("error: cannot reach the RPC at http://127.0.0.1:9/", unreachable.Error, StringComparison.Ordinal);
        Assert.Equal(1, noKey.ExitCode);
        Assert.Equal("error: no signing key: pass --keystore FILE or set GOVREWARDS_KEY", noKey.Error.Trim());
        Assert.Equal("error: --rpc must be an http(s) URL, not 'not a url'", badUrl.Error.Trim());
    }

    private string Keystore(string name, EthECKey key)
    {
        var path = Path.Combine(_deployments, name);
        File.WriteAllText(path, new KeyStoreScryptService().EncryptAndGenerateKeyStoreAsJson(
            "correct horse", key.GetPrivateKeyAsBytes(), key.GetPublicAddress(), new ScryptParams { Dklen = 32, N = 1024, R = 8, P = 1 }));
        return path;
    }

    private static void AssertNoKeyIn(string privateKeyHex, params CliRun[] runs)
    {
        foreach (var run in runs)
        {
            Assert.DoesNotContain(privateKeyHex, run.Output + run.Error, StringComparison.OrdinalIgnoreCase);
        }
    }

    public void Dispose() => Directory.Delete(_deployments, recursive: true);
}
