using GovernanceRewards.GasReport;

var report = await GasMeasurements.RunAsync(CancellationToken.None);
Console.Write(report);
var path = Path.Combine(GovernanceRewards.Embedded.RepositoryLayout.Discover().Root, "bench", "gas-report.md");
await File.WriteAllTextAsync(path, report);
Console.WriteLine($"written to {path}");
