using GovernanceRewards.Contracts.RewardDistributor.ContractDefinition;
using GovernanceRewards.Testing;

namespace GovernanceRewards.Contracts.Tests;

public sealed class SmokeTests(ChainFixture chain) : IClassFixture<ChainFixture>
{
    [Fact]
    public async Task Claim_without_root_reverts_with_decoded_error()
    {
        var suite = await chain.DeploySuiteAsync();
        await Reverts.WithAsync<DistributorNoAcceptedRootError>(() =>
            suite.Distributor(3).ClaimRequestAndWaitForReceiptAsync(chain.Address(3), 5, []));
        var message = await Reverts.AsTreasuryWithAsync("DistributorZeroEpoch", () =>
            suite.AsTreasuryAsync(suite.DistributorAddress, new FundEpochFunction { Epoch = 0, Budget = 1, WindowStart = 0, WindowEnd = 1, PolicyHash = new byte[32] }));
    }
}
