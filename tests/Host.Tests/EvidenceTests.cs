using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition;
using GovernanceRewards.Content;
using GovernanceRewards.Rewards.Publication;
using GovernanceRewards.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Npgsql;

namespace GovernanceRewards.Host.Tests;

/// <summary>
/// Evidence as IPFS CIDs, through the CLI and the API: <c>record</c> puts a file's CID on chain, <c>POST /evidence</c>
/// keeps the file for the host's gateway, <c>evidence fetch</c> gets it back from any gateway and refuses a bad block.
/// </summary>
public sealed class EvidenceTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    private const int Attester = 0, Outsider = 7;

    [Fact]
    public async Task Record_puts_the_files_CID_on_chain_and_the_event_rebuilds_it()
    {
        var suite = await chain.DeploySuiteAsync();
        var manifest = Temporary("manifest.json");
        suite.Manifest.Save(manifest);
        var small = await WriteAsync("small.txt", Bytes(1_000, seed: 1));
        var large = await WriteAsync("model.bin", Bytes(700_000, seed: 2));

        var one = await RecordAsync(manifest, Attester, "--contributor", chain.Address(3), "--kind", "model", "--units", "7", "--evidence", small);
        var two = await RecordAsync(manifest, Attester, "--contributor", chain.Address(4), "--kind", "data", "--units", "9", "--evidence", large);
        var pinned = UnixFs.Import(Bytes(10, seed: 3)).Root;
        var three = await RecordAsync(manifest, Attester, "--contributor", chain.Address(4), "--kind", "code", "--units", "1", "--evidence-cid", pinned.ToUri());

        var events = await RecordedAsync(suite.RegistryAddress);
        Assert.Equal([0, 1, 2], events.Select(e => (int)e.Id));
        var expected = new[] { UnixFs.Import(await File.ReadAllBytesAsync(small)).Root, UnixFs.Import(await File.ReadAllBytesAsync(large)).Root, pinned };
        Assert.Equal(expected, events.Select(e => Cid.FromDigest(e.EvidenceCodec, e.EvidenceDigest)));
        // One block for the small file, a dag-pb root over raw leaves for the large one: both codecs reach the chain.
        Assert.Equal([Cid.RawCodec, Cid.DagPbCodec, Cid.RawCodec], events.Select(e => e.EvidenceCodec));
        Assert.Equal(((byte)3, 7), (events[0].Kind, (int)events[0].Units));
        Assert.Contains("contribution 0 recorded in 0x", one.Output, StringComparison.Ordinal);
        Assert.Contains($"evidence {expected[0].ToUri()}", one.Output, StringComparison.Ordinal);
        Assert.Contains($"evidence {expected[1].ToUri()}", two.Output, StringComparison.Ordinal);
        Assert.Contains("contribution 2 recorded", three.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(chain.Node.DevelopmentKeys[Attester][2..], one.Output + one.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Record_refuses_unclear_evidence_and_a_key_without_the_attester_role()
    {
        var suite = await chain.DeploySuiteAsync();
        var manifest = Temporary("manifest.json");
        suite.Manifest.Save(manifest);
        var file = await WriteAsync("evidence.txt", Bytes(100, seed: 4));
        string[] common = ["--contributor", chain.Address(3), "--kind", "compute", "--units", "5"];

        var neither = await RunAsync(manifest, Attester, [.. common]);
        var both = await RunAsync(manifest, Attester, [.. common, "--evidence", file, "--evidence-cid", UnixFs.Import(Bytes(1, 0)).Root.ToString()]);
        var notACid = await RunAsync(manifest, Attester, [.. common, "--evidence-cid", "Qm-not-a-cid"]);
        var outsider = await RunAsync(manifest, Outsider, [.. common, "--evidence", file]);

        Assert.Equal((1, 1, 1, 1), (neither.ExitCode, both.ExitCode, notACid.ExitCode, outsider.ExitCode));
        Assert.Contains("either --evidence FILE or --evidence-cid CID", neither.Error, StringComparison.Ordinal);
        Assert.Contains("either --evidence FILE or --evidence-cid CID", both.Error, StringComparison.Ordinal);
        Assert.Contains("'Qm-not-a-cid' is not a CIDv1", notACid.Error, StringComparison.Ordinal);
        Assert.Contains("AccessControlUnauthorizedAccount", outsider.Error, StringComparison.Ordinal);
        Assert.Equal(0, await suite.Registry().ContributionCountQueryAsync());
    }

    [Fact]
    public async Task An_uploaded_file_is_recorded_by_its_CID_served_as_an_ipfs_link_and_fetched_back_block_by_block()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite, listen: true, signs: false);
        var content = Bytes(600_000, seed: 5);
        var file = await WriteAsync("dataset.bin", content);
        var cid = UnixFs.Import(content).Root;

        var recorded = await RecordAsync(server.ManifestPath, Attester, "--contributor", chain.Address(5), "--kind", "storage", "--units", "40",
            "--evidence", file, "--upload", "--api", server.BaseAddress.ToString(), "--api-key", server.AttesterKey);

        Assert.Contains($"uploaded 600000 bytes as {cid.ToUri()}", recorded.Output, StringComparison.Ordinal);
        using var client = server.Client();
        var item = await ContributionAsync(client, chain.Address(5));
        Assert.Equal((cid.ToString(), cid.ToUri()), (item["evidenceCid"]!.GetValue<string>(), item["evidenceUri"]!.GetValue<string>()));
        Assert.Equal(Convert.ToHexStringLower(cid.Digest.Span), item["evidenceHash"]!.GetValue<string>()[2..]);
        // The host kept every block: the file comes back whole from its store.
        await using (var dataSource = NpgsqlDataSource.Create(server.ConnectionString))
        {
            using var stored = new MemoryStream();
            await UnixFs.WriteFileAsync(cid, new ContentStore(dataSource).GetAsync, stored, long.MaxValue, CancellationToken.None);
            Assert.Equal(content, stored.ToArray());
        }
        var page = await client.GetStringAsync($"accounts/{chain.Address(5).ToLowerInvariant()}/contributions");
        Assert.Contains($"<a href=\"{cid.ToUri()}\">", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/ipfs/{cid}\">", page, StringComparison.Ordinal);

        // Anyone fetches it by the contribution's id from another gateway, here one serving the same blocks.
        var (_, blocks) = UnixFs.Import(content);
        await using var gateway = await GatewayAsync(blocks.ToDictionary(b => b.Cid.ToString(), b => b.Data.ToArray()));
        var output = Temporary("fetched.bin");
        var fetched = await GovRewardsProcess.RunAsync(new Dictionary<string, string?>(),
            "evidence", "fetch", "0", "--api", server.BaseAddress.ToString(), "--gateway", gateway.Urls.First(), "--out", output);

        Assert.True(fetched.ExitCode == 0, fetched.Output + fetched.Error);
        Assert.Equal(content, await File.ReadAllBytesAsync(output));
        Assert.Contains($"wrote 600000 bytes of {cid.ToUri()}", fetched.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_refuses_a_block_that_does_not_hash_to_its_CID_and_leaves_no_file()
    {
        var content = Bytes(800_000, seed: 6);
        var (root, blocks) = UnixFs.Import(content);
        var served = blocks.ToDictionary(b => b.Cid.ToString(), b => b.Data.ToArray());
        var corrupted = blocks.First(b => b.Cid.Codec == Cid.RawCodec).Cid;
        served[corrupted.ToString()][1000] ^= 1;
        await using var gateway = await GatewayAsync(served);
        var directory = Directory.CreateDirectory(Temporary("out"));
        var output = Path.Combine(directory.FullName, "evidence.bin");

        var refused = await GovRewardsProcess.RunAsync(new Dictionary<string, string?>(),
            "evidence", "fetch", root.ToUri(), "--gateway", gateway.Urls.First(), "--out", output);
        served.Remove(corrupted.ToString());
        var missing = await GovRewardsProcess.RunAsync(new Dictionary<string, string?>(),
            "evidence", "fetch", root.ToString(), "--gateway", gateway.Urls.First(), "--out", output);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"the block served for {corrupted} does not hash to that CID", refused.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", refused.Error, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains($"answered 404 for block {corrupted}", missing.Error, StringComparison.Ordinal);
        Assert.Empty(directory.EnumerateFileSystemInfos());
    }

    [Fact]
    public async Task Evidence_uploads_need_the_attester_role_octet_stream_and_at_most_the_evidence_limit()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite, signs: false);
        // Above the 64 KiB every other request is held to: evidence has a limit of its own.
        var content = Bytes(100_000, seed: 7);

        using var anonymous = server.Client();
        using var viewer = server.Client(server.ViewerKey);
        using var attester = server.Client(server.AttesterKey);
        var unauthenticated = await anonymous.PostAsync("evidence", Body(content));
        var forbidden = await viewer.PostAsync("evidence", Body(content));
        var json = await attester.PostAsync("evidence", new StringContent("{\"file\": \"x\"}", System.Text.Encoding.UTF8, "application/json"));
        var tooLarge = await attester.PostAsync("evidence", Body(new byte[Serve.WebHardeningOptions.DefaultMaxEvidenceBytes + 1]));
        var stored = await attester.PostAsync("evidence", Body(content));

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden), (unauthenticated.StatusCode, forbidden.StatusCode));
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Equal("application/problem+json", json.Content.Headers.ContentType?.MediaType);
        Assert.Contains("send the file's bytes as application/octet-stream", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains($"over {Serve.WebHardeningOptions.DefaultMaxEvidenceBytes} bytes", await tooLarge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        var cid = UnixFs.Import(content).Root;
        var answer = JsonNode.Parse(await stored.Content.ReadAsStringAsync())!;
        Assert.Equal((cid.ToString(), cid.ToUri(), (ulong)Cid.RawCodec, 100_000L), (answer["cid"]!.GetValue<string>(), answer["uri"]!.GetValue<string>(),
            answer["codec"]!.GetValue<ulong>(), answer["size"]!.GetValue<long>()));
        Assert.Equal("0x" + Convert.ToHexStringLower(cid.Digest.Span), answer["digest"]!.GetValue<string>());
        Assert.Equal($"/ipfs/{cid}", stored.Headers.Location?.OriginalString);
    }

    private static ByteArrayContent Body(byte[] content)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return body;
    }

    private async Task<CliRun> RecordAsync(string manifest, int account, params string[] arguments)
    {
        var run = await RunAsync(manifest, account, arguments);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        return run;
    }

    private Task<CliRun> RunAsync(string manifest, int account, string[] arguments) =>
        GovRewardsProcess.RunAsync(new Dictionary<string, string?> { ["GOVREWARDS_KEY"] = chain.Node.DevelopmentKeys[account] },
            ["record", "--manifest", manifest, "--rpc", chain.Node.RpcUrl.ToString(), .. arguments]);

    private async Task<List<ContributionRecordedEventDTO>> RecordedAsync(string registry)
    {
        var recorded = new Web3(chain.Node.RpcUrl.ToString()).Eth.GetEvent<ContributionRecordedEventDTO>(registry);
        var logs = await recorded.GetAllChangesAsync(recorded.CreateFilterInput(BlockParameter.CreateEarliest(), BlockParameter.CreateLatest()));
        return [.. logs.Select(l => l.Event)];
    }

    private static async Task<JsonNode> ContributionAsync(HttpClient client, string contributor)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var items = JsonNode.Parse(await client.GetStringAsync($"contributions?contributor={contributor}"))!["items"]!.AsArray();
            if (items.Count > 0) return items.Single()!;
            Assert.True(DateTime.UtcNow < deadline, "the contribution never reached the read model");
            await Task.Delay(200);
        }
    }

    /// <summary>A trustless gateway of the fewest words: the blocks it is given, by CID, as raw blocks.</summary>
    private static async Task<WebApplication> GatewayAsync(Dictionary<string, byte[]> blocks)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/ipfs/{cid}", (string cid, HttpRequest request) =>
            request.Query["format"] == "raw" && request.Headers.Accept.ToString() == "application/vnd.ipld.raw" && blocks.TryGetValue(cid, out var block)
                ? Results.Bytes(block, "application/vnd.ipld.raw")
                : Results.NotFound());
        await app.StartAsync();
        return app;
    }

    private static byte[] Bytes(int size, int seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static string Temporary(string name) => Path.Combine(Path.GetTempPath(), $"govrewards-evidence-{Guid.NewGuid():N}-{name}");

    private static async Task<string> WriteAsync(string name, byte[] content)
    {
        var path = Temporary(name);
        await File.WriteAllBytesAsync(path, content);
        return path;
    }
}
