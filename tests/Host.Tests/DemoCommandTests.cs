using System.Numerics;
using System.Text.RegularExpressions;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using GovernanceRewards.Chain.Bindings.StakingPool.ContractDefinition;
using GovernanceRewards.Embedded;
using GovernanceRewards.Host.Demo;
using GovernanceRewards.Rewards.Policy;
using GovernanceRewards.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Web3;
using Spectre.Console;

namespace GovernanceRewards.Host.Tests;

public sealed class DemoCommandTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    private const int ProposalExecuted = 7;

    [Fact]
    public async Task The_demo_runs_the_whole_story_on_its_own_chain_and_database_and_ends_with_the_paid_epoch()
    {
        // A home without data-protection keys, as on a clean machine: ASP.NET then warns as it makes the first one.
        var home = Directory.CreateTempSubdirectory("govrewards-demo-home-");
        CliRun run;
        try
        {
            run = await GovRewardsProcess.RunAsync(new Dictionary<string, string?> { ["HOME"] = home.FullName },
                "demo", "--contributors", "3", "--urls", "http://127.0.0.1:0");
        }
        finally
        {
            home.Delete(recursive: true);
        }
        var screen = run.Output + run.Error;

        Assert.True(run.ExitCode == 0, screen);
        Assert.Matches(@"Chain http://127\.0\.0\.1:\d+/ \(id 31337", run.Output);
        Assert.Contains("✓ The keeper queues and executes both proposals", run.Output, StringComparison.Ordinal);
        Assert.Contains("Epoch 1: paid, budget 10,000 GRW", run.Output, StringComparison.Ordinal);
        // The root goes on chain with the tree's CID, and a client that is not ours fetches the tree by it.
        Assert.Contains("✓ An outsider fetches the tree by the CID on chain and recomputes the root", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"treeUri ipfs://bafk[a-z2-7]{55} \(RootPosted, epoch 1\)", run.Output);
        Assert.Matches(@"fetched from http://127\.0\.0\.1:\d+/ipfs/ by Helia over HTTP, \d+ leaves; they recompute to root\s+0x[0-9a-f]{64}", run.Output);
        // Three contributors under a 40% cap can take the contributions' whole part; participation's part is shared
        // rounded down, so at most a wei per voter (three here) stays unallocated.
        Assert.Matches(@"unallocated 0(\.0{17}[0-3])?\s", run.Output);
        Assert.DoesNotContain("✗", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"portal: the funding proposal\s+http://127\.0\.0\.1:\d+/proposals/\d+", run.Output);

        // The policy step names every rule that decides the split, the cap too.
        foreach (var rule in new[]
                 {
                     "weights per unit: data 3, storage 1, compute 2, modelTraining 4, code 5",
                     "participation: 10% of the budget by voting weight cast",
                     "bond: data, storage, compute units count only with 100 GRW staked through the window",
                     "cap: one account's contributions earn at most 40% of the budget",
                     "exclusions: none",
                 })
        {
            Assert.Contains(rule, run.Output, StringComparison.Ordinal);
        }

        // The screen is the story: what the parts and libraries log goes to the file it names once.
        var logPath = Assert.Single(Regex.Matches(screen, @"libraries log: (\S+demo\.log)")).Groups[1].Value;
        Assert.Single(Regex.Matches(screen, Regex.Escape(logPath)));
        string[] chatter = ["Beginning database upgrade", "DataProtection", "Hangfire",
                            "Microsoft.", "info:", "anvil serving"];
        foreach (var line in chatter)
        {
            Assert.DoesNotContain(line, screen, StringComparison.Ordinal);
        }
        var log = await File.ReadAllTextAsync(logPath);
        foreach (var line in new[] { "anvil serving http://", "migrations[6] Beginning database upgrade", "DataProtection" })
        {
            Assert.Contains(line, log, StringComparison.Ordinal);
        }

        // Every anvil has the same development accounts, so the fixture's keys are the ones the demo's cast signs with.
        Assert.All(chain.Node.DevelopmentKeys, key => Assert.DoesNotContain(
            key.Replace("0x", "", StringComparison.Ordinal), screen + log, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_demo_story_summary_matches_the_chain_every_allocation_paid_exactly_once()
    {
        await using var node = await AnvilNode.StartAsync(RepositoryLayout.Discover(),
            new AnvilOptions { BlockTimeSeconds = 1, MineTransactionsAtOnce = true, Accounts = DemoCast.Principals + 3 }, NullLogger.Instance, CancellationToken.None);
        var cast = DemoCast.From(node.DevelopmentKeys, 3);
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No, Ansi = AnsiSupport.No,
        });
        console.Profile.Width = 200;
        var narrator = new DemoNarrator(console);
        var manifestPath = Path.Combine(Path.GetTempPath(), $"govrewards-demo-{Guid.NewGuid():N}.json");
        DemoReport report;
        await using (var story = new DemoStory(
            new DemoStage(node.RpcUrl, node.ChainId, await database.CreateDatabaseAsync(), manifestPath), cast, narrator, NullLoggerFactory.Instance))
        {
            report = await story.RunAsync(CancellationToken.None);
            narrator.Summarize(report, cast);
        }
        File.Delete(manifestPath);
        var suite = new SuiteChain(new Web3(node.RpcUrl.ToString()), report.Manifest);
        var web3 = suite.Reader;

        // Governance: both proposals executed; Ben voted without paying, through the operator's relay.
        Assert.Equal(ProposalExecuted, await suite.Governor().StateQueryAsync(report.EpochProposal));
        Assert.Equal(ProposalExecuted, await suite.Governor().StateQueryAsync(report.StakingProposal));
        Assert.True(await suite.Governor().HasVotedQueryAsync(report.EpochProposal, cast.Ben.Address));
        var relay = await web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(report.RelayedVote);
        Assert.Equal(cast.Operator.Address, relay.From, StringComparer.OrdinalIgnoreCase);

        // Rewards: the summary's epoch is the chain's, its allocations sum to the budget and each was paid once, in full.
        var (epoch, allocations) = Assert.Single(report.Epochs);
        Assert.Equal("paid", epoch.Status);
        Assert.Equal((await suite.Distributor().EpochOfQueryAsync(1)).ReturnValue1.Budget, epoch.Budget);
        var accepted = await suite.Distributor().AcceptedRootQueryAsync();
        Assert.Equal((1UL, epoch.Root, epoch.CumulativeTotal), (accepted.Epoch, accepted.Root.ToHex(true), (BigInteger?)accepted.CumulativeTotal));
        Assert.Equal(epoch.Budget, allocations.Aggregate(BigInteger.Zero, (sum, a) => sum + a.Amount) + epoch.Unallocated!.Value);
        var paidOut = BigInteger.Zero;
        foreach (var allocation in allocations.Where(a => a.Amount > 0))
        {
            Assert.Equal(allocation.CumulativeTotal, await suite.Distributor().ClaimedQueryAsync(allocation.Account));
            var receipt = await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(allocation.PaidIn);
            var claims = receipt.DecodeAllEvents<ClaimedEventDTO>().Where(c => string.Equals(c.Event.Account, allocation.Account, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.Equal(allocation.Amount, Assert.Single(claims).Event.Amount);
            paidOut += allocation.Amount;
        }
        Assert.Equal(epoch.Allocated, paidOut);
        Assert.Equal(epoch.Unallocated, await suite.Token().BalanceOfQueryAsync(suite.DistributorAddress));

        // The units the summary shows are the contributions the attester recorded.
        foreach (var contributor in cast.Contributors)
        {
            var shown = allocations.Single(a => string.Equals(a.Account, contributor.Address, StringComparison.OrdinalIgnoreCase)).Units;
            var recorded = cast.Contributions.Where(c => c.Contributor == contributor.Address)
                .GroupBy(c => RewardPolicy.Kinds[c.Kind]).ToDictionary(g => g.Key, g => g.Aggregate(BigInteger.Zero, (sum, c) => sum + c.Units).ToString());
            Assert.Equal(recorded.OrderBy(e => e.Key), shown.OrderBy(e => e.Key));
        }

        // The self-claim (when it beat the push payment) and the staker's claim are the chain's own events.
        if (report.SelfClaim is { } self)
        {
            Assert.Equal(cast.SelfClaimer.Address, self.Account, StringComparer.OrdinalIgnoreCase);
            var receipt = await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(self.TransactionHash);
            Assert.Equal(cast.SelfClaimer.Address, receipt.From, StringComparer.OrdinalIgnoreCase);
        }
        var staking = await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(report.StakingClaim.TransactionHash);
        Assert.Equal(report.StakingClaim.Amount, staking.DecodeAllEvents<RewardPaidEventDTO>().Single().Event.Amount);
        Assert.True(report.StakingClaim.Amount > 0);

        var text = output.ToString();
        Assert.Contains("Epoch 1: paid", text, StringComparison.Ordinal);
        foreach (var allocation in allocations.Where(a => a.Amount > 0)) Assert.Contains(allocation.PaidIn!, text, StringComparison.Ordinal);
    }
}
