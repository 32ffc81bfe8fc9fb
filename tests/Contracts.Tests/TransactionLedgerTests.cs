using GovernanceRewards.Contracts.Chain;
using GovernanceRewards.Contracts.GovToken.ContractDefinition;
using GovernanceRewards.Contracts.Storage;
using GovernanceRewards.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GovernanceRewards.Contracts.Tests;

public sealed class TransactionLedgerTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_transaction_stuck_in_the_mempool_is_replaced_with_higher_fees_and_exactly_one_is_mined()
    {
        var suite = await chain.DeploySuiteAsync();
        var connectionString = await database.CreateDatabaseAsync();
        ChainDatabase.Migrate(connectionString, NullLogger.Instance);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var signer = await ChainConnection.ConnectAsync(chain.Node.RpcUrl, chain.Key(0), chain.Node.ChainId, CancellationToken.None);
        var ledger = new TransactionLedger(dataSource, signer, new SignerGate(dataSource, signer.ChainId, signer.Address),
            NullLogger<TransactionLedger>.Instance, options: new LedgerOptions { StuckAfter = TimeSpan.FromSeconds(1) });
        var web3 = chain.Web3For(0);
        var nonce = (await web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(chain.Address(0))).Value;
        var before = await suite.Token().BalanceOfQueryAsync(chain.Address(5));

        await chain.Node.RpcAsync("evm_setAutomine", [false]);
        LedgerResult result;
        try
        {
            var sending = ledger.SendOnceAsync("test/transfer", suite.TokenAddress, new TransferFunction { To = chain.Address(5), Value = 7 }, CancellationToken.None);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            // The ledger records a replacement before broadcasting it, so mining waits until the node has it too: a block
            // mined in between gives the nonce to the original (the next test).
            while (!(await ledger.FindAsync("test/transfer", CancellationToken.None) is { Attempts: >= 2, TransactionHash: { } replacement }
                     && await web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(replacement) is not null))
            {
                Assert.True(DateTime.UtcNow < deadline, "the stuck transaction was never replaced");
                await Task.Delay(100);
            }
            await chain.Node.MineAsync(1);
            result = await sending;
        }
        finally
        {
            await chain.Node.RpcAsync("evm_setAutomine", [true]);
        }

        Assert.True(result.Succeeded);
        var entry = (await ledger.FindAsync("test/transfer", CancellationToken.None))!;
        Assert.Equal(("mined", result.Receipt!.TransactionHash), (entry.Status, entry.TransactionHash));
        Assert.Equal(nonce + 1, (await web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(chain.Address(0))).Value);
        Assert.Equal(before + 7, await suite.Token().BalanceOfQueryAsync(chain.Address(5)));

        await using var command = dataSource.CreateCommand("SELECT replaced_hashes FROM chain_transactions WHERE operation = 'test/transfer'");
        var replaced = (byte[][])(await command.ExecuteScalarAsync())!;
        Assert.NotEmpty(replaced);
        var original = await web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync("0x" + Convert.ToHexStringLower(replaced[0]));
        var mined = await web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(result.Receipt.TransactionHash);
        Assert.True(original is null || original.BlockNumber is null, "the replaced transaction was mined too");
        Assert.Equal(nonce, mined.Nonce.Value);
    }

    [Fact]
    public async Task A_transaction_mined_just_before_its_replacement_is_broadcast_is_the_one_recorded_and_pays_once()
    {
        var suite = await chain.DeploySuiteAsync();
        var connectionString = await database.CreateDatabaseAsync();
        ChainDatabase.Migrate(connectionString, NullLogger.Instance);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var broadcasts = 0;
        // The second broadcast is the replacement: a block is mined just before the node sees it, so the original, still
        // in the pool, takes the nonce and the node refuses the replacement as "nonce too low".
        await using var node = RpcInterceptor.Start(chain.Node.RpcUrl, async body =>
        {
            if (body.Contains("eth_sendRawTransaction", StringComparison.Ordinal) && Interlocked.Increment(ref broadcasts) == 2) await chain.Node.MineAsync(1);
        });
        var signer = await ChainConnection.ConnectAsync(node.Url, chain.Key(0), chain.Node.ChainId, CancellationToken.None);
        var ledger = new TransactionLedger(dataSource, signer, new SignerGate(dataSource, signer.ChainId, signer.Address),
            NullLogger<TransactionLedger>.Instance, options: new LedgerOptions { StuckAfter = TimeSpan.FromSeconds(1) });
        var web3 = chain.Web3For(0);
        var nonce = (await web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(chain.Address(0))).Value;
        var before = await suite.Token().BalanceOfQueryAsync(chain.Address(5));

        await chain.Node.RpcAsync("evm_setAutomine", [false]);
        LedgerResult result;
        try
        {
            result = await ledger.SendOnceAsync("test/transfer", suite.TokenAddress, new TransferFunction { To = chain.Address(5), Value = 7 }, CancellationToken.None)
                .WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            await chain.Node.RpcAsync("evm_setAutomine", [true]);
        }

        Assert.Equal(2, broadcasts);
        Assert.True(result.Succeeded);
        await using var command = dataSource.CreateCommand("SELECT replaced_hashes FROM chain_transactions WHERE operation = 'test/transfer'");
        var original = "0x" + Convert.ToHexStringLower(Assert.Single((byte[][])(await command.ExecuteScalarAsync())!));
        Assert.Equal(original, result.Receipt!.TransactionHash);
        var entry = (await ledger.FindAsync("test/transfer", CancellationToken.None))!;
        Assert.Equal(("mined", original), (entry.Status, entry.TransactionHash));
        Assert.Equal(nonce + 1, (await web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(chain.Address(0))).Value);
        Assert.Equal(before + 7, await suite.Token().BalanceOfQueryAsync(chain.Address(5)));
    }
}
