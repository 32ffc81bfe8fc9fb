using System.CommandLine;
using GovernanceRewards.Chain;
using GovernanceRewards.Governance.Proposals;
using GovernanceRewards.Host.Cli;

namespace GovernanceRewards.Host.Governance;

/// <summary><c>govrewards proposals</c> and <c>proposals show &lt;id&gt;</c>: the read model, through the HTTP API.</summary>
internal static class ProposalsCommand
{
    public static Option<string> ApiOption() =>
        new("--api") { Description = "Base URL of `govrewards serve`", DefaultValueFactory = _ => "http://127.0.0.1:5080/" };

    public static Command Create()
    {
        var api = ApiOption();
        var state = new Option<string?>("--state") { Description = "Only proposals in this state (pending, active, succeeded, queued, executed, defeated, canceled)" };
        var page = new Option<int>("--page") { DefaultValueFactory = _ => 1, Description = "Page number" };
        var command = new Command("proposals", "List proposals: state, tallies, quorum progress, time left") { api, state, page };
        command.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async _ =>
        {
            var query = $"governance/proposals?page={result.GetValue(page)}" + (result.GetValue(state) is { } s ? $"&state={Uri.EscapeDataString(s)}" : "");
            var listing = await ApiClient.GetAsync<Page<ProposalSummary>>(result.GetValue(api)!, query, cancellationToken);
            Console.WriteLine($"{"id",4}  {"state",-9}  {"for",14}  {"against",14}  {"abstain",14}  {"quorum",7}  {"left",10}  title");
            foreach (var p in listing.Items)
            {
                var quorum = p.Quorum is { IsZero: false } q ? $"{(int)(p.QuorumVotes * 100 / q)}%" : "-";
                var left = p.State == ProposalState.Active ? $"{p.BlocksLeft} blocks" : "";
                Console.WriteLine($"{p.Id,4}  {p.State,-9}  {Amount(p.ForVotes),14}  {Amount(p.AgainstVotes),14}  {Amount(p.AbstainVotes),14}  {quorum,7}  {left,10}  {p.Title}");
            }
            Console.WriteLine($"page {listing.PageNumber} of {Math.Max(1, (listing.Total + listing.PageSize - 1) / listing.PageSize)} ({listing.Total} proposals, as of block {(listing.Items.Count > 0 ? listing.Items[0].AtBlock : null)})");
            return 0;
        }));

        var id = new Argument<string>("proposal") { Description = "Proposal id" };
        var show = new Command("show", "One proposal: actions in words, votes, timeline, keeper attempts") { id, api };
        show.SetAction((result, cancellationToken) => GovRewardsCli.RunAsync(async _ =>
        {
            var p = await ApiClient.GetAsync<ProposalDetail>(result.GetValue(api)!, $"governance/proposals/{Uri.EscapeDataString(result.GetValue(id)!)}", cancellationToken);
            var s = p.Summary;
            Console.WriteLine($"Proposal {s.Id}: {s.Title}  [{s.State}]");
            Console.WriteLine($"proposer {s.Proposer}");
            if (p.Body.Length > 0) Console.WriteLine($"\n{p.Body}\n");
            Console.WriteLine("actions:");
            foreach (var action in p.Actions) Console.WriteLine($"  - {action.Sentence}");
            Console.WriteLine($"tally: for {Amount(s.ForVotes)}, against {Amount(s.AgainstVotes)}, abstain {Amount(s.AbstainVotes)}; quorum {(s.Quorum is { } q ? Amount(q) : "not yet known")}");
            Console.WriteLine("votes:");
            foreach (var vote in p.Votes)
            {
                var choice = vote.Support switch { 0 => "against", 1 => "for", _ => "abstain" };
                Console.WriteLine($"  {vote.Voter} {choice} with {Amount(vote.Weight)}" + (vote.Reason.Length > 0 ? $": \"{vote.Reason}\"" : ""));
            }
            Console.WriteLine("timeline:");
            foreach (var entry in p.Timeline) Console.WriteLine($"  {entry.What} {entry.BlockNumber}" + (entry.TransactionHash is { } tx ? $" ({tx})" : ""));
            foreach (var attempt in p.Keeper)
            {
                Console.WriteLine($"keeper {attempt.Action}: {attempt.Status} after {attempt.Attempts} attempt(s)" +
                    (attempt.TransactionHash is { } tx ? $" {tx}" : "") + (attempt.Error is { } error ? $": {error}" : ""));
            }
            return 0;
        }));
        command.Subcommands.Add(show);
        return command;
    }

    private static string Amount(System.Numerics.BigInteger units) => TokenAmount.Format(units / System.Numerics.BigInteger.Pow(10, 18) * System.Numerics.BigInteger.Pow(10, 18));
}
