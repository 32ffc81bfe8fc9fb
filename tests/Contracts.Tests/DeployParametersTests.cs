using GovernanceRewards.Chain.Deployment;

namespace GovernanceRewards.Contracts.Tests;

public sealed class DeployParametersTests
{
    private const ulong Local = 31337, Sepolia = 11155111;

    [Fact]
    public void Off_a_local_chain_unset_values_default_to_a_proposal_threshold_a_day_long_dispute_window_and_a_longer_cooldown()
    {
        var parameters = new DeployParameters();
        var local = parameters.ResolveFor(Local);
        var sepolia = parameters.ResolveFor(Sepolia);

        Assert.Equal((0, 120UL, 5UL), ((int)local.ProposalThresholdTokens!.Value, local.DisputeWindowSeconds!.Value, local.MinDisputeWindowSeconds!.Value));
        // 0.1% of the 1,000,000 tokens minted; a day to dispute a root, never less than an hour.
        Assert.Equal((1_000, 86_400UL, 3_600UL), ((int)sepolia.ProposalThresholdTokens!.Value, sepolia.DisputeWindowSeconds!.Value, sepolia.MinDisputeWindowSeconds!.Value));
        Assert.Equal(parameters.MinimumWithdrawalCooldownFor(Local), local.WithdrawalCooldownSeconds);
        Assert.Equal(parameters.MinimumWithdrawalCooldownFor(Sepolia) + 86_400, sepolia.WithdrawalCooldownSeconds);
        Assert.Equal(86_400 + (1 + 30 + 5 + 1) * 12 + 60UL, parameters.MinimumWithdrawalCooldownFor(Sepolia));
    }

    [Fact]
    public void Values_given_are_kept_and_values_the_contracts_would_refuse_are_refused_before_deploying()
    {
        var given = new DeployParameters { ProposalThresholdTokens = 7, DisputeWindowSeconds = 7_200 }.ResolveFor(Sepolia);
        Assert.Equal((7, 7_200UL), ((int)given.ProposalThresholdTokens!.Value, given.DisputeWindowSeconds!.Value));

        var problems = Assert.Throws<DeploymentException>(() => new DeployParameters
        {
            DisputeWindowSeconds = 31 * 86_400, MinDisputeWindowSeconds = 0, WithdrawalCooldownSeconds = 400 * 86_400,
        }.Validate(Local, "0x0000000000000000000000000000000000000001")).Message;
        Assert.Contains("MinDisputeWindowSeconds must be positive", problems, StringComparison.Ordinal);
        Assert.Contains("is above the distributor's 30 days", problems, StringComparison.Ordinal);
        Assert.Contains("is above the pool's limit of a year", problems, StringComparison.Ordinal);
    }
}
