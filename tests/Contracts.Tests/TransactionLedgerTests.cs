using System.Numerics;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;
using GovernanceRewards.Chain.Storage;
using GovernanceRewards.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GovernanceRewards.Contracts.Tests;

public sealed class TransactionLedgerTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    private const string Operation = "test/transfer";

    [Fact]
    public async Task A_transaction_stuck_in_the_mempool_is_replaced_with_higher_fees_and_exactly_one_is_mined()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var dataSource = await LedgerDatabaseAsync();
        var ledger = await LedgerAsync(dataSource, chain.Node.RpcUrl);
        var web3 = chain.Web3For(0);
        var before = await NonceAndBalanceAsync(suite);

        var result = await WithoutAutomineAsync(async () =>
        {
            var sending = Transfer(ledger, suite);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            // The ledger records a replacement before broadcasting it, so mining waits until the node has it too: a block
            // mined in between gives the nonce to the original (the next test).
            while (!(await ledger.FindAsync(Operation, CancellationToken.None) is { Attempts: >= 2, TransactionHash: { } replacement }
                     && await web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(replacement) is not null))
            {
                Assert.True(DateTime.UtcNow < deadline, "the stuck transaction was never replaced");
                await Task.Delay(100);
            }
            await chain.Node.MineAsync(1);
            return await sending;
        });

        Assert.True(result.Succeeded);
        var entry = (await ledger.FindAsync(Operation, CancellationToken.None))!;
        Assert.Equal(("mined", result.Receipt!.TransactionHash), (entry.Status, entry.TransactionHash));
        Assert.Equal((before.Nonce + 1, before.Balance + 7), await NonceAndBalanceAsync(suite));

        var replaced = await ReplacedAsync(dataSource);
        Assert.NotEmpty(replaced);
        var original = await web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(replaced[0]);
        var mined = await web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(result.Receipt.TransactionHash);
        Assert.True(original is null || original.BlockNumber is null, "the replaced transaction was mined too");
        Assert.Equal(before.Nonce, mined.Nonce.Value);
    }

    [Fact]
    public async Task A_transaction_mined_just_before_its_replacement_is_broadcast_is_the_one_recorded_and_pays_once()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var dataSource = await LedgerDatabaseAsync();
        var broadcasts = 0;
        // The second broadcast is the replacement: a block is mined just before the node sees it, so the original, still
        // in the pool, takes the nonce and the node refuses the replacement as "nonce too low".
        await using var node = RpcInterceptor.Start(chain.Node.RpcUrl, async body =>
        {
            if (body.Contains("eth_sendRawTransaction", StringComparison.Ordinal) && Interlocked.Increment(ref broadcasts) == 2) await chain.Node.MineAsync(1);
        });
        var ledger = await LedgerAsync(dataSource, node.Url);
        var before = await NonceAndBalanceAsync(suite);

        var result = await WithoutAutomineAsync(() => Transfer(ledger, suite).WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal(2, broadcasts);
        Assert.True(result.Succeeded);
        var original = Assert.Single(await ReplacedAsync(dataSource));
        Assert.Equal(original, result.Receipt!.TransactionHash);
        var entry = (await ledger.FindAsync(Operation, CancellationToken.None))!;
        Assert.Equal(("mined", original), (entry.Status, entry.TransactionHash));
        Assert.Equal((before.Nonce + 1, before.Balance + 7), await NonceAndBalanceAsync(suite));
    }

    [Fact]
    public async Task A_transaction_signed_but_never_broadcast_does_not_hold_back_the_signers_next_one()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var dataSource = await LedgerDatabaseAsync();
        var signer = await ChainConnection.ConnectAsync(chain.Node.RpcUrl, chain.Key(0), chain.Node.ChainId, CancellationToken.None);
        var ledger = new TransactionLedger(new PostgresTransactionJournal(dataSource), signer, new SignerGate(dataSource, signer.ChainId, signer.Address),
            NullLogger<TransactionLedger>.Instance, options: new LedgerOptions { StuckAfter = TimeSpan.FromSeconds(1) });
        var before = await NonceAndBalanceAsync(suite);

        // What a record that failed with the database leaves behind: a transaction signed, never broadcast.
        await signer.Web3.Eth.GetContractHandler(suite.TokenAddress).SignTransactionAsync(new TransferFunction { To = chain.Address(5), Value = 1 });
        var result = await Transfer(ledger, suite).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(result.Succeeded);
        Assert.Equal((before.Nonce + 1, before.Balance + 7), await NonceAndBalanceAsync(suite));
        var mined = await chain.Web3For(0).Eth.Transactions.GetTransactionByHash.SendRequestAsync(result.Receipt!.TransactionHash);
        Assert.Equal(before.Nonce, mined.Nonce.Value);
    }

    [Fact]
    public async Task A_transaction_recorded_but_not_broadcast_reaches_the_node_before_the_signers_next_one_and_both_are_mined()
    {
        await using var unbroadcast = await RecordedButNotBroadcastAsync();
        var (suite, ledger, before) = (unbroadcast.Suite, unbroadcast.Ledger, unbroadcast.Before);
        var other = await ledger.SendOnceAsync("test/other", suite.TokenAddress, new TransferFunction { To = chain.Address(5), Value = 3 }, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(30));
        var retried = await Transfer(ledger, suite).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(other.Succeeded && retried.Succeeded);
        Assert.Equal((before.Nonce + 2, before.Balance + 10), await NonceAndBalanceAsync(suite));
    }

    [Fact]
    public async Task A_transaction_whose_nonce_another_one_took_is_built_again_and_pays_once()
    {
        await using var unbroadcast = await RecordedButNotBroadcastAsync();
        var (suite, ledger, before) = (unbroadcast.Suite, unbroadcast.Ledger, unbroadcast.Before);
        // The same key signs elsewhere (another tool, a host behind another node): that transaction takes the nonce.
        await suite.Token().TransferRequestAndWaitForReceiptAsync(chain.Address(6), 1);
        var retried = await Transfer(ledger, suite).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(retried.Succeeded);
        Assert.Equal((before.Nonce + 2, before.Balance + 7), await NonceAndBalanceAsync(suite));
        var entry = (await ledger.FindAsync(Operation, CancellationToken.None))!;
        Assert.Equal(("mined", retried.Receipt!.TransactionHash), (entry.Status, entry.TransactionHash));
    }

    /// <summary>A ledger whose first transfer was recorded, then not broadcast: the node could not be reached.</summary>
    private async Task<Unbroadcast> RecordedButNotBroadcastAsync()
    {
        var suite = await chain.DeploySuiteAsync();
        var dataSource = await LedgerDatabaseAsync();
        var node = RpcInterceptor.Start(chain.Node.RpcUrl, FailFirstBroadcast());
        var ledger = await LedgerAsync(dataSource, node.Url);
        var before = await NonceAndBalanceAsync(suite);
        await Assert.ThrowsAnyAsync<Exception>(() => Transfer(ledger, suite));
        return new Unbroadcast(suite, ledger, before, dataSource, node);
    }

    private sealed record Unbroadcast(
        Suite Suite, TransactionLedger Ledger, (BigInteger Nonce, BigInteger Balance) Before, NpgsqlDataSource DataSource, RpcInterceptor Node) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Node.DisposeAsync();
            await DataSource.DisposeAsync();
        }
    }

    /// <summary>The node cannot be reached for the first broadcast, after the ledger recorded the transaction.</summary>
    private static Func<string, Task> FailFirstBroadcast()
    {
        var failing = 1;
        return body => body.Contains("eth_sendRawTransaction", StringComparison.Ordinal) && Interlocked.Exchange(ref failing, 0) == 1
            ? throw new HttpRequestException("the node cannot be reached")
            : Task.CompletedTask;
    }

    [Fact]
    public async Task A_broadcast_answers_before_mining_a_second_one_finds_it_under_way_and_the_next_send_records_it_mined()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var dataSource = await LedgerDatabaseAsync();
        var ledger = await LedgerAsync(dataSource, chain.Node.RpcUrl);
        var before = await NonceAndBalanceAsync(suite);
        Task<TransferFunction?> Build(CancellationToken _) => Task.FromResult<TransferFunction?>(new TransferFunction { To = chain.Address(5), Value = 7 });

        var (first, second) = await WithoutAutomineAsync(async () =>
            (await ledger.BroadcastOnceAsync(Operation, suite.TokenAddress, Build, CancellationToken.None),
             await ledger.BroadcastOnceAsync(Operation, suite.TokenAddress, Build, CancellationToken.None)));
        await chain.Node.MineAsync(1);

        Assert.Equal((false, true), (first.UnderWay, second.UnderWay));
        Assert.Equal(first.Hash, second.Hash);
        Assert.Equal("sent", (await ledger.FindAsync(Operation, CancellationToken.None))!.Status);
        await ledger.SendOnceAsync("test/another", suite.TokenAddress, new TransferFunction { To = chain.Address(5), Value = 1 }, CancellationToken.None);
        Assert.Equal(("mined", first.Hash), (await ledger.FindAsync(Operation, CancellationToken.None)) is { } entry ? (entry.Status, entry.TransactionHash) : default);
        Assert.Equal((before.Nonce + 2, before.Balance + 8), await NonceAndBalanceAsync(suite));
    }

    [Fact]
    public async Task Without_a_database_a_commands_ledger_still_replaces_a_stuck_transaction_and_exactly_one_is_mined()
    {
        var suite = await chain.DeploySuiteAsync();
        var signer = await ChainConnection.ConnectAsync(chain.Node.RpcUrl, chain.Key(0), chain.Node.ChainId, CancellationToken.None);
        var ledger = new TransactionLedger(new MemoryTransactionJournal(), signer, new SignerGate(null, signer.ChainId, signer.Address),
            NullLogger<TransactionLedger>.Instance, options: new LedgerOptions { StuckAfter = TimeSpan.FromSeconds(1) });
        var before = await NonceAndBalanceAsync(suite);

        var receipt = await WithoutAutomineAsync(async () =>
        {
            var sending = ledger.SendAsync("transfer", Operation, suite.TokenAddress, new TransferFunction { To = chain.Address(5), Value = 7 }, CancellationToken.None);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!(await ledger.FindAsync(Operation, CancellationToken.None) is { Attempts: >= 2, TransactionHash: { } replacement }
                     && await chain.Web3For(0).Eth.Transactions.GetTransactionByHash.SendRequestAsync(replacement) is not null))
            {
                Assert.True(DateTime.UtcNow < deadline, "the stuck transaction was never replaced");
                await Task.Delay(100);
            }
            await chain.Node.MineAsync(1);
            return await sending;
        });

        Assert.Equal(("mined", receipt.TransactionHash), (await ledger.FindAsync(Operation, CancellationToken.None)) is { } entry ? (entry.Status, entry.TransactionHash) : default);
        Assert.Equal((before.Nonce + 1, before.Balance + 7), await NonceAndBalanceAsync(suite));
    }

    [Fact]
    public async Task A_commands_call_the_chain_refuses_says_the_decoded_error_and_sends_nothing()
    {
        var suite = await chain.DeploySuiteAsync();
        var signer = await ChainConnection.ConnectAsync(chain.Node.RpcUrl, chain.Key(6), chain.Node.ChainId, CancellationToken.None);
        var ledger = TransactionLedger.InProcess(signer, NullLogger<TransactionLedger>.Instance);
        var nonce = (await chain.Web3For(6).Eth.Transactions.GetTransactionCount.SendRequestAsync(chain.Address(6))).Value;

        var refused = await Assert.ThrowsAsync<TransactionRevertedException>(() =>
            ledger.SendAsync("transfer", Operation, suite.TokenAddress, new TransferFunction { To = chain.Address(5), Value = 7 }, CancellationToken.None));

        Assert.StartsWith("ERC20InsufficientBalance(", refused.Reason, StringComparison.Ordinal);
        Assert.Null(refused.TransactionHash);
        Assert.Equal(nonce, (await chain.Web3For(6).Eth.Transactions.GetTransactionCount.SendRequestAsync(chain.Address(6))).Value);
        Assert.Equal("reverted", (await ledger.FindAsync(Operation, CancellationToken.None))!.Status);
    }

    private async Task<NpgsqlDataSource> LedgerDatabaseAsync()
    {
        var connectionString = await database.CreateDatabaseAsync();
        ChainDatabase.Migrate(connectionString, NullLogger.Instance);
        return NpgsqlDataSource.Create(connectionString);
    }

    /// <summary>A ledger signing for account 0 through the node at <paramref name="rpcUrl"/>, replacing what is unmined after 1 s.</summary>
    private async Task<TransactionLedger> LedgerAsync(NpgsqlDataSource dataSource, Uri rpcUrl)
    {
        var signer = await ChainConnection.ConnectAsync(rpcUrl, chain.Key(0), chain.Node.ChainId, CancellationToken.None);
        return new TransactionLedger(new PostgresTransactionJournal(dataSource), signer, new SignerGate(dataSource, signer.ChainId, signer.Address),
            NullLogger<TransactionLedger>.Instance, options: new LedgerOptions { StuckAfter = TimeSpan.FromSeconds(1) });
    }

    private Task<LedgerResult> Transfer(TransactionLedger ledger, Suite suite) =>
        ledger.SendOnceAsync(Operation, suite.TokenAddress, new TransferFunction { To = chain.Address(5), Value = 7 }, CancellationToken.None);

    /// <summary>The sender's nonce and the recipient's token balance.</summary>
    private async Task<(BigInteger Nonce, BigInteger Balance)> NonceAndBalanceAsync(Suite suite) =>
        ((await chain.Web3For(0).Eth.Transactions.GetTransactionCount.SendRequestAsync(chain.Address(0))).Value,
         await suite.Token().BalanceOfQueryAsync(chain.Address(5)));

    private async Task<T> WithoutAutomineAsync<T>(Func<Task<T>> run)
    {
        await chain.Node.RpcAsync("evm_setAutomine", [false]);
        try
        {
            return await run();
        }
        finally
        {
            await chain.Node.RpcAsync("evm_setAutomine", [true]);
        }
    }

    private static async Task<List<string>> ReplacedAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT replaced_hashes FROM chain_transactions WHERE operation = $1");
        command.Parameters.AddWithValue(Operation);
        return [.. ((byte[][])(await command.ExecuteScalarAsync())!).Select(h => "0x" + Convert.ToHexStringLower(h))];
    }
}
