using System.Globalization;
using GovernanceRewards.IndexerBench;

var events = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
var report = await IndexerBenchmark.RunAsync(events);
Console.Write(report);
var path = Path.Combine(GovernanceRewards.Embedded.RepositoryLayout.Discover().Root, "bench", "indexer-report.md");
await File.WriteAllTextAsync(path, report);
Console.WriteLine($"written to {path}");
