using System.Numerics;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Bindings.DaoGovernor;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Chain.Bindings.RewardDistributor;
using GovernanceRewards.Embedded;
using GovernanceRewards.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.KeyStore;
using Nethereum.KeyStore.Model;
using Nethereum.Signer;
using Nethereum.Web3;

namespace GovernanceRewards.Contracts.Tests;

public sealed class SuiteDeployerTests(ChainFixture chain) : IClassFixture<ChainFixture>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("govrewards-deploy-").FullName;

    private string ManifestPath => DeploymentManifest.PathFor(_directory, chain.Node.ChainId);

    [Fact]
    public async Task A_deployment_writes_a_manifest_of_the_whole_wired_suite()
    {
        var outcome = await DeployAsync(new DeployParameters { TreasuryTokens = 700, DeployerTokens = 300 });

        var manifest = DeploymentManifest.TryLoad(ManifestPath)!;
        Assert.True(manifest.Complete);
        Assert.Equal(chain.Node.ChainId, manifest.ChainId);
        Assert.Equal(ContractArtifacts.Names.Order(), manifest.Contracts.Keys.Order());
        Assert.All(manifest.Contracts.Values, c => Assert.StartsWith("0x", c.AbiDigest, StringComparison.Ordinal));
        Assert.Equal(4, manifest.Steps.Count);
        Assert.Equal(10, outcome.TransactionsSent);
        var deployment = await chain.Web3For(0).Eth.Transactions.GetTransactionByHash.SendRequestAsync(manifest["DaoGovernor"].TransactionHash);
        Assert.Equal(2, (int)deployment.Type.Value);
        var suite = new Suite(chain, manifest);
        Assert.Equal(DeployParameters.ToUnits(700), await suite.Token().BalanceOfQueryAsync(suite.TreasuryAddress));
        Assert.Equal(DeployParameters.ToUnits(300), await suite.Token().BalanceOfQueryAsync(chain.Address(0)));
    }

    [Fact]
    public async Task Deploying_again_verifies_the_code_and_sends_nothing()
    {
        await DeployAsync(new DeployParameters());
        var nonceBefore = await NonceAsync();

        var again = await DeployAsync(new DeployParameters());

        Assert.Equal(0, again.TransactionsSent);
        Assert.Equal(nonceBefore, await NonceAsync());
    }

    [Fact]
    public async Task An_interrupted_deployment_resumes_with_only_the_missing_steps()
    {
        using var interruption = new CancellationTokenSource();
        var logger = new CancelOnLog("Deployed ContributionRegistry", interruption);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DeployAsync(new DeployParameters(), logger, interruption.Token));
        var interrupted = DeploymentManifest.TryLoad(ManifestPath)!;
        Assert.False(interrupted.Complete);
        Assert.Equal(5, interrupted.Contracts.Count);

        var resumed = await DeployAsync(new DeployParameters());

        Assert.Equal(5, resumed.TransactionsSent);
        Assert.True(resumed.Manifest.Complete);
        Assert.Equal(interrupted["GovToken"], resumed.Manifest["GovToken"]);
        var suite = new Suite(chain, resumed.Manifest);
        Assert.True(await suite.Treasury().HasRoleQueryAsync(await suite.Treasury().ProposerRoleQueryAsync(), suite.GovernorAddress));
        Assert.False(await suite.Treasury().HasRoleQueryAsync(new byte[32], chain.Address(0)));
    }

    [Fact]
    public async Task A_manifest_that_does_not_match_the_chain_is_refused_with_what_to_do()
    {
        var outcome = await DeployAsync(new DeployParameters());
        var stale = outcome.Manifest with { Contracts = new(outcome.Manifest.Contracts) };
        stale.Contracts["GovToken"] = stale.Contracts["GovToken"] with { Address = "0x000000000000000000000000000000000000dEaD" };
        stale.Save(ManifestPath);

        var error = await Assert.ThrowsAsync<DeploymentException>(() => DeployAsync(new DeployParameters()));

        Assert.Contains("GovToken: no code at 0x000000000000000000000000000000000000dEaD", error.Message, StringComparison.Ordinal);
        Assert.Contains("delete", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_chain_id_is_refused_before_anything_is_sent()
    {
        var nonceBefore = await NonceAsync();

        var error = await Assert.ThrowsAsync<ChainException>(() =>
            ChainConnection.ConnectAsync(chain.Node.RpcUrl, chain.Key(0), expectedChainId: 11155111, CancellationToken.None));

        Assert.Equal($"the RPC at {chain.Node.RpcUrl} serves chain id 31337, not the expected 11155111; refusing to send anything", error.Message);
        Assert.Equal(nonceBefore, await NonceAsync());
    }

    [Fact]
    public async Task An_unfunded_account_and_an_unreachable_rpc_get_clear_errors()
    {
        var unfunded = SigningKey.FromPrivateKey(EthECKey.GenerateKey().GetPrivateKey());
        var noGas = await Assert.ThrowsAsync<ChainException>(() =>
            ChainConnection.ConnectAsync(chain.Node.RpcUrl, unfunded, null, CancellationToken.None));
        Assert.Contains($"account {unfunded.Address} has no native balance", noGas.Message, StringComparison.Ordinal);

        var unreachable = await Assert.ThrowsAsync<ChainException>(() =>
            ChainConnection.ConnectAsync(new Uri("http://127.0.0.1:9"), chain.Key(0), null, CancellationToken.None));
        Assert.StartsWith("cannot reach the RPC at http://127.0.0.1:9/", unreachable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Off_a_local_chain_the_settler_guardian_and_deployer_must_be_three_accounts_or_nothing_is_sent()
    {
        await using var testnet = await AnvilNode.StartAsync(
            chain.Layout, new AnvilOptions { ChainId = 11155111 }, NullLogger.Instance, CancellationToken.None);
        var (deployer, settler, guardian) = (TestnetAddress(testnet, 0), TestnetAddress(testnet, 1), TestnetAddress(testnet, 2));

        var unset = await Assert.ThrowsAsync<DeploymentException>(() => DeployToAsync(testnet, new DeployParameters()));
        var deployerSettles = await Assert.ThrowsAsync<DeploymentException>(() =>
            DeployToAsync(testnet, new DeployParameters { Settler = deployer, Guardian = guardian }));
        var settlerGuards = await Assert.ThrowsAsync<DeploymentException>(() =>
            DeployToAsync(testnet, new DeployParameters { Settler = settler, Guardian = settler.ToLowerInvariant() }));

        Assert.Contains("Settler must be set on chain 11155111", unset.Message, StringComparison.Ordinal);
        Assert.Contains("Guardian must be set on chain 11155111", unset.Message, StringComparison.Ordinal);
        Assert.Contains($"deployer and Settler are the same account {deployer.ToLowerInvariant()}",
            deployerSettles.Message, StringComparison.Ordinal);
        Assert.Contains($"Settler and Guardian are the same account {settler.ToLowerInvariant()}",
            settlerGuards.Message, StringComparison.Ordinal);
        var web3 = new Web3(testnet.RpcUrl.ToString());
        Assert.Equal(0, (await web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(deployer)).Value);
        Assert.False(File.Exists(DeploymentManifest.PathFor(_directory, testnet.ChainId)));

        var outcome = await DeployToAsync(testnet, new DeployParameters { Settler = settler, Guardian = guardian });

        var distributor = new RewardDistributorService(web3, outcome.Manifest["RewardDistributor"].Address);
        var (settlerRole, guardianRole) = (await distributor.SettlerRoleQueryAsync(), await distributor.GuardianRoleQueryAsync());
        Assert.True(await distributor.HasRoleQueryAsync(settlerRole, settler));
        Assert.True(await distributor.HasRoleQueryAsync(guardianRole, guardian));
        Assert.False(await distributor.HasRoleQueryAsync(settlerRole, deployer));
        Assert.False(await distributor.HasRoleQueryAsync(guardianRole, deployer));
        Assert.Equal((86_400UL, 3_600UL), (await distributor.DisputeWindowQueryAsync(), await distributor.MinDisputeWindowQueryAsync()));
        var governor = new DaoGovernorService(web3, outcome.Manifest["DaoGovernor"].Address);
        Assert.Equal(DeployParameters.ToUnits(1_000), await governor.ProposalThresholdQueryAsync());
    }

    [Fact]
    public async Task A_withdrawal_cooldown_shorter_than_the_dispute_window_and_a_slash_proposal_is_refused_before_anything_is_sent()
    {
        var nonceBefore = await NonceAsync();
        var minimum = new DeployParameters().MinimumWithdrawalCooldownFor(31337);
        var longerVote = new DeployParameters { VotingPeriodBlocks = 100 }.MinimumWithdrawalCooldownFor(31337);

        var tooShort = await Assert.ThrowsAsync<DeploymentException>(() =>
            DeployAsync(new DeployParameters { WithdrawalCooldownSeconds = minimum - 1 }));
        var outlasted = await Assert.ThrowsAsync<DeploymentException>(() =>
            DeployAsync(new DeployParameters { VotingPeriodBlocks = 100, WithdrawalCooldownSeconds = minimum }));

        // The local dispute window (120 s), then delay, period, late-quorum extension and the queueing block, and the timelock.
        Assert.Equal(120 + (1 + 30 + 5 + 1) * 12 + 60UL, minimum);
        Assert.Equal(minimum + 70 * 12, longerVote);
        Assert.Contains($"WithdrawalCooldownSeconds ({minimum - 1}) is shorter than a root's dispute window and a slash proposal take ({minimum} s",
            tooShort.Message, StringComparison.Ordinal);
        Assert.Contains($"WithdrawalCooldownSeconds ({minimum}) is shorter than a root's dispute window and a slash proposal take ({longerVote} s",
            outlasted.Message, StringComparison.Ordinal);
        Assert.Equal(nonceBefore, await NonceAsync());
        Assert.False(File.Exists(ManifestPath));
        var outcome = await DeployAsync(new DeployParameters { VotingPeriodBlocks = 100 });
        Assert.Equal(longerVote, await new Suite(chain, outcome.Manifest).Pool().WithdrawalCooldownQueryAsync());
    }

    [Fact]
    public async Task A_keystore_opens_with_its_password_and_a_wrong_one_says_so_without_leaking_the_key()
    {
        var key = EthECKey.GenerateKey();
        var privateKey = key.GetPrivateKey();
        var path = Path.Combine(_directory, "deployer.json");
        File.WriteAllText(path, new KeyStoreScryptService().EncryptAndGenerateKeyStoreAsJson(
            "correct horse", key.GetPrivateKeyAsBytes(), key.GetPublicAddress(), new ScryptParams { Dklen = 32, N = 1024, R = 8, P = 1 }));

        var keystore = await KeystoreFile.ReadAsync(path, CancellationToken.None);
        var opened = await SigningKey.FromKeystoreAsync(keystore, "correct horse", CancellationToken.None);
        var wrong = await Assert.ThrowsAsync<KeyException>(() => SigningKey.FromKeystoreAsync(keystore, "battery staple", CancellationToken.None));
        var malformed = Assert.Throws<KeyException>(() => SigningKey.FromPrivateKey("0x1234"));

        Assert.Equal(key.GetPublicAddress(), opened.Address);
        Assert.Equal($"wrong password for keystore {path}", wrong.Message);
        Assert.DoesNotContain(privateKey.Replace("0x", "", StringComparison.Ordinal), opened.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("1234", malformed.Message, StringComparison.Ordinal);
    }

    private async Task<DeploymentOutcome> DeployAsync(
        DeployParameters parameters, ILogger<SuiteDeployer>? logger = null, CancellationToken cancellationToken = default)
    {
        var connection = await ChainConnection.ConnectAsync(chain.Node.RpcUrl, chain.Key(0), chain.Node.ChainId, cancellationToken);
        return await new SuiteDeployer(connection, logger ?? NullLogger<SuiteDeployer>.Instance).DeployAsync(parameters, ManifestPath, cancellationToken);
    }

    private async Task<DeploymentOutcome> DeployToAsync(AnvilNode node, DeployParameters parameters)
    {
        var key = SigningKey.FromPrivateKey(node.DevelopmentKeys[0]);
        var connection = await ChainConnection.ConnectAsync(node.RpcUrl, key, node.ChainId, CancellationToken.None);
        return await new SuiteDeployer(connection, NullLogger<SuiteDeployer>.Instance)
            .DeployAsync(parameters, DeploymentManifest.PathFor(_directory, node.ChainId), CancellationToken.None);
    }

    private static string TestnetAddress(AnvilNode node, int account) => SigningKey.FromPrivateKey(node.DevelopmentKeys[account]).Address;

    /// <summary>Stops a deployment right after a given step, as a crash or Ctrl+C would.</summary>
    private sealed class CancelOnLog(string prefix, CancellationTokenSource interruption) : ILogger<SuiteDeployer>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (formatter(state, exception).StartsWith(prefix, StringComparison.Ordinal)) interruption.Cancel();
        }
    }

    private async Task<BigInteger> NonceAsync() =>
        (await chain.Web3For(0).Eth.Transactions.GetTransactionCount.SendRequestAsync(chain.Address(0))).Value;

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
