using System.CommandLine;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Host.Index;
using Microsoft.Extensions.Logging;
using Nethereum.Web3;

namespace GovernanceRewards.Host.Verify;

/// <summary>
/// <c>govrewards verify</c>: publishes the deployed contracts' sources to an Etherscan-compatible explorer and/or a
/// Sourcify server, with the constructor arguments their creation transactions carried, so anyone can check that
/// the code on chain is the code in this repository. Resumable; one line per contract and service on stdout.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var chainOptions = new ChainOptions();
        var explorer = new Option<string?>("--explorer-api") { Description = "Etherscan-compatible API (e.g. https://api.etherscan.io/v2/api, a Blockscout /api)" };
        var apiKeyVariable = new Option<string>("--api-key-env")
        {
            Description = "Environment variable holding the explorer's API key", DefaultValueFactory = _ => "ETHERSCAN_API_KEY",
        };
        var sourcify = new Option<string?>("--sourcify") { Description = "Sourcify server (e.g. https://sourcify.dev/server)" };
        var poll = new Option<int>("--poll-interval-ms")
        {
            Description = "Pause between status checks, and after a rate limit answer", DefaultValueFactory = _ => 5000,
        };
        var patience = new Option<int>("--patience-seconds")
        {
            Description = "How long to wait for one contract's verdict before moving on (its ticket is kept for the next run)",
            DefaultValueFactory = _ => 600,
        };
        var command = new Command("verify", "Verify the deployed contracts' sources on an explorer and/or Sourcify")
        {
            explorer, apiKeyVariable, sourcify, poll, patience,
        };
        chainOptions.AddTo(command, withDatabase: false);
        command.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async loggers =>
        {
            var settings = chainOptions.Read(result);
            if (result.GetValue(poll) is var pollMs && pollMs < 1) throw new CliException("--poll-interval-ms must be at least 1");
            var pause = TimeSpan.FromMilliseconds(pollMs);
            // A redirect would carry the key in the query string to wherever the service points.
            using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
            var calls = new ServiceCalls(http, pause, loggers.CreateLogger<ServiceCalls>());
            var targets = new List<(IVerificationTarget Target, string StateKey)>();
            if (result.GetValue(explorer) is { } explorerText)
            {
                var url = CommonInputs.HttpUrl(explorerText) ?? throw new CliException("--explorer-api must be an http(s) URL");
                if (url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback)
                {
                    throw new CliException("--explorer-api must be https (the API key travels with every request); plain http only on loopback");
                }
                var variable = result.GetValue(apiKeyVariable)!;
                var key = Environment.GetEnvironmentVariable(variable) is { Length: > 0 } set
                    ? set
                    : throw new CliException($"no explorer API key: set {variable} (or name another variable with --api-key-env)");
                targets.Add((new EtherscanApi(url, key, settings.Manifest.ChainId, calls), url.GetLeftPart(UriPartial.Path)));
            }
            if (result.GetValue(sourcify) is { } sourcifyText)
            {
                var url = CommonInputs.HttpUrl(sourcifyText) ?? throw new CliException("--sourcify must be an http(s) URL");
                targets.Add((new SourcifyApi(url, settings.Manifest.ChainId, calls), url.GetLeftPart(UriPartial.Path)));
            }
            if (targets.Count == 0) throw new CliException("nothing to verify with: pass --explorer-api URL and/or --sourcify URL");

            await IndexCommand.EnsureChainAsync(settings, cancellationToken);
            var contracts = await VerifiableContract.ReadAllAsync(settings.Manifest, new Web3(settings.RpcUrl.ToString()), cancellationToken);
            var statePath = VerificationState.PathBeside(result.GetValue(chainOptions.Manifest)!);
            if (result.GetValue(patience) is var patienceSeconds && patienceSeconds < 1) throw new CliException("--patience-seconds must be at least 1");
            var verifier = new SourceVerifier(
                VerificationState.Load(statePath), pause, TimeSpan.FromSeconds(patienceSeconds), loggers.CreateLogger<SourceVerifier>());
            var failed = 0;
            foreach (var (target, stateKey) in targets)
            {
                foreach (var contract in contracts)
                {
                    VerificationReport report;
                    try
                    {
                        report = await verifier.VerifyAsync(target, stateKey, contract, cancellationToken);
                    }
                    catch (VerificationServiceException e)
                    {
                        throw new CliException($"{e.Message} (what was done is kept in {statePath}; run again to resume)");
                    }
                    if (!report.Verified) failed++;
                    Console.WriteLine($"{(report.Verified ? "verified" : "FAILED"),-8}  {report.Service,-8}  {report.Contract,-20}  {report.Address}  {report.Note}");
                }
            }
            return failed == 0 ? 0 : 1;
        }));
        return command;
    }
}
