using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Web3;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Contracts.CQS;
using Nethereum.Contracts.ContractHandlers;
using Nethereum.Contracts;
using System.Threading;
using GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition;

namespace GovernanceRewards.Chain.Bindings.ContributionRegistry
{
    public partial class ContributionRegistryService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, ContributionRegistryDeployment contributionRegistryDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<ContributionRegistryDeployment>().SendRequestAndWaitForReceiptAsync(contributionRegistryDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, ContributionRegistryDeployment contributionRegistryDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<ContributionRegistryDeployment>().SendRequestAsync(contributionRegistryDeployment);
        }

        public static async Task<ContributionRegistryService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, ContributionRegistryDeployment contributionRegistryDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, contributionRegistryDeployment, cancellationTokenSource);
            return new ContributionRegistryService(web3, receipt.ContractAddress);
        }

        public ContributionRegistryService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<byte[]> AttesterRoleQueryAsync(AttesterRoleFunction attesterRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AttesterRoleFunction, byte[]>(attesterRoleFunction, blockParameter);
        }

        
        public Task<byte[]> AttesterRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AttesterRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<ulong> DagPbCodecQueryAsync(DagPbCodecFunction dagPbCodecFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DagPbCodecFunction, ulong>(dagPbCodecFunction, blockParameter);
        }

        
        public Task<ulong> DagPbCodecQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DagPbCodecFunction, ulong>(null, blockParameter);
        }

        public Task<byte[]> DefaultAdminRoleQueryAsync(DefaultAdminRoleFunction defaultAdminRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(defaultAdminRoleFunction, blockParameter);
        }

        
        public Task<byte[]> DefaultAdminRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<BigInteger> MaxBatchQueryAsync(MaxBatchFunction maxBatchFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxBatchFunction, BigInteger>(maxBatchFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxBatchQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxBatchFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxUnitsQueryAsync(MaxUnitsFunction maxUnitsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxUnitsFunction, BigInteger>(maxUnitsFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxUnitsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxUnitsFunction, BigInteger>(null, blockParameter);
        }

        public Task<ulong> RawCodecQueryAsync(RawCodecFunction rawCodecFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RawCodecFunction, ulong>(rawCodecFunction, blockParameter);
        }

        
        public Task<ulong> RawCodecQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RawCodecFunction, ulong>(null, blockParameter);
        }

        public Task<BigInteger> ContributionCountQueryAsync(ContributionCountFunction contributionCountFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ContributionCountFunction, BigInteger>(contributionCountFunction, blockParameter);
        }

        
        public Task<BigInteger> ContributionCountQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ContributionCountFunction, BigInteger>(null, blockParameter);
        }

        public Task<byte[]> GetRoleAdminQueryAsync(GetRoleAdminFunction getRoleAdminFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GetRoleAdminFunction, byte[]>(getRoleAdminFunction, blockParameter);
        }

        
        public Task<byte[]> GetRoleAdminQueryAsync(byte[] role, BlockParameter blockParameter = null)
        {
            var getRoleAdminFunction = new GetRoleAdminFunction();
                getRoleAdminFunction.Role = role;
            
            return ContractHandler.QueryAsync<GetRoleAdminFunction, byte[]>(getRoleAdminFunction, blockParameter);
        }

        public Task<string> GrantRoleRequestAsync(GrantRoleFunction grantRoleFunction)
        {
             return ContractHandler.SendRequestAsync(grantRoleFunction);
        }

        public Task<TransactionReceipt> GrantRoleRequestAndWaitForReceiptAsync(GrantRoleFunction grantRoleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(grantRoleFunction, cancellationToken);
        }

        public Task<string> GrantRoleRequestAsync(byte[] role, string account)
        {
            var grantRoleFunction = new GrantRoleFunction();
                grantRoleFunction.Role = role;
                grantRoleFunction.Account = account;
            
             return ContractHandler.SendRequestAsync(grantRoleFunction);
        }

        public Task<TransactionReceipt> GrantRoleRequestAndWaitForReceiptAsync(byte[] role, string account, CancellationTokenSource cancellationToken = null)
        {
            var grantRoleFunction = new GrantRoleFunction();
                grantRoleFunction.Role = role;
                grantRoleFunction.Account = account;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(grantRoleFunction, cancellationToken);
        }

        public Task<bool> HasRoleQueryAsync(HasRoleFunction hasRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<HasRoleFunction, bool>(hasRoleFunction, blockParameter);
        }

        
        public Task<bool> HasRoleQueryAsync(byte[] role, string account, BlockParameter blockParameter = null)
        {
            var hasRoleFunction = new HasRoleFunction();
                hasRoleFunction.Role = role;
                hasRoleFunction.Account = account;
            
            return ContractHandler.QueryAsync<HasRoleFunction, bool>(hasRoleFunction, blockParameter);
        }

        public Task<string> RecordRequestAsync(RecordFunction recordFunction)
        {
             return ContractHandler.SendRequestAsync(recordFunction);
        }

        public Task<TransactionReceipt> RecordRequestAndWaitForReceiptAsync(RecordFunction recordFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(recordFunction, cancellationToken);
        }

        public Task<string> RecordRequestAsync(string contributor, byte kind, BigInteger units, byte[] evidenceDigest, ulong evidenceCodec)
        {
            var recordFunction = new RecordFunction();
                recordFunction.Contributor = contributor;
                recordFunction.Kind = kind;
                recordFunction.Units = units;
                recordFunction.EvidenceDigest = evidenceDigest;
                recordFunction.EvidenceCodec = evidenceCodec;
            
             return ContractHandler.SendRequestAsync(recordFunction);
        }

        public Task<TransactionReceipt> RecordRequestAndWaitForReceiptAsync(string contributor, byte kind, BigInteger units, byte[] evidenceDigest, ulong evidenceCodec, CancellationTokenSource cancellationToken = null)
        {
            var recordFunction = new RecordFunction();
                recordFunction.Contributor = contributor;
                recordFunction.Kind = kind;
                recordFunction.Units = units;
                recordFunction.EvidenceDigest = evidenceDigest;
                recordFunction.EvidenceCodec = evidenceCodec;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(recordFunction, cancellationToken);
        }

        public Task<string> RecordBatchRequestAsync(RecordBatchFunction recordBatchFunction)
        {
             return ContractHandler.SendRequestAsync(recordBatchFunction);
        }

        public Task<TransactionReceipt> RecordBatchRequestAndWaitForReceiptAsync(RecordBatchFunction recordBatchFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(recordBatchFunction, cancellationToken);
        }

        public Task<string> RecordBatchRequestAsync(List<Contribution> contributions)
        {
            var recordBatchFunction = new RecordBatchFunction();
                recordBatchFunction.Contributions = contributions;
            
             return ContractHandler.SendRequestAsync(recordBatchFunction);
        }

        public Task<TransactionReceipt> RecordBatchRequestAndWaitForReceiptAsync(List<Contribution> contributions, CancellationTokenSource cancellationToken = null)
        {
            var recordBatchFunction = new RecordBatchFunction();
                recordBatchFunction.Contributions = contributions;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(recordBatchFunction, cancellationToken);
        }

        public Task<string> RenounceRoleRequestAsync(RenounceRoleFunction renounceRoleFunction)
        {
             return ContractHandler.SendRequestAsync(renounceRoleFunction);
        }

        public Task<TransactionReceipt> RenounceRoleRequestAndWaitForReceiptAsync(RenounceRoleFunction renounceRoleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(renounceRoleFunction, cancellationToken);
        }

        public Task<string> RenounceRoleRequestAsync(byte[] role, string callerConfirmation)
        {
            var renounceRoleFunction = new RenounceRoleFunction();
                renounceRoleFunction.Role = role;
                renounceRoleFunction.CallerConfirmation = callerConfirmation;
            
             return ContractHandler.SendRequestAsync(renounceRoleFunction);
        }

        public Task<TransactionReceipt> RenounceRoleRequestAndWaitForReceiptAsync(byte[] role, string callerConfirmation, CancellationTokenSource cancellationToken = null)
        {
            var renounceRoleFunction = new RenounceRoleFunction();
                renounceRoleFunction.Role = role;
                renounceRoleFunction.CallerConfirmation = callerConfirmation;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(renounceRoleFunction, cancellationToken);
        }

        public Task<string> RevokeRoleRequestAsync(RevokeRoleFunction revokeRoleFunction)
        {
             return ContractHandler.SendRequestAsync(revokeRoleFunction);
        }

        public Task<TransactionReceipt> RevokeRoleRequestAndWaitForReceiptAsync(RevokeRoleFunction revokeRoleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(revokeRoleFunction, cancellationToken);
        }

        public Task<string> RevokeRoleRequestAsync(byte[] role, string account)
        {
            var revokeRoleFunction = new RevokeRoleFunction();
                revokeRoleFunction.Role = role;
                revokeRoleFunction.Account = account;
            
             return ContractHandler.SendRequestAsync(revokeRoleFunction);
        }

        public Task<TransactionReceipt> RevokeRoleRequestAndWaitForReceiptAsync(byte[] role, string account, CancellationTokenSource cancellationToken = null)
        {
            var revokeRoleFunction = new RevokeRoleFunction();
                revokeRoleFunction.Role = role;
                revokeRoleFunction.Account = account;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(revokeRoleFunction, cancellationToken);
        }

        public Task<bool> SupportsInterfaceQueryAsync(SupportsInterfaceFunction supportsInterfaceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SupportsInterfaceFunction, bool>(supportsInterfaceFunction, blockParameter);
        }

        
        public Task<bool> SupportsInterfaceQueryAsync(byte[] interfaceId, BlockParameter blockParameter = null)
        {
            var supportsInterfaceFunction = new SupportsInterfaceFunction();
                supportsInterfaceFunction.InterfaceId = interfaceId;
            
            return ContractHandler.QueryAsync<SupportsInterfaceFunction, bool>(supportsInterfaceFunction, blockParameter);
        }

        public Task<BigInteger> TotalUnitsQueryAsync(TotalUnitsFunction totalUnitsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalUnitsFunction, BigInteger>(totalUnitsFunction, blockParameter);
        }

        
        public Task<BigInteger> TotalUnitsQueryAsync(byte kind, BlockParameter blockParameter = null)
        {
            var totalUnitsFunction = new TotalUnitsFunction();
                totalUnitsFunction.Kind = kind;
            
            return ContractHandler.QueryAsync<TotalUnitsFunction, BigInteger>(totalUnitsFunction, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(AttesterRoleFunction),
                typeof(DagPbCodecFunction),
                typeof(DefaultAdminRoleFunction),
                typeof(MaxBatchFunction),
                typeof(MaxUnitsFunction),
                typeof(RawCodecFunction),
                typeof(ContributionCountFunction),
                typeof(GetRoleAdminFunction),
                typeof(GrantRoleFunction),
                typeof(HasRoleFunction),
                typeof(RecordFunction),
                typeof(RecordBatchFunction),
                typeof(RenounceRoleFunction),
                typeof(RevokeRoleFunction),
                typeof(SupportsInterfaceFunction),
                typeof(TotalUnitsFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(ContributionRecordedEventDTO),
                typeof(RoleAdminChangedEventDTO),
                typeof(RoleGrantedEventDTO),
                typeof(RoleRevokedEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(AccessControlBadConfirmationError),
                typeof(AccessControlUnauthorizedAccountError),
                typeof(RegistryInvalidBatchSizeError),
                typeof(RegistryUnitsTooLargeError),
                typeof(RegistryUnsupportedEvidenceCodecError),
                typeof(RegistryZeroContributorError),
                typeof(RegistryZeroUnitsError)
            };
        }
    }
}
