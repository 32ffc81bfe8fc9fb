using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using GovernanceRewards.Rewards;
using GovernanceRewards.Rewards.Epochs;
using GovernanceRewards.Rewards.Merkle;
using GovernanceRewards.Rewards.Publication;
using GovernanceRewards.Testing;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Signer;
using Nethereum.Web3;
using Npgsql;
using GovToken = GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;

namespace GovernanceRewards.RewardsBench;

/// <summary>
/// Push-pays an epoch of <c>accounts</c> fresh recipients through the real payout job on anvil: the epoch is funded by
/// a proposal, its tree stored as the compute job leaves it, its root posted by the real job; then the dispute window
/// passes and <see cref="PayEpochJob"/> runs once, timed. Gas per fresh leaf comes from the receipts.
/// </summary>
internal static class PayoutBenchmark
{
    private const int Settler = 9;
    private const long BlockGasLimit = 30_000_000;

    public static async Task<string> RunAsync(int accounts, int batchSize)
    {
        var chain = new ChainFixture();
        var database = new DatabaseFixture();
        await chain.InitializeAsync();
        await database.InitializeAsync();
        try
        {
            var suite = await chain.DeploySuiteAsync(new DeployParameters { Settler = chain.Address(Settler), DisputeWindowSeconds = 10 });
            var leaves = Enumerable.Range(1, accounts)
                .Select(i => new RewardLeaf(EthECKey.GenerateKey().GetPublicAddress().ToLowerInvariant(), DeployParameters.ToUnits(i % 100 + 1))).ToList();
            var budget = leaves.Aggregate(BigInteger.Zero, (s, l) => s + l.CumulativeTotal);
            await suite.Token().DelegateRequestAndWaitForReceiptAsync(chain.Address(0));
            await GovernanceCycle.PassAsync(chain, suite, 0, [0],
            [
                ProposalAction.Of(suite.TokenAddress, new GovToken.ApproveFunction { Spender = suite.DistributorAddress, Value = budget }),
                ProposalAction.Of(suite.DistributorAddress, new FundEpochFunction { Epoch = 1, Budget = budget, WindowStart = 1, WindowEnd = 2, PolicyHash = new byte[32] }),
            ], "# Payout benchmark");

            var connectionString = await database.CreateDatabaseAsync();
            RewardsDatabase.Migrate(connectionString, NullLogger.Instance);
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            var tree = StandardMerkleTree.Of(leaves);
            await StoreComputedEpochAsync(dataSource, (long)chain.Node.ChainId, tree, budget);

            var storageOptions = new PostgreSqlStorageOptions();
            var storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions);
            var signer = await ChainConnection.ConnectAsync(chain.Node.RpcUrl, chain.Key(Settler), chain.Node.ChainId, CancellationToken.None);
            using var gate = new SignerGate(dataSource, signer.ChainId, signer.Address);
            var store = new EpochStore(dataSource);
            var suiteChain = new SuiteChain(new Web3(chain.Node.RpcUrl.ToString()), suite.Manifest);
            var ledger = new TransactionLedger(new PostgresTransactionJournal(dataSource), signer, gate, NullLogger<TransactionLedger>.Instance);
            var jobs = new BackgroundJobClient(storage);
            var payouts = new PayoutOptions { BatchSize = batchSize };
            await new PostRootJob(store, new TreePublisher(dataSource, new ContentStore(dataSource)), suiteChain, ledger, jobs, payouts)
                .RunAsync((long)chain.Node.ChainId, 1, CancellationToken.None);
            await chain.Node.IncreaseTimeAsync(11);
            await chain.Node.MineAsync(1);

            var clock = Stopwatch.StartNew();
            await new PayEpochJob(store, suiteChain, ledger, jobs, payouts, NullLogger<PayEpochJob>.Instance)
                .RunAsync((long)chain.Node.ChainId, 1, CancellationToken.None);
            var elapsed = clock.Elapsed;

            var distributor = suite.Distributor();
            foreach (var leaf in leaves.Take(50))
            {
                if (await distributor.ClaimedQueryAsync(leaf.Account) != leaf.CumulativeTotal) throw new InvalidOperationException($"{leaf.Account} was not paid");
            }
            if (await suite.Token().BalanceOfQueryAsync(suite.DistributorAddress) != 0) throw new InvalidOperationException("the distributor still holds tokens");
            var gas = await PayoutGasAsync(dataSource, chain, (long)chain.Node.ChainId);
            var perLeaf = (double)gas.Total / accounts;
            var perBatch = (double)gas.Total / gas.Transactions;
            return string.Create(CultureInfo.InvariantCulture, $"""

                ## Payout

                {accounts:N0} fresh recipients push-paid by the real payout job (`claimMany` batches of {batchSize}, each batch's claimed amounts
                re-read first, every transaction through the ledger) on anvil with automine.

                | measure | result | target |
                |---|---:|---|
                | gas per fresh recipient (all {gas.Transactions} payout transactions / {accounts:N0}) | {perLeaf:N0} | under 52,000 |
                | leaves per block at this batch size ({BlockGasLimit:N0} gas blocks) | {Math.Floor(BlockGasLimit / perBatch) * batchSize:N0} | report |
                | time to push-pay {accounts:N0} accounts | {elapsed.TotalSeconds:F1} s | report |

                Command: `bench/rewards-bench payout {accounts} {batchSize}`.

                """);
        }
        finally
        {
            await database.DisposeAsync();
            await chain.DisposeAsync();
        }
    }

    private static async Task StoreComputedEpochAsync(NpgsqlDataSource dataSource, long chainId, StandardMerkleTree tree, BigInteger budget)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var epoch = new NpgsqlCommand(
            """
            INSERT INTO reward_epochs (chain_id, epoch, budget, window_start, window_end, policy_hash, funded_block, status, root, cumulative_total,
                allocated, unallocated, leaf_count, computations)
            VALUES ($1, 1, $2, 1, 2, $3, 1, 'computed', $4, $2, $2, 0, $5, 1)
            """, connection, transaction))
        {
            epoch.Parameters.AddWithValue(chainId);
            epoch.Parameters.AddWithValue(budget);
            epoch.Parameters.AddWithValue(new byte[32]);
            epoch.Parameters.AddWithValue(tree.Root);
            epoch.Parameters.AddWithValue(tree.Values.Count);
            await epoch.ExecuteNonQueryAsync();
        }
        await TreeStore.WriteAsync(connection, transaction, chainId, 1, tree, CancellationToken.None);
        await transaction.CommitAsync();
    }

    private static async Task<(BigInteger Total, int Transactions)> PayoutGasAsync(NpgsqlDataSource dataSource, ChainFixture chain, long chainId)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT transaction_hash FROM chain_transactions WHERE chain_id = $1 AND operation LIKE 'rewards/payout/%' AND status = 'mined'");
        command.Parameters.AddWithValue(chainId);
        var hashes = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) hashes.Add(((byte[])reader[0]).ToHex(true));
        }
        var total = BigInteger.Zero;
        var receipts = chain.Web3For(0).Eth.Transactions.GetTransactionReceipt;
        foreach (var hash in hashes) total += (await receipts.SendRequestAsync(hash)).GasUsed.Value;
        return (total, hashes.Count);
    }
}
