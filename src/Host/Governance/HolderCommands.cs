using System.CommandLine;
using System.Globalization;
using System.Numerics;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Embedded;
using GovernanceRewards.Governance.Templates;
using GovernanceRewards.Governance.Voting;
using GovernanceRewards.Host.Cli;
using GovernanceRewards.Host.Deploy;
using Microsoft.Extensions.Logging.Abstractions;
using GovernanceRewards.Rewards.Policy;
using Nethereum.Web3;

namespace GovernanceRewards.Host.Governance;

/// <summary>
/// What a token holder does from the command line: <c>delegate</c>, <c>propose &lt;template&gt;</c> and <c>vote</c>
/// (sent and paid by the holder, or <c>--signed</c>: signed here and relayed by the API).
/// </summary>
internal static class HolderCommands
{
    public static IEnumerable<Command> Create()
    {
        yield return Delegate();
        yield return Propose();
        yield return Vote();
    }

    private static Command Delegate()
    {
        var chainOptions = new ChainOptions();
        var keystore = KeystoreOption();
        var to = new Option<string?>("--to") { Description = "Delegate to this address (default: yourself)" };
        var command = new Command("delegate", "Delegate your token votes (to yourself to vote with them)") { keystore, to };
        chainOptions.AddTo(command, withDatabase: false);
        command.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async _ =>
        {
            var holder = await HolderAsync(chainOptions.Read(result), result.GetValue(keystore), cancellationToken);
            var delegatee = result.GetValue(to) ?? holder.Address;
            Console.WriteLine($"delegated to {delegatee} in {await holder.DelegateAsync(delegatee, cancellationToken)}");
            return 0;
        }));
        return command;
    }

    private static Command Propose()
    {
        var command = new Command("propose", "Propose a change to the DAO, from a template that encodes and checks the calls");
        var chainOptions = new ChainOptions();
        var keystore = KeystoreOption();
        var body = new Option<string?>("--body") { Description = "The proposal's text below its title (Markdown)" };

        var epoch = new Option<ulong>("--epoch") { Required = true, Description = "Reward epoch number" };
        var budget = new Option<string>("--budget") { Required = true, Description = "Budget in whole tokens (decimals allowed)" };
        var window = new Option<string>("--window") { Required = true, Description = "Contribution window FROM..TO (ISO 8601 or unix seconds)" };
        var policy = new Option<string>("--policy") { Required = true, Description = "Reward policy JSON file; its canonical hash is recorded on chain" };
        Add(command, new Command("fund-epoch", "Fund a reward epoch from the treasury") { epoch, budget, window, policy }, (r, t, ct) =>
        {
            var (from, to) = ParseWindow(r.GetValue(window)!);
            var (_, policyHash) = RewardPolicy.Load(r.GetValue(policy)!);
            return t.FundEpochAsync(r.GetValue(epoch), ParseTokens(r.GetValue(budget)!), from, to, policyHash, r.GetValue(body), ct);
        });

        var amount = new Option<string>("--amount") { Required = true, Description = "Amount in whole tokens (decimals allowed)" };
        var days = new Option<double>("--days") { Required = true, Description = "Length of the reward stream in days" };
        Add(command, new Command("stake-rewards", "Stream tokens from the treasury to stakers") { amount, days },
            (r, t, ct) => t.FundStakingAsync(ParseTokens(r.GetValue(amount)!), TimeSpan.FromDays(r.GetValue(days)), r.GetValue(body), ct));

        var seconds = new Option<ulong>("--seconds") { Required = true, Description = "New dispute window in seconds" };
        Add(command, new Command("dispute-window", "Set how long a posted reward root can be vetoed") { seconds },
            (r, t, ct) => t.SetDisputeWindowAsync(TimeSpan.FromSeconds(r.GetValue(seconds)), r.GetValue(body), ct));

        var grant = new Argument<string>("grant|revoke");
        var account = new Option<string>("--account") { Required = true, Description = "Address" };
        Add(command, new Command("attester", "Grant or revoke the right to record contributions") { grant, account }, (r, t, ct) =>
            t.AttesterAsync(r.GetValue(grant) switch
            {
                "grant" => true,
                "revoke" => false,
                var other => throw new ProposalValidationException($"'{other}': use grant or revoke"),
            }, r.GetValue(account)!, r.GetValue(body), ct));

        var slashAmount = new Option<string>("--amount") { Required = true, Description = "Stake to slash in whole tokens" };
        var slashAccount = new Option<string>("--account") { Required = true, Description = "Staker to slash" };
        var reason = new Option<string>("--reason") { Required = true, Description = "Why (recorded on chain)" };
        Add(command, new Command("slash", "Slash a staker's bond to the treasury") { slashAccount, slashAmount, reason },
            (r, t, ct) => t.SlashAsync(r.GetValue(slashAccount)!, ParseTokens(r.GetValue(slashAmount)!), r.GetValue(reason)!, r.GetValue(body), ct));

        var sweepAmount = new Option<string>("--amount") { Required = true, Description = "Unallocated reward funds to return, in whole tokens" };
        Add(command, new Command("sweep", "Return reward funds no root allocates to the treasury") { sweepAmount },
            (r, t, ct) => t.SweepAsync(ParseTokens(r.GetValue(sweepAmount)!), r.GetValue(body), ct));

        var target = new Option<string>("--target") { Required = true, Description = "Contract to call" };
        var signature = new Option<string>("--signature") { Required = true, Description = "Function signature, e.g. transfer(address,uint256)" };
        var arguments = new Option<string[]>("--arg") { Description = "Argument (repeat, in order)", AllowMultipleArgumentsPerToken = false, DefaultValueFactory = _ => [] };
        var title = new Option<string>("--title") { Required = true, Description = "Proposal title" };
        Add(command, new Command("call", "Any call from the treasury") { target, signature, arguments, title },
            (r, t, ct) => t.GenericAsync(r.GetValue(target)!, r.GetValue(signature)!, r.GetValue(arguments)!, r.GetValue(title)!, r.GetValue(body), ct));
        return command;

        void Add(Command parent, Command template, Func<ParseResult, ProposalTemplates, CancellationToken, Task<ProposalDraft>> draft)
        {
            chainOptions.AddTo(template, withDatabase: false);
            template.Options.Add(keystore);
            template.Options.Add(body);
            template.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async _ =>
            {
                var settings = chainOptions.Read(result);
                var holder = await HolderAsync(settings, result.GetValue(keystore), cancellationToken);
                var proposal = await draft(result, new ProposalTemplates(Chain(settings)), cancellationToken);
                var proposed = await holder.ProposeAsync(proposal, cancellationToken);
                Console.WriteLine($"proposal {proposed.ProposalId} \"{proposal.Description.Title}\" in {proposed.TransactionHash}");
                Console.WriteLine($"voting opens after block {proposed.VoteStart} and closes after block {proposed.VoteEnd}");
                return 0;
            }));
            parent.Subcommands.Add(template);
        }
    }

    private static Command Vote()
    {
        var chainOptions = new ChainOptions();
        var keystore = KeystoreOption();
        var id = new Argument<string>("proposal") { Description = "Proposal id" };
        var support = new Argument<string>("support") { Description = "for, against or abstain" };
        var reason = new Option<string>("--reason") { Description = "Why (recorded on chain)", DefaultValueFactory = _ => "" };
        var signed = new Option<bool>("--signed") { Description = "Sign a ballot here and let the API relay it (you pay no gas)" };
        var api = ProposalsCommand.ApiOption();
        var apiKey = new Option<string?>("--api-key") { Description = $"API key with the relay role, for --signed (default: {ApiClient.ApiKeyVariable})" };
        var command = new Command("vote", "Vote on a proposal") { id, support, reason, signed, api, apiKey, keystore };
        chainOptions.AddTo(command, withDatabase: false);
        command.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async _ =>
        {
            var proposalId = GovernanceRewards.Governance.Proposals.ProposalEndpoints.ParseProposalId(result.GetValue(id)!)
                ?? throw new CliException($"'{result.GetValue(id)}' is not a proposal id");
            var choice = TokenHolder.ParseSupport(result.GetValue(support)!);
            var settings = chainOptions.Read(result);
            if (!result.GetValue(signed))
            {
                var holder = await HolderAsync(settings, result.GetValue(keystore), cancellationToken);
                Console.WriteLine($"voted in {await holder.VoteAsync(proposalId, choice, result.GetValue(reason)!, cancellationToken)}");
                return 0;
            }
            var key = await SignerResolver.ResolveAsync(result.GetValue(keystore), settings.RpcUrl, RepositoryLayout.Discover(), cancellationToken);
            var ballot = await SignedBallot.CreateAsync(Chain(settings), key, proposalId, choice, cancellationToken);
            var relayed = await ApiClient.PostAsync<SignedVote, RelayedVote>(
                result.GetValue(api)!, $"governance/proposals/{proposalId}/votes/signed", ballot,
                result.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(ApiClient.ApiKeyVariable), "the relay refused the ballot", cancellationToken);
            Console.WriteLine($"ballot signed by {key.Address} relayed in {relayed.TransactionHash}");
            return 0;
        }));
        return command;
    }

    public static SuiteChain Chain(ChainSettings settings) => new(new Web3(settings.RpcUrl.ToString()), settings.Manifest);

    private static Option<string?> KeystoreOption() =>
        new("--keystore") { Description = $"Web3 Secret Storage file (password from {SignerResolver.PasswordVariable} or a prompt); else {SigningKey.EnvironmentVariable}" };

    private static async Task<TokenHolder> HolderAsync(ChainSettings settings, string? keystore, CancellationToken cancellationToken)
    {
        var key = await SignerResolver.ResolveAsync(keystore, settings.RpcUrl, RepositoryLayout.Discover(), cancellationToken);
        var connection = await ChainConnection.ConnectAsync(settings.RpcUrl, key, settings.Manifest.ChainId, cancellationToken);
        return new TokenHolder(Chain(settings), TransactionLedger.InProcess(connection, NullLogger<TransactionLedger>.Instance));
    }

    /// <summary>Whole tokens, decimals allowed ("50000", "0.5"), to base units, exactly.</summary>
    public static BigInteger ParseTokens(string text) =>
        TokenAmount.TryParse(text) ?? throw new CliException($"'{text}' is not a token amount (whole tokens, at most 18 decimals)");

    private static (DateTimeOffset From, DateTimeOffset To) ParseWindow(string window)
    {
        var parts = window.Split("..");
        if (parts.Length != 2) throw new CliException($"--window '{window}' must be FROM..TO");
        return (ParseTime(parts[0]), ParseTime(parts[1]));

        static DateTimeOffset ParseTime(string text) =>
            long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time
            : throw new CliException($"'{text}' is neither an ISO 8601 time nor unix seconds");
    }
}
