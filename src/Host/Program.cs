using GovernanceRewards.Host.Cli;

return await GovRewardsCli.Build().Parse(args).InvokeAsync();
