using System.Diagnostics;
using System.Globalization;
using GovernanceRewards.Chain;
using GovernanceRewards.Rewards.Policy;
using Spectre.Console;

namespace GovernanceRewards.Host.Demo;

/// <summary>
/// Tells the demo as it happens: a live status line per step (a spinner on a terminal, nothing extra in a log), then
/// the step's result lines (transaction hashes, addresses) and its time, and at the end one table per epoch.
/// </summary>
internal sealed class DemoNarrator(IAnsiConsole console)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Runs one step; <c>say</c> reports a line under it (and becomes the live status meanwhile).</summary>
    public async Task<T> StepAsync<T>(string title, Func<Action<string>, Task<T>> step)
    {
        var clock = Stopwatch.StartNew();
        var lines = new List<string>();
        try
        {
            // Without a terminal (a log, a test) the live status would print every update as a line of its own.
            var result = console.Profile.Capabilities.Interactive
                ? await console.Status().StartAsync(title, async context => await step(line =>
                {
                    lines.Add(line);
                    context.Status($"{Markup.Escape(title)} [grey]{Markup.Escape(line)}[/]");
                }))
                : await step(lines.Add);
            console.MarkupLineInterpolated($"[green]✓[/] [bold]{title}[/] [grey]{Seconds(clock.Elapsed)}[/]");
            foreach (var line in lines) console.MarkupLineInterpolated($"    [grey]{line}[/]");
            return result;
        }
        catch (Exception e)
        {
            console.MarkupLineInterpolated($"[red]✗ {title}[/] [grey]{Seconds(clock.Elapsed)}[/]");
            foreach (var line in lines) console.MarkupLineInterpolated($"    [grey]{line}[/]");
            console.MarkupLineInterpolated($"    [red]{e.Message}[/]");
            throw;
        }
    }

    /// <summary>One table per epoch (contributor, units by kind, voting weight credited, allocation, paid in), the claims, and where to look next.</summary>
    public void Summarize(DemoReport report, DemoCast cast)
    {
        foreach (var (epoch, allocations) in report.Epochs)
        {
            var table = new Table().Title($"Epoch {epoch.Epoch}: {epoch.Status}, budget {TokenAmount.Format(epoch.Budget)} GRW").Border(TableBorder.Rounded);
            table.AddColumns("Account", "Units by kind", "Voting weight (GRW)", "Allocation (GRW)", "Paid in");
            table.Columns[2].RightAligned();
            table.Columns[3].RightAligned();
            foreach (var allocation in allocations.OrderByDescending(a => a.Amount))
            {
                table.AddRow(
                    Markup.Escape(cast.NameOf(allocation.Account)),
                    Markup.Escape(string.Join(", ", RewardPolicy.Kinds.Where(allocation.Units.ContainsKey).Select(k => $"{k} {allocation.Units[k]}"))),
                    TokenAmount.Format(allocation.VotingWeight),
                    TokenAmount.Format(allocation.Amount),
                    Markup.Escape(allocation.PaidIn ?? (allocation.Amount == 0 ? "-" : "unpaid")));
            }
            table.AddRow("[bold]total[/]", "", "", $"[bold]{TokenAmount.Format(epoch.Allocated ?? 0)}[/]", $"unallocated {TokenAmount.Format(epoch.Unallocated ?? 0)}");
            console.Write(table);
        }
        if (report.SelfClaim is { } self)
        {
            console.MarkupLineInterpolated($"{cast.NameOf(self.Account)} claimed {TokenAmount.Format(self.Amount)} GRW with its own proof in {self.TransactionHash}");
        }
        console.MarkupLineInterpolated(
            $"{cast.NameOf(report.StakingClaim.Account)} claimed {TokenAmount.Format(report.StakingClaim.Amount)} GRW of the staking stream in {report.StakingClaim.TransactionHash}");
        console.MarkupLineInterpolated($"[bold]Done in {Seconds(Elapsed)}.[/] Look at:");
        var api = report.Api;
        foreach (var (what, path) in new[]
                 {
                     ("portal (connect a wallet)", ""),
                     ("portal: the funding proposal", $"proposals/{report.EpochProposal}"),
                     ("portal: one contributor", $"accounts/{cast.Contributors[0].Address}"),
                     ("portal: epoch 1, how to verify", "reward-epochs/1"),
                     ("proposals", $"governance/proposals/{report.EpochProposal}"),
                     ("epochs", "epochs"),
                     ("allocations", "epochs/1/allocations"),
                     ("one contributor", $"rewards/{cast.Contributors[0].Address}"),
                     ("the tree (OpenZeppelin dump)", "epochs/1/tree"),
                     ("the tree by its CID (gateway)", $"ipfs/{report.TreeCid}"),
                     ("the first evidence file", $"ipfs/{cast.Contributions[0].Evidence}"),
                     ("health", "health"),
                     ("jobs dashboard (needs a key)", "hangfire"),
                     ("OpenAPI", "openapi/v1.json"),
                     ("API reference (browse and try)", "scalar/v1"),
                 })
        {
            console.MarkupLineInterpolated($"  {what,-30} {new Uri(api, path)}");
        }
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0 s", CultureInfo.InvariantCulture);
}
