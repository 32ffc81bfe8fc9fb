using System.Globalization;
using GovernanceRewards.RewardsBench;

var contributors = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var referenceLeaves = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
var report = await RewardsBenchmark.RunAsync(contributors, referenceLeaves);
Console.Write(report);
var path = Path.Combine(GovernanceRewards.Embedded.RepositoryLayout.Discover().Root, "bench", "rewards-report.md");
await File.WriteAllTextAsync(path, report);
Console.WriteLine($"written to {path}");
