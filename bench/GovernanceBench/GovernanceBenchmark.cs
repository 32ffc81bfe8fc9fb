using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Governance.Templates;
using GovernanceRewards.Governance.Voting;
using GovernanceRewards.Host.Access;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Host.Serve;
using GovernanceRewards.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.Signer;
using Nethereum.Web3;

namespace GovernanceRewards.GovernanceBench;

/// <summary>
/// Gives <c>voters</c> fresh accounts tokens and votes (each delegates to itself), opens a proposal, signs one ballot
/// per voter, then posts them all to the real host's relay (8 clients at once) and times it end to end (every
/// castVoteBySig mined). The read model's lag is the time from the last vote's block to the API listing every vote.
/// </summary>
internal static class GovernanceBenchmark
{
    private const int Clients = 8;

    public static async Task<string> RunAsync(int voters)
    {
        var chain = new ChainFixture();
        var database = new DatabaseFixture();
        await chain.InitializeAsync();
        await database.InitializeAsync();
        try
        {
            var suite = await chain.DeploySuiteAsync(new DeployParameters { VotingPeriodBlocks = (uint)(voters * 3 + 100) });
            var keys = Enumerable.Range(0, voters).Select(_ => SigningKey.FromPrivateKey(EthECKey.GenerateKey().GetPrivateKey())).ToList();
            await SeedVotersAsync(chain, suite, keys);
            var governance = new SuiteChain(new Web3(chain.Node.RpcUrl.ToString()), suite.Manifest);
            var holder = new TokenHolder(governance, TransactionLedger.InProcess(
                await ChainConnection.ConnectAsync(chain.Node.RpcUrl, chain.Key(0), chain.Node.ChainId, CancellationToken.None), NullLogger<TransactionLedger>.Instance));
            var proposal = await holder.ProposeAsync(
                await new ProposalTemplates(governance).SetDisputeWindowAsync(TimeSpan.FromHours(1), "benchmark", CancellationToken.None), CancellationToken.None);
            await chain.Node.MineAsync(2);
            var ballots = new List<SignedVote>();
            foreach (var key in keys) ballots.Add(await SignedBallot.CreateAsync(governance, key, proposal.ProposalId, 1, CancellationToken.None));

            var settings = new ServeSettings(new ChainSettings(suite.Manifest, chain.Node.RpcUrl, await database.CreateDatabaseAsync()), "http://127.0.0.1:0")
            {
                Operator = chain.Key(9),
                Governance = new GovernanceRewards.Governance.GovernanceSettings { BallotsPerVoterPerMinute = 5 },
            };
            await using var app = await GovRewardsServer.BuildAsync(settings, NullLoggerFactory.Instance, CancellationToken.None);
            await app.StartAsync();
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First() + "/") };
            await using (var dataSource = Npgsql.NpgsqlDataSource.Create(settings.Chain.Database))
            {
                var key = await new ApiKeyStore(dataSource).CreateAsync("benchmark", [AccessRoles.Relay], CancellationToken.None);
                http.DefaultRequestHeaders.Add("X-Api-Key", key.Secret);
            }
            await WaitForVotesAsync(http, proposal.ProposalId, 0);

            var relay = Stopwatch.StartNew();
            var queue = new Queue<SignedVote>(ballots);
            var hashes = new List<string>();
            await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
            {
                while (true)
                {
                    SignedVote ballot;
                    lock (queue)
                    {
                        if (queue.Count == 0) return;
                        ballot = queue.Dequeue();
                    }
                    var response = await http.PostAsJsonAsync($"governance/proposals/{proposal.ProposalId}/votes/signed", ballot, ApiClient.Json);
                    if (!response.IsSuccessStatusCode) throw new InvalidOperationException(await response.Content.ReadAsStringAsync());
                    var relayed = await response.Content.ReadFromJsonAsync<RelayedVote>();
                    lock (hashes) hashes.Add(relayed!.TransactionHash);
                }
            }));
            var receipts = new Web3(chain.Node.RpcUrl.ToString()).Eth.Transactions.GetTransactionReceipt;
            foreach (var hash in hashes)
            {
                while (await receipts.SendRequestAsync(hash) is null) await Task.Delay(10);
            }
            relay.Stop();
            var lastBlock = Stopwatch.StartNew();
            await WaitForVotesAsync(http, proposal.ProposalId, voters);
            var lag = lastBlock.Elapsed;
            await app.StopAsync();

            var forVotes = (await suite.Governor().ProposalVotesQueryAsync(proposal.ProposalId)).ForVotes;
            if (forVotes != DeployParameters.ToUnits(voters)) throw new InvalidOperationException($"the governor counted {forVotes}, not {voters} votes");
            return Report(voters, relay.Elapsed, lag);
        }
        finally
        {
            await database.DisposeAsync();
            await chain.DisposeAsync();
        }
    }

    /// <summary>One token each from the deployer, gas money from anvil, and a self-delegation per voter.</summary>
    private static async Task SeedVotersAsync(ChainFixture chain, Suite suite, List<SigningKey> keys)
    {
        var token = suite.Token();
        string? last = null;
        foreach (var key in keys)
        {
            last = await token.TransferRequestAsync(key.Address, DeployParameters.ToUnits(1));
            await chain.Node.RpcAsync("anvil_setBalance", [key.Address, "0x8AC7230489E80000"]);
        }
        var receipts = new Web3(chain.Node.RpcUrl.ToString()).Eth.Transactions.GetTransactionReceipt;
        while (await receipts.SendRequestAsync(last) is null) await Task.Delay(10);
        await Task.WhenAll(keys.Chunk(keys.Count / Clients + 1).Select(async chunk =>
        {
            foreach (var key in chunk)
            {
                var web3 = key.ToWeb3(chain.Node.ChainId, chain.Node.RpcUrl.ToString());
                await new Chain.Bindings.GovToken.GovTokenService(web3, suite.TokenAddress).DelegateRequestAndWaitForReceiptAsync(key.Address);
            }
        }));
        await chain.Node.MineAsync(1);
    }

    private static async Task WaitForVotesAsync(HttpClient http, BigInteger proposalId, int votes)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            var response = await http.GetAsync($"governance/proposals/{proposalId}");
            if (response.IsSuccessStatusCode)
            {
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                if (body.RootElement.GetProperty("votes").GetArrayLength() == votes) return;
            }
            await Task.Delay(20);
        }
        throw new TimeoutException($"the read model never showed {votes} votes on proposal {proposalId}");
    }

    private static string Report(int voters, TimeSpan relay, TimeSpan lag) => string.Create(CultureInfo.InvariantCulture, $"""
        # Governance benchmark

        {voters} signed ballots from {voters} distinct voters, posted by {Clients} clients at once to `POST /governance/proposals/{"{id}"}/votes/signed`
        of the real host (indexer, read model, Hangfire and API in one process) on anvil (automine) and the embedded
        PostgreSQL; every ballot checked against the chain, relayed with `castVoteBySig` and mined.

        | measure | result | target |
        |---|---|---|
        | relayed votes per second, end to end (every transaction mined) | {voters / relay.TotalSeconds:F1} ({relay.TotalSeconds:F1} s for {voters}) | report |
        | read model lag after the burst (last vote mined to the API listing all {voters}) | {lag.TotalMilliseconds:F0} ms | under 2,000 ms |

        Command: `bench/governance-bench {voters}`.

        """);
}
