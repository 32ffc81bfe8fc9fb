using GovernanceRewards.Chain.Bindings.ContributionRegistry;
using GovernanceRewards.Chain.Bindings.DaoGovernor;
using GovernanceRewards.Chain.Bindings.GovToken;
using GovernanceRewards.Chain.Bindings.RewardDistributor;
using GovernanceRewards.Chain.Bindings.StakingPool;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace GovernanceRewards.Chain.Deployment;

/// <summary>A deployed suite: its addresses and typed access to each contract through one RPC (reads by default).</summary>
public sealed class SuiteChain(IWeb3 reader, DeploymentManifest manifest)
{
    public DeploymentManifest Manifest => manifest;

    public long ChainId => (long)manifest.ChainId;

    public IWeb3 Reader => reader;

    public string GovernorAddress => manifest["DaoGovernor"].Address;

    public string TreasuryAddress => manifest["Treasury"].Address;

    public string TokenAddress => manifest["GovToken"].Address;

    public string PoolAddress => manifest["StakingPool"].Address;

    public string RegistryAddress => manifest["ContributionRegistry"].Address;

    public string DistributorAddress => manifest["RewardDistributor"].Address;

    public DaoGovernorService Governor(IWeb3? web3 = null) => new(web3 ?? reader, GovernorAddress);

    public GovTokenService Token(IWeb3? web3 = null) => new(web3 ?? reader, TokenAddress);

    public StakingPoolService Pool(IWeb3? web3 = null) => new(web3 ?? reader, PoolAddress);

    public ContributionRegistryService Registry(IWeb3? web3 = null) => new(web3 ?? reader, RegistryAddress);

    public RewardDistributorService Distributor(IWeb3? web3 = null) => new(web3 ?? reader, DistributorAddress);

    /// <summary>The timestamp of the latest block: the chain's clock for timelocks and dispute windows.</summary>
    public async Task<ulong> LatestTimestampAsync() =>
        (ulong)(await reader.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest())).Timestamp.Value;

    /// <summary>The contract name a manifest address belongs to, or null for an address outside the suite.</summary>
    public string? NameOf(string address) =>
        manifest.Contracts.FirstOrDefault(c => string.Equals(c.Value.Address, address, StringComparison.OrdinalIgnoreCase)).Key;
}
