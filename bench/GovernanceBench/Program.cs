using System.Globalization;
using GovernanceRewards.GovernanceBench;

var voters = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000;
var report = await GovernanceBenchmark.RunAsync(voters);
Console.Write(report);
var path = Path.Combine(GovernanceRewards.Embedded.RepositoryLayout.Discover().Root, "bench", "governance-report.md");
await File.WriteAllTextAsync(path, report);
Console.WriteLine($"written to {path}");
