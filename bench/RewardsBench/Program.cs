using System.Globalization;
using GovernanceRewards.RewardsBench;

var root = GovernanceRewards.Embedded.RepositoryLayout.Discover().Root;
if (args.Length > 0 && args[0] == "payout")
{
    var accounts = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
    var batchSize = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100;
    var payout = await PayoutBenchmark.RunAsync(accounts, batchSize);
    Console.Write(payout);
    await File.AppendAllTextAsync(Path.Combine(root, "bench", "rewards-report.md"), payout);
    return;
}
if (args.Length > 0 && args[0] == "proofs")
{
    var leaves = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
    var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
    var connections = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 32;
    var load = await ProofLoadBenchmark.RunAsync(leaves, TimeSpan.FromSeconds(seconds), connections);
    Console.Write(load);
    await File.AppendAllTextAsync(Path.Combine(root, "bench", "rewards-report.md"), load);
    return;
}
var contributors = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var referenceLeaves = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
var report = await RewardsBenchmark.RunAsync(contributors, referenceLeaves);
Console.Write(report);
var path = Path.Combine(root, "bench", "rewards-report.md");
await File.WriteAllTextAsync(path, report);
Console.WriteLine($"written to {path}");
