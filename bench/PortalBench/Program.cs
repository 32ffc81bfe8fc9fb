using System.Globalization;
using GovernanceRewards.PortalBench;

var hold = args.Contains("--hold");
var numbers = args.Where(a => a != "--hold").Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
var requests = numbers.Length > 0 ? numbers[0] : 200;
var proposals = numbers.Length > 1 ? numbers[1] : 10_000;
var leaves = numbers.Length > 2 ? numbers[2] : 1_000_000;
var report = await PortalBenchmark.RunAsync(requests, proposals, leaves, openVotes: 1_000, hold);
Console.Write(report);
var path = Path.Combine(GovernanceRewards.Embedded.RepositoryLayout.Discover().Root, "bench", "portal-report.md");
await File.WriteAllTextAsync(path, report);
Console.WriteLine($"written to {path}");
