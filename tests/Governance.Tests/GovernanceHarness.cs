using System.Numerics;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Governance.Keeper;
using GovernanceRewards.Governance.Proposals;
using GovernanceRewards.Governance.Voting;
using GovernanceRewards.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.Web3;
using Npgsql;

namespace GovernanceRewards.Governance.Tests;

/// <summary>
/// A suite on anvil, its indexer and the governance read model in a fresh database, with the holders the tests
/// use: account 1, 2 and 3 hold tokens (3 has most of its tokens staked); 8 relays votes; 9 runs the keeper.
/// </summary>
internal sealed class GovernanceHarness(ChainFixture chain, Suite suite, TestIndexer indexer, SuiteChain governance) : IAsyncDisposable
{
    public const int Relayer = 8;
    public const int KeeperAccount = 9;

    public Suite Suite => suite;

    public TestIndexer Indexer => indexer;

    public SuiteChain Chain => governance;

    public ProposalQueries Queries { get; } = new(indexer.Database, governance, new ActionDescriber(governance));

    public static async Task<GovernanceHarness> CreateAsync(ChainFixture chain, DatabaseFixture database, DeployParameters? parameters = null)
    {
        var suite = await chain.DeploySuiteAsync(parameters);
        var indexer = await TestIndexer.CreateAsync(chain, database, suite,
            // Only the governance handlers: the reward handlers of the referenced Rewards assembly have their own tests.
            dataSource => new ServiceCollection().AddSingleton(dataSource)
                .AddMediator((MediatorOptions options) => options.Assemblies = [typeof(ProposalsProjection), typeof(Indexer.Events.ChainEvent)])
                .BuildServiceProvider(),
            initialRange: 1_000, migrate: connectionString => GovernanceDatabase.Migrate(connectionString, NullLogger.Instance));
        return new GovernanceHarness(chain, suite, indexer, new SuiteChain(new Web3(chain.Node.RpcUrl.ToString()), suite.Manifest));
    }

    /// <summary>Gives holders 1, 2 and 3 tokens (30k, 20k, 40k), has each delegate to itself, and stakes 35k of holder 3's.</summary>
    public async Task SeedHoldersAsync()
    {
        foreach (var (holder, tokens) in new[] { (1, 30_000), (2, 20_000), (3, 40_000) })
        {
            await suite.Token().TransferRequestAndWaitForReceiptAsync(chain.Address(holder), DeployParameters.ToUnits(tokens));
            await (await HolderAsync(holder)).DelegateAsync(chain.Address(holder), CancellationToken.None);
        }
        var staked = DeployParameters.ToUnits(35_000);
        await suite.Token(3).ApproveRequestAndWaitForReceiptAsync(suite.PoolAddress, staked);
        await suite.Pool(3).StakeRequestAndWaitForReceiptAsync(staked);
        await chain.Node.MineAsync(1);
    }

    public async Task<TokenHolder> HolderAsync(int account) =>
        new(governance, TransactionLedger.InProcess(
            await ChainConnection.ConnectAsync(chain.Node.RpcUrl, chain.Key(account), chain.Node.ChainId, CancellationToken.None), NullLogger<TransactionLedger>.Instance));

    public async Task<GovernanceKeeper> KeeperAsync(NpgsqlDataSource? dataSource = null)
    {
        var signer = await ChainConnection.ConnectAsync(chain.Node.RpcUrl, chain.Key(KeeperAccount), chain.Node.ChainId, CancellationToken.None);
        var database = dataSource ?? indexer.Database;
        var ledger = new TransactionLedger(new PostgresTransactionJournal(database), signer, new SignerGate(database, signer.ChainId, signer.Address), NullLogger<TransactionLedger>.Instance);
        return new GovernanceKeeper(database, governance, ledger, NullLogger<GovernanceKeeper>.Instance);
    }

    public async Task<VoteRelay> RelayAsync(int ballotsPerMinute = 100)
    {
        var signer = await ChainConnection.ConnectAsync(chain.Node.RpcUrl, chain.Key(Relayer), chain.Node.ChainId, CancellationToken.None);
        var ledger = new TransactionLedger(new PostgresTransactionJournal(indexer.Database), signer,
            new SignerGate(indexer.Database, signer.ChainId, signer.Address), NullLogger<TransactionLedger>.Instance);
        return new VoteRelay(governance, ledger, VoteRelay.PerVoterLimiter(ballotsPerMinute), NullLogger<VoteRelay>.Instance);
    }

    /// <summary>Transactions <paramref name="account"/> has sent so far (its nonce).</summary>
    public async Task<BigInteger> SentAsync(int account) =>
        (await chain.Web3For(0).Eth.Transactions.GetTransactionCount.SendRequestAsync(chain.Address(account))).Value;

    /// <summary>
    /// Indexes to the head, then checks the read model against the governor's own answers at that block: state,
    /// tallies and quorum of every proposal, and the voting power of holders 1 to 3.
    /// </summary>
    public async Task AssertAgreesWithGovernorAsync()
    {
        await indexer.CatchUpAsync();
        var head = await Queries.HeadAsync(CancellationToken.None);
        Assert.Equal(head, (ulong)(await chain.Web3For(0).Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value);
        var governor = suite.Governor();
        Assert.Equal(head, (ulong)await governor.ClockQueryAsync());
        var listed = await Queries.ListAsync(null, 1, 100, CancellationToken.None);
        Assert.Equal(await governor.LatestProposalIdQueryAsync(), listed.Total);
        foreach (var proposal in listed.Items)
        {
            Assert.Equal((ProposalState)await governor.StateQueryAsync(proposal.Id), proposal.State);
            var votes = await governor.ProposalVotesQueryAsync(proposal.Id);
            Assert.Equal((votes.AgainstVotes, votes.ForVotes, votes.AbstainVotes), (proposal.AgainstVotes, proposal.ForVotes, proposal.AbstainVotes));
            if (proposal.VoteStart < head) Assert.Equal(await governor.QuorumQueryAsync(proposal.VoteStart), proposal.Quorum);
            Assert.Equal(await governor.ProposalDeadlineQueryAsync(proposal.Id), proposal.Deadline);
        }
        foreach (var holder in new[] { 1, 2, 3 })
        {
            var power = await Queries.VotingPowerAsync(chain.Address(holder), head - 1, CancellationToken.None);
            Assert.Equal(await governor.GetVotesQueryAsync(chain.Address(holder), head - 1), power.Total);
        }
    }

    public async ValueTask DisposeAsync() => await indexer.DisposeAsync();
}
