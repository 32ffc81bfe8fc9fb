using System.CommandLine;
using GovernanceRewards.Host.Cli;

using var signals = new ShutdownSignals();
return await GovRewardsCli.Build().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, signals.Stopping);
