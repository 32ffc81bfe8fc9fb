using System.Text.Json;
using GovernanceRewards.Chain.Bindings.ContributionRegistry;
using GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition;
using GovernanceRewards.Chain.Bindings.DaoGovernor;
using GovernanceRewards.Chain.Bindings.DaoGovernor.ContractDefinition;
using GovernanceRewards.Chain.Bindings.GovToken;
using GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;
using GovernanceRewards.Chain.Bindings.RewardDistributor;
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using GovernanceRewards.Chain.Bindings.StakingPool;
using GovernanceRewards.Chain.Bindings.StakingPool.ContractDefinition;
using GovernanceRewards.Chain.Bindings.Treasury;
using GovernanceRewards.Chain.Bindings.Treasury.ContractDefinition;
using Microsoft.Extensions.Logging;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Util;
using Nethereum.Web3;

namespace GovernanceRewards.Chain.Deployment;

/// <summary>What a deploy run did: the manifest, and how many transactions it sent (zero when all was in place).</summary>
public sealed record DeploymentOutcome(DeploymentManifest Manifest, int TransactionsSent);

/// <summary>
/// Deploys the suite in dependency order and wires its roles: the governor proposes, executes and cancels on the
/// treasury timelock, the treasury administers every contract, and the deployer gives up its temporary timelock
/// admin role last. Each step is recorded in the manifest as soon as it is mined, so a run that finds a manifest
/// verifies what it records and only sends what is missing.
/// </summary>
/// <remarks>
/// With <paramref name="confirmations"/> above zero (public networks), each step is recorded in the manifest only once
/// its block is that deep, and its receipt is read again then: a step a reorg undid is never taken as done.
/// </remarks>
public sealed class SuiteDeployer(ChainConnection chain, ILogger<SuiteDeployer> logger, ulong confirmations = 0)
{
    private static readonly byte[] DefaultAdminRole = new byte[32];

    public async Task<DeploymentOutcome> DeployAsync(
        DeployParameters parameters, string manifestPath, CancellationToken cancellationToken)
    {
        parameters.Validate(chain.ChainId, chain.Address);
        var manifest = DeploymentManifest.TryLoad(manifestPath);
        if (manifest is not null)
        {
            await VerifyAsync(manifest, manifestPath, cancellationToken);
            if (manifest.Complete)
            {
                Log.DeploymentVerified(logger, manifestPath, manifest.Contracts.Count);
                return new DeploymentOutcome(manifest, 0);
            }
            if (JsonSerializer.Serialize(manifest.Parameters, ManifestJson.Options) != JsonSerializer.Serialize(parameters, ManifestJson.Options))
            {
                throw new DeploymentException(
                    $"{manifestPath} records an unfinished deployment with other parameters; resume it with the same parameters or delete it");
            }
            Log.DeploymentResumed(logger, manifestPath);
        }
        manifest ??= new DeploymentManifest { ChainId = chain.ChainId, Deployer = chain.Address, Parameters = parameters };

        var run = new Run(chain, logger, manifest, manifestPath, confirmations, cancellationToken);
        var resolved = parameters.ResolveFor(chain.ChainId);
        var web3 = chain.Web3;
        var deployer = chain.Address;

        var treasury = await run.ContractAsync("Treasury", cts => TreasuryService.DeployContractAndWaitForReceiptAsync(web3,
            new TreasuryDeployment
            {
                MinDelay = parameters.TimelockDelaySeconds,
                Proposers = [],
                Executors = [],
                Admin = deployer,
            }, cts));
        var token = await run.ContractAsync("GovToken", cts => GovTokenService.DeployContractAndWaitForReceiptAsync(web3,
            new GovTokenDeployment
            {
                Name = parameters.TokenName,
                Symbol = parameters.TokenSymbol,
                Treasury = treasury,
                TreasuryAmount = DeployParameters.ToUnits(parameters.TreasuryTokens),
                Deployer = deployer,
                DeployerAmount = DeployParameters.ToUnits(parameters.DeployerTokens),
            }, cts));
        var pool = await run.ContractAsync("StakingPool", cts => StakingPoolService.DeployContractAndWaitForReceiptAsync(web3,
            new StakingPoolDeployment { Token = token, Treasury = treasury, Withdrawalcooldown = resolved.WithdrawalCooldownSeconds!.Value }, cts));
        var governor = await run.ContractAsync("DaoGovernor", cts => DaoGovernorService.DeployContractAndWaitForReceiptAsync(web3,
            new DaoGovernorDeployment
            {
                Token = token,
                Stakingpool = pool,
                Treasury = treasury,
                Parameters = new Parameters
                {
                    VotingDelay = parameters.VotingDelayBlocks,
                    VotingPeriod = parameters.VotingPeriodBlocks,
                    ProposalThreshold = DeployParameters.ToUnits(resolved.ProposalThresholdTokens!.Value),
                    QuorumPercent = parameters.QuorumPercent,
                    LateQuorumExtension = parameters.LateQuorumExtensionBlocks,
                },
            }, cts));
        await run.ContractAsync("ContributionRegistry", cts => ContributionRegistryService.DeployContractAndWaitForReceiptAsync(web3,
            new ContributionRegistryDeployment { Treasury = treasury, Attesters = [.. parameters.Attesters ?? [deployer]] }, cts));
        await run.ContractAsync("RewardDistributor", cts => RewardDistributorService.DeployContractAndWaitForReceiptAsync(web3,
            new RewardDistributorDeployment
            {
                Token = token,
                Treasury = treasury,
                Settler = parameters.Settler ?? deployer,
                Guardian = parameters.Guardian ?? deployer,
                Disputewindow = resolved.DisputeWindowSeconds!.Value,
                Mindisputewindow = resolved.MinDisputeWindowSeconds!.Value,
            }, cts));

        var timelock = new TreasuryService(web3, treasury);
        var proposerRole = await timelock.ProposerRoleQueryAsync();
        var executorRole = await timelock.ExecutorRoleQueryAsync();
        var cancellerRole = await timelock.CancellerRoleQueryAsync();
        await run.StepAsync("grant governor PROPOSER_ROLE", cts => timelock.GrantRoleRequestAndWaitForReceiptAsync(proposerRole, governor, cts));
        await run.StepAsync("grant governor EXECUTOR_ROLE", cts => timelock.GrantRoleRequestAndWaitForReceiptAsync(executorRole, governor, cts));
        await run.StepAsync("grant governor CANCELLER_ROLE", cts => timelock.GrantRoleRequestAndWaitForReceiptAsync(cancellerRole, governor, cts));
        await run.StepAsync("deployer renounces timelock admin", cts => timelock.RenounceRoleRequestAndWaitForReceiptAsync(DefaultAdminRole, deployer, cts));

        var complete = manifest with { Complete = true };
        complete.Save(manifestPath);
        Log.DeploymentComplete(logger, manifestPath, run.Sent);
        return new DeploymentOutcome(complete, run.Sent);
    }

    /// <summary>Checks that every recorded contract still has the recorded code and was built from these sources.</summary>
    public Task VerifyAsync(DeploymentManifest manifest, string manifestPath, CancellationToken cancellationToken) =>
        VerifyAsync(chain.Web3, chain.ChainId, manifest, manifestPath, cancellationToken);

    /// <inheritdoc cref="VerifyAsync(DeploymentManifest, string, CancellationToken)"/>
    /// <remarks>Reads only, so any reader of the chain (no key) will do.</remarks>
    public static async Task VerifyAsync(IWeb3 reader, ulong chainId, DeploymentManifest manifest, string manifestPath, CancellationToken cancellationToken)
    {
        if (manifest.ChainId != chainId)
        {
            throw new DeploymentException($"{manifestPath} is for chain {manifest.ChainId}, but the RPC serves chain {chainId}");
        }
        var problems = new List<string>();
        foreach (var (name, contract) in manifest.Contracts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var code = await reader.Eth.GetCode.SendRequestAsync(contract.Address);
            if (string.IsNullOrEmpty(code) || code == "0x")
            {
                problems.Add($"{name}: no code at {contract.Address} (was the chain reset? delete {manifestPath} to deploy anew)");
            }
            else if (CodeHash(code) != contract.CodeHash)
            {
                problems.Add($"{name}: the code at {contract.Address} is not the code deployed there");
            }
            if (ContractArtifacts.Current.ByName.TryGetValue(name, out var artifact) && artifact.AbiDigest != contract.AbiDigest)
            {
                problems.Add($"{name}: deployed from other sources than this build (ABI digest differs)");
            }
        }
        if (problems.Count > 0)
        {
            throw new DeploymentException($"{manifestPath} does not match chain {chainId}:\n  " + string.Join("\n  ", problems));
        }
    }

    private static string CodeHash(string code) => Sha3Keccack.Current.CalculateHash(code.HexToByteArray()).ToHex(true);

    private sealed class Run(
        ChainConnection chain, ILogger logger, DeploymentManifest manifest, string path, ulong confirmations, CancellationToken cancellationToken)
    {
        public int Sent { get; private set; }

        public async Task<string> ContractAsync(string name, Func<CancellationTokenSource, Task<TransactionReceipt>> deploy)
        {
            if (manifest.Contracts.TryGetValue(name, out var existing)) return existing.Address;
            var receipt = await SendAsync(name, deploy);
            var code = await chain.Web3.Eth.GetCode.SendRequestAsync(receipt.ContractAddress);
            manifest.Contracts[name] = new DeployedContract(
                receipt.ContractAddress, receipt.TransactionHash, (ulong)receipt.BlockNumber.Value, receipt.GasUsed.Value,
                CodeHash(code), ContractArtifacts.Current.ByName[name].AbiDigest);
            manifest.Save(path);
            Log.ContractDeployed(logger, name, receipt.ContractAddress, receipt.TransactionHash, receipt.GasUsed.Value);
            return receipt.ContractAddress;
        }

        public async Task StepAsync(string step, Func<CancellationTokenSource, Task<TransactionReceipt>> send)
        {
            if (manifest.Steps.ContainsKey(step)) return;
            var receipt = await SendAsync(step, send);
            manifest.Steps[step] = receipt.TransactionHash;
            manifest.Save(path);
            Log.StepDone(logger, step, receipt.TransactionHash);
        }

        /// <summary>
        /// Sends one step of the deployment and waits for it: contract creations and role grants, whose record is the
        /// manifest's steps (a deployment started again skips what it holds), not the ledger's operations.
        /// </summary>
        private async Task<TransactionReceipt> SendAsync(string what, Func<CancellationTokenSource, Task<TransactionReceipt>> send)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            TransactionReceipt receipt;
            try
            {
                receipt = await send(cts);
            }
            catch (Exception e) when (RevertReason.Describe(e) is { } reason)
            {
                throw new DeploymentException($"{what} failed: {reason}");
            }
            if (receipt.Status?.Value != 1) throw new DeploymentException($"{what} failed: the transaction failed on chain ({receipt.TransactionHash})");
            Sent++;
            return confirmations == 0 ? receipt : await ConfirmedAsync(what, receipt);
        }

        /// <summary>The receipt once its block has <c>confirmations</c> blocks on top, as the chain reports it then.</summary>
        private async Task<TransactionReceipt> ConfirmedAsync(string what, TransactionReceipt receipt)
        {
            Log.AwaitingConfirmations(logger, what, confirmations, receipt.TransactionHash);
            var missingSince = (DateTime?)null;
            while (true)
            {
                var head = (await chain.Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
                if (head >= receipt.BlockNumber.Value + confirmations)
                {
                    var now = await chain.Web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(receipt.TransactionHash);
                    if (now is not null && now.BlockHash == receipt.BlockHash) return now;
                    if (now is not null)
                    {
                        missingSince = null;
                        // Re-mined in another block after a reorg: count the confirmations again from there.
                        receipt = now;
                        continue;
                    }
                    missingSince ??= DateTime.UtcNow;
                    if (DateTime.UtcNow - missingSince > TimeSpan.FromMinutes(5))
                    {
                        throw new DeploymentException($"{what} ({receipt.TransactionHash}) was dropped by a reorg; run deploy again to resume from the manifest");
                    }
                }
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }
}
