using System.Security.Cryptography;
using System.Text.Json;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Content;
using GovernanceRewards.Embedded;
using GovernanceRewards.Rewards.Publication;
using GovernanceRewards.Testing;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Npgsql;
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using Registry = GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition;

namespace GovernanceRewards.Host.Tests;

/// <summary>
/// What the host publishes can be checked by someone who trusts neither it nor our code: the root's tree URI on chain is
/// <c>ipfs://&lt;cid&gt;</c>, and an IPFS client that is not ours fetches the tree from the host's trustless gateway
/// by that CID, byte for byte, and refuses a tampered block.
/// </summary>
public sealed class PublicationTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_posted_roots_tree_is_fetched_by_its_cid_from_the_chain_by_an_independent_client_and_a_tampered_block_is_refused()
    {
        var (suite, server) = await PostedEpochAsync(listen: true, contributors: 2);
        await using var _ = server;
        using var client = server.Client();
        // A file of several blocks (two levels of links are covered in Content.Tests), as uploaded evidence would be.
        var evidence = RandomNumberGenerator.GetBytes(3 * UnixFs.ChunkSize + 11);
        var stored = await StoreAsync(server, evidence);

        var tree = await client.GetByteArrayAsync("epochs/1/tree");
        var layout = RepositoryLayout.Discover();
        var output = await ProcessRunner.RunAsync(layout.Node22,
            [Path.Combine(layout.Root, "tests", "Host.Tests", "reference", "ipfs-client.mjs"), chain.Node.RpcUrl.ToString(),
             suite.DistributorAddress, server.BaseAddress.ToString(), stored.Root.ToString()],
            layout.Root, null, CancellationToken.None);
        var outsider = JsonDocument.Parse(output).RootElement;

        var check = outsider.GetProperty("root");
        var treeCid = Cid.Parse(check.GetProperty("treeUri").GetString()!);
        Assert.StartsWith("ipfs://bafk", check.GetProperty("treeUri").GetString(), StringComparison.Ordinal);
        Assert.Equal(await UnixFs.CidOfAsync(new MemoryStream(tree), CancellationToken.None), treeCid);
        Assert.Equal((await suite.Distributor().PendingRootQueryAsync()).Root.ToHex(true), check.GetProperty("root").GetString());
        Assert.True(check.GetProperty("treeRecomputesToRoot").GetBoolean(), output);
        Assert.Equal(2, check.GetProperty("leaves").GetInt32());
        Assert.Equal(Sha256(tree), check.GetProperty("treeSha256").GetString());
        Assert.Equal(200, check.GetProperty("verifiedFetch").GetProperty("status").GetInt32());
        Assert.Equal(Sha256(tree), check.GetProperty("verifiedFetch").GetProperty("sha256").GetString());
        Assert.Equal(Sha256(evidence), outsider.GetProperty("extra").GetProperty(stored.Root.ToString()).GetString());
        foreach (var target in new[] { treeCid, stored.Root })
        {
            Assert.StartsWith("refused", outsider.GetProperty("corrupted").GetProperty(target.ToString()).GetString(), StringComparison.Ordinal);
        }

        // The gateway's own answers: a block as application/vnd.ipld.raw, the file, and clear refusals.
        using var raw = await client.GetAsync($"ipfs/{treeCid}?format=raw");
        Assert.Equal("application/vnd.ipld.raw", raw.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", raw.Headers.Vary);
        Assert.Equal("attachment", raw.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("immutable", raw.Headers.CacheControl?.Extensions.Single(e => e.Name == "immutable").Name);
        Assert.Equal(tree, await raw.Content.ReadAsByteArrayAsync());
        Assert.Equal(evidence, await client.GetByteArrayAsync($"ipfs/{stored.Root}"));
        using var again = new HttpRequestMessage(HttpMethod.Get, $"ipfs/{treeCid}?format=raw");
        again.Headers.IfNoneMatch.Add(raw.Headers.ETag!);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
        await server.AssertProblemAsync($"ipfs/{Cid.Of(Cid.RawCodec, [1, 2, 3])}?format=raw", 404, "this host does not hold");
        await server.AssertProblemAsync("ipfs/QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG", 400, "is not a CIDv1");
        await server.AssertProblemAsync($"ipfs/{treeCid}?format=tar", 400, "is not a format");
    }

    [Fact]
    public async Task Publish_writes_car_files_that_an_independent_reader_checks_block_by_block()
    {
        var (suite, server) = await PostedEpochAsync(listen: false, contributors: 1);
        await using var _ = server;
        using var client = server.Client();
        var stored = await StoreAsync(server, RandomNumberGenerator.GetBytes(2 * UnixFs.ChunkSize + 1));
        var directory = Directory.CreateTempSubdirectory("publish-");
        try
        {
            var treeCar = Path.Combine(directory.FullName, "epoch-1.car");
            var evidenceCar = Path.Combine(directory.FullName, "evidence.car");
            var gatewayCar = Path.Combine(directory.FullName, "gateway.car");
            var environment = new Dictionary<string, string?> { ["GOVREWARDS_DB"] = server.ConnectionString };
            string[] common = ["--manifest", server.ManifestPath];
            var epoch = await GovRewardsProcess.RunAsync(environment, ["publish", .. common, "--epoch", "1", "--out", treeCar]);
            var other = await GovRewardsProcess.RunAsync(environment, ["publish", .. common, "--cid", stored.Root.ToString(), "--out", evidenceCar]);
            var both = await GovRewardsProcess.RunAsync(environment, ["publish", .. common, "--epoch", "1", "--cid", stored.Root.ToString(), "--out", treeCar]);
            var unknown = await GovRewardsProcess.RunAsync(environment, ["publish", .. common, "--cid", Cid.Of(Cid.RawCodec, [9]).ToString(), "--out", treeCar]);
            var unreachable = await GovRewardsProcess.RunAsync(new Dictionary<string, string?>(),
                ["publish", .. common, "--epoch", "1", "--out", treeCar, "--db", $"Host=127.0.0.1;Port={GovRewardsProcess.FreePort()};Username=x;Timeout=2"]);
            var malformed = await GovRewardsProcess.RunAsync(new Dictionary<string, string?>(), ["publish", .. common, "--epoch", "1", "--out", treeCar, "--db", "postgres://x"]);
            await File.WriteAllBytesAsync(gatewayCar, await client.GetByteArrayAsync($"ipfs/{stored.Root}?format=car"));

            Assert.True(epoch.ExitCode == 0, epoch.Output + epoch.Error);
            Assert.True(other.ExitCode == 0, other.Output + other.Error);
            var rootPosted = chain.Web3For(0).Eth.GetEvent<RootPostedEventDTO>(suite.DistributorAddress);
            var posted = (await rootPosted.GetAllChangesAsync(rootPosted.CreateFilterInput(BlockParameter.CreateEarliest(), BlockParameter.CreateLatest())))
                .Single(e => e.Event.Epoch == 1).Event;
            Assert.StartsWith($"{posted.TreeUri} -> {treeCar}", epoch.Output, StringComparison.Ordinal);
            Assert.Equal(1, both.ExitCode);
            Assert.Contains("give either --epoch N or --cid CID", both.Error, StringComparison.Ordinal);
            Assert.Equal(1, unknown.ExitCode);
            Assert.Contains("does not hold", unknown.Error, StringComparison.Ordinal);
            Assert.Equal((1, ""), (unreachable.ExitCode, unreachable.Output));
            Assert.StartsWith("error: cannot read the database:", unreachable.Error.Trim(), StringComparison.Ordinal);
            Assert.Equal(1, malformed.ExitCode);
            Assert.StartsWith("error: --db is not a PostgreSQL connection string", malformed.Error.Trim(), StringComparison.Ordinal);

            var layout = RepositoryLayout.Discover();
            var checks = JsonDocument.Parse(await ProcessRunner.RunAsync(layout.Node22,
                [Path.Combine(layout.Root, "tests", "Host.Tests", "reference", "car-check.mjs"), treeCar, evidenceCar, gatewayCar],
                layout.Root, null, CancellationToken.None)).RootElement.EnumerateArray().ToList();
            Assert.Equal(posted.TreeUri, "ipfs://" + checks[0].GetProperty("roots")[0].GetString());
            Assert.Equal((long)(await client.GetByteArrayAsync("epochs/1/tree")).Length, checks[0].GetProperty("bytes").GetInt64());
            foreach (var check in checks[1..])
            {
                Assert.Equal(stored.Root.ToString(), check.GetProperty("roots")[0].GetString());
                Assert.Equal(4, check.GetProperty("blocks").GetInt32());
            }
            Assert.All(checks, check => Assert.True(check.GetProperty("allMatch").GetBoolean()));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>A suite whose host computed epoch 1 (contributions by accounts 5, 6, …) and posted its root.</summary>
    private async Task<(Suite Suite, GovernanceServer Server)> PostedEpochAsync(bool listen, int contributors)
    {
        var suite = await chain.DeploySuiteAsync(new DeployParameters
        {
            Settler = chain.Address(GovernanceServer.OperatorAccount), DisputeWindowSeconds = 3_600,
        });
        var server = await GovernanceServer.StartAsync(chain, database, suite, listen: listen);
        await FundedEpoch.FundAsync(chain, suite, server, DeployParameters.ToUnits(1_000), [.. Enumerable.Range(0, contributors).Select(i =>
            new Registry.Contribution { Contributor = chain.Address(5 + i), Kind = (byte)(4 - 4 * i), Units = 10 + 10 * i, EvidenceDigest = new byte[32], EvidenceCodec = Cid.RawCodec })]);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await suite.Distributor().PendingRootQueryAsync()).Epoch != 1)
        {
            Assert.True(DateTime.UtcNow < deadline, "the host never posted epoch 1's root");
            await Task.Delay(250);
        }
        return (suite, server);
    }

    /// <summary>Content the host holds besides its trees, as an uploaded evidence file would be.</summary>
    private static async Task<ImportedFile> StoreAsync(GovernanceServer server, byte[] content)
    {
        await using var dataSource = NpgsqlDataSource.Create(server.ConnectionString);
        return await new ContentStore(dataSource).AddAsync(new MemoryStream(content), CancellationToken.None);
    }

    private static string Sha256(byte[] bytes) => SHA256.HashData(bytes).ToHex();
}
