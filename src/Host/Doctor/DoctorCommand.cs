using System.CommandLine;
using System.Numerics;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Chain.Storage;
using GovernanceRewards.Embedded;
using GovernanceRewards.Host.Access;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Host.Deploy;
using GovernanceRewards.Indexer.Notifications;
using Nethereum.Web3;
using Npgsql;

namespace GovernanceRewards.Host.Doctor;

/// <summary>One finding: fine, worth a look (a warning), or blocking; with what to do about it.</summary>
internal sealed record Finding(string Check, Verdict Verdict, string Detail, string? Fix = null);

internal enum Verdict
{
    Ok, Warning, Failed, Skipped,
}

/// <summary>
/// <c>govrewards doctor</c>: checks, without changing anything, what <c>serve</c> needs (manifest, RPC, chain id,
/// contracts, database, migrations, indexer, operator key) and says for each problem what to do. Exit code 1 when
/// anything blocks.
/// </summary>
internal static class DoctorCommand
{
    public static Command Create()
    {
        var manifest = new Option<string>("--manifest") { Description = "Deployment manifest (deployments/<chainId>.json)", Required = true };
        var rpc = new Option<string>("--rpc") { Description = "JSON-RPC endpoint", DefaultValueFactory = _ => "http://127.0.0.1:8545" };
        var database = CommonInputs.DatabaseOption();
        var keystore = new Option<string?>("--keystore") { Description = $"Operator keystore to check (else {SigningKey.EnvironmentVariable}, as serve does)" };
        var command = new Command("doctor", "Check manifest, RPC, chain id, contracts, database, migrations and keys; say what to fix") { manifest, rpc, database, keystore };
        command.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async _ =>
        {
            var findings = await ExamineAsync(
                result.GetValue(manifest)!, result.GetValue(rpc)!,
                CommonInputs.Database(result, database), result.GetValue(keystore), cancellationToken);
            foreach (var finding in findings)
            {
                var mark = finding.Verdict switch { Verdict.Ok => "ok  ", Verdict.Warning => "warn", Verdict.Failed => "FAIL", _ => "skip" };
                Console.WriteLine($"{mark}  {finding.Check,-11} {finding.Detail}" + (finding.Fix is null ? "" : $"\n      {"",-11} fix: {finding.Fix}"));
            }
            var failed = findings.Count(f => f.Verdict == Verdict.Failed);
            Console.WriteLine(failed == 0 ? "ready to serve" : $"{failed} problem(s) to fix before `govrewards serve`");
            return failed == 0 ? 0 : 1;
        }));
        return command;
    }

    public static async Task<IReadOnlyList<Finding>> ExamineAsync(
        string manifestPath, string rpc, string? connectionString, string? keystore, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        var deployment = DeploymentManifest.TryLoad(manifestPath);
        findings.Add(deployment switch
        {
            null => new Finding("manifest", Verdict.Failed, $"no manifest at {manifestPath}", "deploy with `govrewards deploy`, or pass --manifest deployments/<chainId>.json"),
            { Complete: false } => new Finding("manifest", Verdict.Failed, $"{manifestPath} records an unfinished deployment", "run `govrewards deploy` again with the same parameters to finish it"),
            _ => new Finding("manifest", Verdict.Ok, $"{manifestPath}: {deployment.Contracts.Count} contracts on chain {deployment.ChainId}"),
        });

        var chainReady = await ExamineChainAsync(findings, deployment, rpc, keystore, cancellationToken);
        await ExamineDatabaseAsync(findings, deployment, connectionString, chainReady, cancellationToken);
        return findings;
    }

    /// <summary>RPC, chain id, contracts and the operator key; returns the chain's reader when the chain can be used.</summary>
    private static async Task<Web3?> ExamineChainAsync(
        List<Finding> findings, DeploymentManifest? deployment, string rpc, string? keystore, CancellationToken cancellationToken)
    {
        if (CommonInputs.HttpUrl(rpc) is not { } rpcUrl)
        {
            findings.Add(new Finding("rpc", Verdict.Failed, $"'{Redaction.Redact(rpc)}' is not an http(s) URL", "pass --rpc http://host:port"));
            return null;
        }
        ulong chainId;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            chainId = await ChainConnection.ReadChainIdAsync(rpcUrl, cancellationToken).WaitAsync(timeout.Token);
        }
        catch (Exception e) when (e is ChainException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            findings.Add(new Finding("rpc", Verdict.Failed, e is ChainException ? e.Message : $"no answer from {Redaction.Redact(rpcUrl)} within 5 s",
                "start the node (`govrewards chain` for a local one) or pass the right --rpc"));
            return null;
        }
        var web3 = new Web3(rpcUrl.ToString());
        findings.Add(new Finding("rpc", Verdict.Ok, $"{Redaction.Redact(rpcUrl)} answers, head {(await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value}"));
        if (deployment is null) return web3;
        if (deployment.ChainId != chainId)
        {
            findings.Add(new Finding("chain id", Verdict.Failed, $"the RPC serves chain {chainId}, the manifest is for chain {deployment.ChainId}",
                $"point --rpc at chain {deployment.ChainId}, or use deployments/{chainId}.json"));
            return null;
        }
        findings.Add(new Finding("chain id", Verdict.Ok, $"{chainId}, as the manifest says"));

        try
        {
            await SuiteDeployer.VerifyAsync(web3, chainId, deployment, "the manifest", cancellationToken);
            findings.Add(new Finding("contracts", Verdict.Ok, "every recorded contract has its recorded code"));
        }
        catch (DeploymentException e)
        {
            findings.Add(new Finding("contracts", Verdict.Failed, e.Message.ReplaceLineEndings(" "), "redeploy (`govrewards deploy`) or use the manifest of this chain's deployment"));
            return null;
        }

        await ExamineOperatorAsync(findings, web3, rpcUrl, deployment, keystore, cancellationToken);
        return web3;
    }

    private static async Task ExamineOperatorAsync(
        List<Finding> findings, Web3 web3, Uri rpcUrl, DeploymentManifest deployment, string? keystore, CancellationToken cancellationToken)
    {
        SigningKey key;
        try
        {
            // Found exactly as serve finds it, so the verdict is what serve will do: it refuses to start without one.
            key = await SignerResolver.ResolveAsync(keystore, rpcUrl, RepositoryLayout.Discover(), cancellationToken);
        }
        catch (KeyException e) when (keystore is null)
        {
            findings.Add(new Finding("operator", Verdict.Failed, "no operator key: serve refuses to start without one",
                $"pass --keystore FILE (or set {SigningKey.EnvironmentVariable}), here and to serve; {e.Message}"));
            return;
        }
        catch (KeyException e)
        {
            findings.Add(new Finding("operator", Verdict.Failed, e.Message, $"check the keystore file and {SignerResolver.PasswordVariable}"));
            return;
        }
        var balance = (await web3.Eth.GetBalance.SendRequestAsync(key.Address)).Value;
        var suite = new SuiteChain(web3, deployment);
        var settler = await suite.Distributor().HasRoleQueryAsync(await suite.Distributor().SettlerRoleQueryAsync(), key.Address);
        var problems = new List<string>();
        if (balance == BigInteger.Zero) problems.Add("has no native balance for gas");
        if (!settler) problems.Add("lacks the distributor's SETTLER_ROLE (cannot post reward roots)");
        findings.Add(problems.Count == 0
            ? new Finding("operator", Verdict.Ok, $"{key.Address}: {TokenAmount.Format(balance)} native for gas, may settle reward roots")
            : new Finding("operator", Verdict.Failed, $"{key.Address} {string.Join(" and ", problems)}",
                "fund the account, and grant SETTLER_ROLE by proposal (`govrewards propose call --target <distributor> --signature \"grantRole(bytes32,address)\" …`)"));
    }

    private static async Task ExamineDatabaseAsync(
        List<Finding> findings, DeploymentManifest? deployment, string? connectionString, Web3? chain, CancellationToken cancellationToken)
    {
        if (connectionString is null)
        {
            findings.Add(new Finding("database", Verdict.Failed, "no connection string", $"pass --db \"Host=…;Database=…\" or set {CommonInputs.DatabaseVariable}"));
            return;
        }
        try
        {
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            findings.Add(new Finding("database", Verdict.Ok, $"PostgreSQL {connection.PostgreSqlVersion} at {connection.Host}:{connection.Port}/{connection.Database}"));
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            findings.Add(new Finding("database", Verdict.Failed, e.GetBaseException().Message, "check the connection string and that PostgreSQL is running"));
            return;
        }

        var pending = new[]
            {
                typeof(ChainDatabase).Assembly, typeof(Indexer.Storage.IndexerDatabase).Assembly, typeof(GovernanceRewards.Governance.GovernanceDatabase).Assembly,
                typeof(GovernanceRewards.Rewards.RewardsDatabase).Assembly, typeof(ApiKeyStore).Assembly,
            }
            .SelectMany(assembly => SchemaMigrations.Pending(connectionString, assembly)).ToList();
        findings.Add(pending.Count == 0
            ? new Finding("migrations", Verdict.Ok, "the schema is up to date")
            : new Finding("migrations", Verdict.Warning, $"{pending.Count} migration(s) not applied yet, first {pending[0]}", "none needed: serve (and index) apply them at start"));

        if (deployment is null || chain is null || pending.Count > 0)
        {
            findings.Add(new Finding("indexer", Verdict.Skipped, "needs the chain and an up-to-date schema"));
            return;
        }
        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        {
            var head = (ulong)(await chain.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
            var delivered = await DeliveredHead.ReadAsync(dataSource, (long)deployment.ChainId, cancellationToken);
            findings.Add(delivered != DeliveredHead.None
                ? new Finding("indexer", Verdict.Ok, $"delivered through block {delivered.BlockNumber}, {(head > delivered.BlockNumber ? head - delivered.BlockNumber : 0)} behind the head")
                : new Finding("indexer", Verdict.Warning, "has not indexed this chain yet", "serve (or index) starts from the deploy blocks"));
        }
    }
}
