using System.CommandLine;
using System.Globalization;
using System.Numerics;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Content;
using GovernanceRewards.Embedded;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Host.Deploy;
using GovernanceRewards.Host.Governance;
using GovernanceRewards.Rewards.Contributions;
using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.Contracts;
using Nethereum.Util;

namespace GovernanceRewards.Host.Contributions;

/// <summary>
/// <c>record</c>: an attester records a contribution with the IPFS CID of its evidence (of a file, computed here, or
/// given); <c>evidence fetch</c>: anyone gets that evidence from any trustless gateway, every block checked.
/// </summary>
internal static class ContributionCommands
{
    /// <summary>The registry's kinds as the command line names them, in the contract's enum order.</summary>
    private static readonly string[] Kinds = ["data", "storage", "compute", "model", "code"];

    public static IEnumerable<Command> Create()
    {
        yield return Record();
        yield return Evidence();
    }

    private static Command Record()
    {
        var chainOptions = new ChainOptions();
        var contributor = new Option<string>("--contributor") { Required = true, Description = "The contributor's address" };
        var kind = new Option<string>("--kind") { Required = true, Description = "What was contributed: " + string.Join(", ", Kinds) };
        kind.AcceptOnlyFromAmong(Kinds);
        var units = new Option<string>("--units") { Required = true, Description = "How much, in the kind's units (a positive integer)" };
        var evidence = new Option<string?>("--evidence") { Description = "The evidence file; its CID (as `ipfs add --cid-version 1 --raw-leaves`) is recorded" };
        var evidenceCid = new Option<string?>("--evidence-cid") { Description = "Instead: the CID of evidence already pinned elsewhere (bafy…, bafk…, ipfs://…)" };
        var upload = new Option<bool>("--upload") { Description = "Also upload the --evidence file to the host, whose gateway then serves it" };
        var api = ProposalsCommand.ApiOption();
        var apiKey = new Option<string?>("--api-key") { Description = $"API key with the attester role, for --upload (default: {ApiClient.ApiKeyVariable})" };
        var keystore = new Option<string?>("--keystore") { Description = "The attester's keystore (else GOVREWARDS_KEY)" };
        var command = new Command("record", "Record a contribution as an attester, with the IPFS CID of its evidence")
        {
            contributor, kind, units, evidence, evidenceCid, upload, api, apiKey, keystore,
        };
        chainOptions.AddTo(command, withDatabase: false);
        command.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async _ =>
        {
            var settings = chainOptions.Read(result);
            var account = result.GetValue(contributor)!;
            if (!AddressUtil.Current.IsValidEthereumAddressHexFormat(account)) throw new CliException($"--contributor '{account}' is not an address");
            var amount = BigInteger.TryParse(result.GetValue(units), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0
                ? parsed
                : throw new CliException($"--units '{result.GetValue(units)}' is not a positive integer");
            var cid = await EvidenceCidAsync(result.GetValue(evidence), result.GetValue(evidenceCid), result.GetValue(upload), result.GetValue(api)!,
                result.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(ApiClient.ApiKeyVariable), cancellationToken);

            var key = await SignerResolver.ResolveAsync(result.GetValue(keystore), settings.RpcUrl, RepositoryLayout.Discover(), cancellationToken);
            var connection = await ChainConnection.ConnectAsync(settings.RpcUrl, key, settings.Manifest.ChainId, cancellationToken);
            var suite = new SuiteChain(connection.Web3, settings.Manifest);
            var receipt = await TransactionLedger.InProcess(connection, NullLogger<TransactionLedger>.Instance).SendAsync(
                "record contribution", "record", suite.RegistryAddress, new RecordFunction
                {
                    Contributor = account, Kind = (byte)Array.IndexOf(Kinds, result.GetValue(kind)), Units = amount,
                    EvidenceDigest = cid.Digest.ToArray(), EvidenceCodec = cid.Codec,
                }, cancellationToken);
            var recorded = receipt.DecodeAllEvents<ContributionRecordedEventDTO>().Single().Event;
            Console.WriteLine($"contribution {recorded.Id} recorded in {receipt.TransactionHash}");
            Console.WriteLine($"evidence {cid.ToUri()}");
            return 0;
        }));
        return command;
    }

    /// <summary>The CID to record: the given one, or the file's, computed here (and, when uploading, the same as the host's).</summary>
    private static async Task<Cid> EvidenceCidAsync(
        string? file, string? given, bool upload, string api, string? apiKey, CancellationToken cancellationToken)
    {
        if ((file is null) == (given is null)) throw new CliException("name the evidence with either --evidence FILE or --evidence-cid CID");
        if (given is not null)
        {
            if (upload) throw new CliException("--upload needs the file: use --evidence FILE");
            return Cid.TryParse(given, out var parsed) ? parsed : throw new CliException($"--evidence-cid '{given}' is not a CIDv1 with a sha2-256 digest");
        }
        Cid cid;
        await using (var content = File.OpenRead(file!))
        {
            cid = await UnixFs.CidOfAsync(content, cancellationToken);
        }
        if (!upload) return cid;
        await using var body = File.OpenRead(file!);
        var stored = await UploadEvidenceAsync(api, body, cid, apiKey, cancellationToken);
        Console.WriteLine($"uploaded {stored.Size} bytes as {stored.Uri}");
        return cid;
    }

    /// <summary>
    /// Hands an evidence file to the host (<c>POST /evidence</c>) and checks the host stored it under
    /// <paramref name="expected"/>: recording a CID the host does not serve would point readers at nothing.
    /// </summary>
    public static async Task<StoredEvidence> UploadEvidenceAsync(
        string api, Stream content, Cid expected, string? apiKey, CancellationToken cancellationToken)
    {
        var stored = await ApiClient.PostBytesAsync<StoredEvidence>(
            api, EvidenceEndpoints.Path.TrimStart('/'), content, EvidenceEndpoints.ContentType, apiKey, "the host refused the evidence", cancellationToken);
        return stored.Cid == expected.ToString()
            ? stored
            : throw new CliException($"the host stored {stored.Cid}, not {expected}: did the file change while it was read?");
    }

    private static Command Evidence()
    {
        var target = new Argument<string>("cid-or-contribution") { Description = "A CID (bafy…, bafk…, ipfs://…) or a contribution id, looked up through --api" };
        var gateway = new Option<string>("--gateway") { Required = true, Description = "Any IPFS trustless gateway's base URL, e.g. https://ipfs.io" };
        var output = new Option<string>("--out") { Required = true, Description = "Where to write the file, once every block checked out" };
        var api = ProposalsCommand.ApiOption();
        var maxBytes = new Option<long>("--max-bytes")
        {
            Description = "Refuse a file that says it is larger (default 1 GiB): a CID can name a file of any size",
            DefaultValueFactory = _ => 1L << 30,
        };
        var fetch = new Command("fetch", "Fetch evidence block by block from a trustless gateway, checking every block against its CID")
        {
            target, gateway, output, api, maxBytes,
        };
        fetch.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async _ =>
        {
            var url = CommonInputs.HttpUrl(result.GetValue(gateway)) ?? throw new CliException($"--gateway must be an http(s) URL, not '{result.GetValue(gateway)}'");
            var cid = await ResolveAsync(result.GetValue(target)!, result.GetValue(api)!, cancellationToken);
            var path = Path.GetFullPath(result.GetValue(output)!);
            using var source = TrustlessGateway.For(url);
            var size = await source.WriteFileAsync(cid, path, result.GetValue(maxBytes), cancellationToken);
            Console.WriteLine($"wrote {size} bytes of {cid.ToUri()} to {path}; every block matched its CID");
            return 0;
        }));
        return new Command("evidence", "Contribution evidence, addressed by its IPFS CID") { fetch };
    }

    /// <summary>The CID given, or the one the contribution with that id was recorded with.</summary>
    private static async Task<Cid> ResolveAsync(string text, string api, CancellationToken cancellationToken)
    {
        if (Cid.TryParse(text, out var cid)) return cid;
        if (!BigInteger.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            throw new CliException($"'{text}' is neither a CID nor a contribution id");
        }
        var page = await ApiClient.GetAsync<ContributionPage>(
            api, id.IsZero ? "contributions?limit=1" : $"contributions?after={id - 1}&limit=1", cancellationToken);
        var contribution = page.Items.FirstOrDefault(c => c.Id == id) ?? throw new CliException($"the API knows no contribution {id}");
        if (contribution.EvidenceCid is not { } recorded)
        {
            throw new CliException($"contribution {id} was recorded with a bare hash ({contribution.EvidenceHash}), not a CID: nothing names its content");
        }
        return Cid.Parse(recorded);
    }
}
