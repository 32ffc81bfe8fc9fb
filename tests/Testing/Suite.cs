using GovernanceRewards.Chain.Bindings.ContributionRegistry;
using GovernanceRewards.Chain.Bindings.DaoGovernor;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Chain.Bindings.GovToken;
using GovernanceRewards.Chain.Bindings.RewardDistributor;
using GovernanceRewards.Chain.Bindings.StakingPool;
using GovernanceRewards.Chain.Bindings.Treasury;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;

namespace GovernanceRewards.Testing;

/// <summary>A deployed suite on a <see cref="ChainFixture"/>, with typed services for any development account.</summary>
public sealed class Suite(ChainFixture chain, DeploymentManifest manifest)
{
    public DeploymentManifest Manifest => manifest;

    public string TreasuryAddress => manifest["Treasury"].Address;
    public string TokenAddress => manifest["GovToken"].Address;
    public string PoolAddress => manifest["StakingPool"].Address;
    public string GovernorAddress => manifest["DaoGovernor"].Address;
    public string RegistryAddress => manifest["ContributionRegistry"].Address;
    public string DistributorAddress => manifest["RewardDistributor"].Address;

    public TreasuryService Treasury(int account = 0) => new(chain.Web3For(account), TreasuryAddress);
    public GovTokenService Token(int account = 0) => new(chain.Web3For(account), TokenAddress);
    public StakingPoolService Pool(int account = 0) => new(chain.Web3For(account), PoolAddress);
    public DaoGovernorService Governor(int account = 0) => new(chain.Web3For(account), GovernorAddress);
    public ContributionRegistryService Registry(int account = 0) => new(chain.Web3For(account), RegistryAddress);
    public RewardDistributorService Distributor(int account = 0) => new(chain.Web3For(account), DistributorAddress);

    /// <summary>Calls <paramref name="to"/> as the treasury, as an executed proposal would.</summary>
    public Task<TransactionReceipt> AsTreasuryAsync<TMessage>(string to, TMessage message)
        where TMessage : FunctionMessage, new() =>
        chain.SendAsAsync(TreasuryAddress, to, message);
}
