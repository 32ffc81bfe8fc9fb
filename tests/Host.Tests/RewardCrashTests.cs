using System.Numerics;
using GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using GovernanceRewards.Content;
using GovernanceRewards.Rewards.Policy;
using GovernanceRewards.Testing;
using Nethereum.Signer;
using GovToken = GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;

namespace GovernanceRewards.Host.Tests;

/// <summary>
/// <c>govrewards serve</c> workers killed, signalled, or cut off their database while an epoch is computed, while its root
/// is posted and in the middle of the payout. In the end every contributor holds exactly its allocation, paid by a single
/// Claimed event, and the root was posted once.
/// </summary>
public sealed class RewardCrashTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>, IDisposable
{
    private const int Settler = 9;
    private const int Contributors = 30;
    private readonly string _manifest = Path.Combine(Path.GetTempPath(), $"govrewards-crash-{Guid.NewGuid():N}.json");
    private readonly string _policy = Path.Combine(Path.GetTempPath(), $"govrewards-policy-{Guid.NewGuid():N}.json");
    private ulong _windowStart;
    private ulong _windowEnd;
    private BigInteger _settlerNonce;

    [Fact]
    public async Task Workers_killed_while_computing_posting_and_paying_still_pay_every_account_exactly_once()
    {
        var (suite, db, contributors) = await PrepareAsync();
        var workerA = Worker(db);
        var workerB = Worker(db);
        try
        {
            await FundEpochAsync(suite);

            await WaitForAsync(db, "SELECT count(*) FROM reward_epochs", 1, workerA, workerB);
            workerA.Kill();
            workerA = Worker(db);
            await WaitForAsync(db, "SELECT count(*) FROM reward_epochs WHERE status <> 'funded'", 1, workerA, workerB);
            workerB.Kill();
            workerB = Worker(db);
            await WaitForAsync(db, "SELECT count(*) FROM reward_epochs WHERE status = 'posted'", 1, workerA, workerB);

            await chain.Node.IncreaseTimeAsync(21);
            await chain.Node.MineAsync(1);
            await WaitForAsync(db, "SELECT count(*) FROM chain_transactions WHERE operation LIKE 'rewards/payout/%' AND status = 'mined'", 1, workerA, workerB);
            workerA.Kill();
            workerB.Kill();
            workerA = Worker(db);
            workerB = Worker(db);
            await WaitForAsync(db, "SELECT count(*) FROM reward_epochs WHERE status = 'paid'", 1, workerA, workerB, () => chain.Node.MineAsync(1));

            await AssertPaidExactlyOnceAsync(suite, db, contributors, workerA, workerB);
        }
        finally
        {
            workerA.Dispose();
            workerB.Dispose();
        }
    }

    /// <summary>
    /// One worker whose database is cut while the epoch is computed, frozen while its root is posted, cut again in the
    /// middle of the payout, and which is then stopped by SIGTERM between batches and started again.
    /// </summary>
    [Fact]
    public async Task A_worker_whose_database_goes_away_and_freezes_at_each_stage_and_that_is_stopped_mid_payout_pays_every_account_exactly_once()
    {
        var (suite, db, contributors) = await PrepareAsync();
        var (proxy, proxied) = TcpProxy.ForDatabase(db);
        using var _ = proxy;
        var worker = Worker(proxied);
        try
        {
            await FundEpochAsync(suite);

            await WaitForAsync(db, "SELECT count(*) FROM reward_epochs", 1, worker, worker);
            proxy.Stop();
            await Task.Delay(TimeSpan.FromSeconds(3));
            proxy.Start();
            await WaitForAsync(db, "SELECT count(*) FROM reward_epochs WHERE status <> 'funded'", 1, worker, worker);
            proxy.Freeze();
            await Task.Delay(TimeSpan.FromSeconds(5));
            proxy.Thaw();
            await WaitForAsync(db, "SELECT count(*) FROM reward_epochs WHERE status = 'posted'", 1, worker, worker);

            await chain.Node.IncreaseTimeAsync(21);
            await chain.Node.MineAsync(1);
            await WaitForAsync(db, "SELECT count(*) FROM chain_transactions WHERE operation LIKE 'rewards/payout/%' AND status = 'mined'", 1, worker, worker);
            proxy.Stop();
            await Task.Delay(TimeSpan.FromSeconds(3));
            proxy.Start();
            await WaitForAsync(db, "SELECT count(*) FROM chain_transactions WHERE operation LIKE 'rewards/payout/%' AND status = 'mined'", 3, worker, worker);
            worker.Signal("TERM");
            var exit = await worker.ExitCodeWithinAsync(TimeSpan.FromSeconds(20));
            Assert.True(exit == 0, $"exit {exit?.ToString() ?? "none within 20 s"}: {worker.Error}");
            worker.Dispose();
            worker = Worker(proxied);
            await WaitForAsync(db, "SELECT count(*) FROM reward_epochs WHERE status = 'paid'", 1, worker, worker, () => chain.Node.MineAsync(1));

            await AssertPaidExactlyOnceAsync(suite, db, contributors, worker, worker);
        }
        finally
        {
            worker.Dispose();
        }
    }

    /// <summary>
    /// A suite whose settler is <see cref="Settler"/>, the policy stored, and <see cref="Contributors"/> contributions:
    /// contributor i records i units of code, so epoch 1 (budget 465 tokens = 1 + ... + 30) pays i tokens to contributor i.
    /// </summary>
    private async Task<(Suite Suite, string Db, List<string> Contributors)> PrepareAsync()
    {
        var suite = await chain.DeploySuiteAsync(new DeployParameters { Settler = chain.Address(Settler), DisputeWindowSeconds = 20 });
        suite.Manifest.Save(_manifest);
        _settlerNonce = await SettlerNonceAsync();
        var db = await database.CreateDatabaseAsync();
        await File.WriteAllTextAsync(_policy, """{"version":2,"weights":{"code":1},"participationBasisPoints":0,"minimumBond":"0","capBasisPoints":10000,"exclusions":[]}""");
        var added = await GovRewardsProcess.RunAsync(new Dictionary<string, string?>(), "policy", "add", _policy, "--db", db);
        Assert.True(added.ExitCode == 0, added.Error);

        var contributors = Enumerable.Range(1, Contributors).Select(_ => EthECKey.GenerateKey().GetPublicAddress().ToLowerInvariant()).ToList();
        _windowStart = await chain.LatestTimestampAsync() + 1;
        await chain.Node.IncreaseTimeAsync(1);
        await suite.Registry().RecordBatchRequestAndWaitForReceiptAsync([.. contributors.Select((c, i) => new Contribution
        {
            Contributor = c, Kind = 4, Units = i + 1, EvidenceDigest = new byte[32], EvidenceCodec = Cid.RawCodec,
        })]);
        _windowEnd = await chain.LatestTimestampAsync() + 1;
        await chain.Node.IncreaseTimeAsync(5);
        return (suite, db, contributors);
    }

    private async Task FundEpochAsync(Suite suite)
    {
        await suite.Token().DelegateRequestAndWaitForReceiptAsync(chain.Address(0));
        var budget = DeployParameters.ToUnits(Contributors * (Contributors + 1) / 2);
        await GovernanceCycle.PassAsync(chain, suite, 0, [0],
        [
            ProposalAction.Of(suite.TokenAddress, new GovToken.ApproveFunction { Spender = suite.DistributorAddress, Value = budget }),
            ProposalAction.Of(suite.DistributorAddress, new FundEpochFunction
            {
                Epoch = 1, Budget = budget, WindowStart = _windowStart, WindowEnd = _windowEnd, PolicyHash = RewardPolicy.Load(_policy).Hash,
            }),
        ], "# Fund epoch 1");
    }

    private async Task AssertPaidExactlyOnceAsync(Suite suite, string db, List<string> contributors, RunningCli a, RunningCli b)
    {
        var distributor = suite.Distributor();
        for (var i = 0; i < Contributors; i++)
        {
            Assert.Equal(DeployParameters.ToUnits(i + 1), await suite.Token().BalanceOfQueryAsync(contributors[i]));
            Assert.Equal(DeployParameters.ToUnits(i + 1), await distributor.ClaimedQueryAsync(contributors[i]));
        }
        Assert.Equal(BigInteger.Zero, await suite.Token().BalanceOfQueryAsync(suite.DistributorAddress));
        await WaitForAsync(db, "SELECT count(*) FROM reward_claims", Contributors, a, b);
        Assert.Equal(Contributors, await TestDatabase.ScalarAsync(db, "SELECT count(DISTINCT account) FROM reward_claims"));
        Assert.Equal(1, await TestDatabase.ScalarAsync(db, "SELECT count(*) FROM reward_roots_posted"));
        // Each ledger operation is one transaction, and the settler sent nothing else: its nonce moved once for each
        // ledger row whose transaction is on chain. (The settler is also the keeper, whose queue or execute may lose
        // the race with the test's own and revert, or still be recorded as sent when the run ends: once all the same.)
        var hashes = (await TestDatabase.TextAsync(db, "SELECT string_agg('0x' || encode(transaction_hash, 'hex'), ',') FROM chain_transactions"))
            .Split(',', StringSplitOptions.RemoveEmptyEntries);
        var mined = 0L;
        foreach (var hash in hashes)
        {
            if (await chain.Web3For(0).Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash) is not null) mined++;
        }
        var sent = (long)(await SettlerNonceAsync() - _settlerNonce);
        Assert.Equal(0, await TestDatabase.ScalarAsync(db, "SELECT count(*) FROM chain_transactions WHERE operation LIKE 'rewards/%' AND status <> 'mined'"));
        Assert.True(mined == sent, $"{sent} transactions sent, {mined} on chain by the ledger: " + await TestDatabase.TextAsync(db,
            "SELECT string_agg(operation || ' ' || status || ' x' || attempts || coalesce(' ' || error, ''), '; ' ORDER BY updated_at) FROM chain_transactions"));
    }

    private async Task<BigInteger> SettlerNonceAsync() =>
        (await chain.Web3For(0).Eth.Transactions.GetTransactionCount.SendRequestAsync(chain.Address(Settler))).Value;

    private RunningCli Worker(string db) => GovRewardsProcess.Start(
        new Dictionary<string, string?> { ["GOVREWARDS_KEY"] = chain.Node.DevelopmentKeys[Settler] },
        "serve", "--manifest", _manifest, "--rpc", chain.Node.RpcUrl.ToString(), "--db", db, "--urls", "http://127.0.0.1:0",
        "--payout-batch-size", "3", "--recheck-seconds", "1", "--reconcile-seconds", "2");

    private static async Task WaitForAsync(string db, string sql, long expected, RunningCli a, RunningCli b, Func<Task>? meanwhile = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(150);
        while (await TestDatabase.ScalarAsync(db, sql) < expected)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"never reached {expected} for {sql}:\nworker A:\n{a.Error}\nworker B:\n{b.Error}");
            if (meanwhile is not null) await meanwhile();
            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        File.Delete(_manifest);
        File.Delete(_policy);
    }
}
