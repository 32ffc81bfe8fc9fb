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
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;

namespace GovernanceRewards.Chain.Bindings.RewardDistributor
{
    public partial class RewardDistributorService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, RewardDistributorDeployment rewardDistributorDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<RewardDistributorDeployment>().SendRequestAndWaitForReceiptAsync(rewardDistributorDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, RewardDistributorDeployment rewardDistributorDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<RewardDistributorDeployment>().SendRequestAsync(rewardDistributorDeployment);
        }

        public static async Task<RewardDistributorService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, RewardDistributorDeployment rewardDistributorDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, rewardDistributorDeployment, cancellationTokenSource);
            return new RewardDistributorService(web3, receipt.ContractAddress);
        }

        public RewardDistributorService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<byte[]> DefaultAdminRoleQueryAsync(DefaultAdminRoleFunction defaultAdminRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(defaultAdminRoleFunction, blockParameter);
        }

        
        public Task<byte[]> DefaultAdminRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<byte[]> GuardianRoleQueryAsync(GuardianRoleFunction guardianRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GuardianRoleFunction, byte[]>(guardianRoleFunction, blockParameter);
        }

        
        public Task<byte[]> GuardianRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GuardianRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<ulong> MaxDisputeWindowQueryAsync(MaxDisputeWindowFunction maxDisputeWindowFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxDisputeWindowFunction, ulong>(maxDisputeWindowFunction, blockParameter);
        }

        
        public Task<ulong> MaxDisputeWindowQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxDisputeWindowFunction, ulong>(null, blockParameter);
        }

        public Task<BigInteger> MaxWindowAheadQueryAsync(MaxWindowAheadFunction maxWindowAheadFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxWindowAheadFunction, BigInteger>(maxWindowAheadFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxWindowAheadQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxWindowAheadFunction, BigInteger>(null, blockParameter);
        }

        public Task<byte[]> SettlerRoleQueryAsync(SettlerRoleFunction settlerRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SettlerRoleFunction, byte[]>(settlerRoleFunction, blockParameter);
        }

        
        public Task<byte[]> SettlerRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SettlerRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<string> AcceptRootRequestAsync(AcceptRootFunction acceptRootFunction)
        {
             return ContractHandler.SendRequestAsync(acceptRootFunction);
        }

        public Task<string> AcceptRootRequestAsync()
        {
             return ContractHandler.SendRequestAsync<AcceptRootFunction>();
        }

        public Task<TransactionReceipt> AcceptRootRequestAndWaitForReceiptAsync(AcceptRootFunction acceptRootFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(acceptRootFunction, cancellationToken);
        }

        public Task<TransactionReceipt> AcceptRootRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<AcceptRootFunction>(null, cancellationToken);
        }

        public Task<AcceptedRootOutputDTO> AcceptedRootQueryAsync(AcceptedRootFunction acceptedRootFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<AcceptedRootFunction, AcceptedRootOutputDTO>(acceptedRootFunction, blockParameter);
        }

        public Task<AcceptedRootOutputDTO> AcceptedRootQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<AcceptedRootFunction, AcceptedRootOutputDTO>(null, blockParameter);
        }

        public Task<string> ClaimRequestAsync(ClaimFunction claimFunction)
        {
             return ContractHandler.SendRequestAsync(claimFunction);
        }

        public Task<TransactionReceipt> ClaimRequestAndWaitForReceiptAsync(ClaimFunction claimFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(claimFunction, cancellationToken);
        }

        public Task<string> ClaimRequestAsync(string account, BigInteger total, List<byte[]> proof)
        {
            var claimFunction = new ClaimFunction();
                claimFunction.Account = account;
                claimFunction.Total = total;
                claimFunction.Proof = proof;
            
             return ContractHandler.SendRequestAsync(claimFunction);
        }

        public Task<TransactionReceipt> ClaimRequestAndWaitForReceiptAsync(string account, BigInteger total, List<byte[]> proof, CancellationTokenSource cancellationToken = null)
        {
            var claimFunction = new ClaimFunction();
                claimFunction.Account = account;
                claimFunction.Total = total;
                claimFunction.Proof = proof;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(claimFunction, cancellationToken);
        }

        public Task<string> ClaimManyRequestAsync(ClaimManyFunction claimManyFunction)
        {
             return ContractHandler.SendRequestAsync(claimManyFunction);
        }

        public Task<TransactionReceipt> ClaimManyRequestAndWaitForReceiptAsync(ClaimManyFunction claimManyFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(claimManyFunction, cancellationToken);
        }

        public Task<string> ClaimManyRequestAsync(List<string> accounts, List<BigInteger> totals, List<byte[]> proof, List<bool> proofFlags)
        {
            var claimManyFunction = new ClaimManyFunction();
                claimManyFunction.Accounts = accounts;
                claimManyFunction.Totals = totals;
                claimManyFunction.Proof = proof;
                claimManyFunction.ProofFlags = proofFlags;
            
             return ContractHandler.SendRequestAsync(claimManyFunction);
        }

        public Task<TransactionReceipt> ClaimManyRequestAndWaitForReceiptAsync(List<string> accounts, List<BigInteger> totals, List<byte[]> proof, List<bool> proofFlags, CancellationTokenSource cancellationToken = null)
        {
            var claimManyFunction = new ClaimManyFunction();
                claimManyFunction.Accounts = accounts;
                claimManyFunction.Totals = totals;
                claimManyFunction.Proof = proof;
                claimManyFunction.ProofFlags = proofFlags;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(claimManyFunction, cancellationToken);
        }

        public Task<BigInteger> ClaimedQueryAsync(ClaimedFunction claimedFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ClaimedFunction, BigInteger>(claimedFunction, blockParameter);
        }

        
        public Task<BigInteger> ClaimedQueryAsync(string account, BlockParameter blockParameter = null)
        {
            var claimedFunction = new ClaimedFunction();
                claimedFunction.Account = account;
            
            return ContractHandler.QueryAsync<ClaimedFunction, BigInteger>(claimedFunction, blockParameter);
        }

        public Task<BigInteger> ClaimedTotalQueryAsync(ClaimedTotalFunction claimedTotalFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ClaimedTotalFunction, BigInteger>(claimedTotalFunction, blockParameter);
        }

        
        public Task<BigInteger> ClaimedTotalQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ClaimedTotalFunction, BigInteger>(null, blockParameter);
        }

        public Task<ulong> DisputeWindowQueryAsync(DisputeWindowFunction disputeWindowFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DisputeWindowFunction, ulong>(disputeWindowFunction, blockParameter);
        }

        
        public Task<ulong> DisputeWindowQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DisputeWindowFunction, ulong>(null, blockParameter);
        }

        public Task<EpochOfOutputDTO> EpochOfQueryAsync(EpochOfFunction epochOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<EpochOfFunction, EpochOfOutputDTO>(epochOfFunction, blockParameter);
        }

        public Task<EpochOfOutputDTO> EpochOfQueryAsync(ulong epoch, BlockParameter blockParameter = null)
        {
            var epochOfFunction = new EpochOfFunction();
                epochOfFunction.Epoch = epoch;
            
            return ContractHandler.QueryDeserializingToObjectAsync<EpochOfFunction, EpochOfOutputDTO>(epochOfFunction, blockParameter);
        }

        public Task<string> FundEpochRequestAsync(FundEpochFunction fundEpochFunction)
        {
             return ContractHandler.SendRequestAsync(fundEpochFunction);
        }

        public Task<TransactionReceipt> FundEpochRequestAndWaitForReceiptAsync(FundEpochFunction fundEpochFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(fundEpochFunction, cancellationToken);
        }

        public Task<string> FundEpochRequestAsync(ulong epoch, BigInteger budget, ulong windowStart, ulong windowEnd, byte[] policyHash)
        {
            var fundEpochFunction = new FundEpochFunction();
                fundEpochFunction.Epoch = epoch;
                fundEpochFunction.Budget = budget;
                fundEpochFunction.WindowStart = windowStart;
                fundEpochFunction.WindowEnd = windowEnd;
                fundEpochFunction.PolicyHash = policyHash;
            
             return ContractHandler.SendRequestAsync(fundEpochFunction);
        }

        public Task<TransactionReceipt> FundEpochRequestAndWaitForReceiptAsync(ulong epoch, BigInteger budget, ulong windowStart, ulong windowEnd, byte[] policyHash, CancellationTokenSource cancellationToken = null)
        {
            var fundEpochFunction = new FundEpochFunction();
                fundEpochFunction.Epoch = epoch;
                fundEpochFunction.Budget = budget;
                fundEpochFunction.WindowStart = windowStart;
                fundEpochFunction.WindowEnd = windowEnd;
                fundEpochFunction.PolicyHash = policyHash;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(fundEpochFunction, cancellationToken);
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

        public Task<bool> IsVetoedQueryAsync(IsVetoedFunction isVetoedFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<IsVetoedFunction, bool>(isVetoedFunction, blockParameter);
        }

        
        public Task<bool> IsVetoedQueryAsync(ulong epoch, byte[] root, BlockParameter blockParameter = null)
        {
            var isVetoedFunction = new IsVetoedFunction();
                isVetoedFunction.Epoch = epoch;
                isVetoedFunction.Root = root;
            
            return ContractHandler.QueryAsync<IsVetoedFunction, bool>(isVetoedFunction, blockParameter);
        }

        public Task<ulong> LastFundedEpochQueryAsync(LastFundedEpochFunction lastFundedEpochFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LastFundedEpochFunction, ulong>(lastFundedEpochFunction, blockParameter);
        }

        
        public Task<ulong> LastFundedEpochQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LastFundedEpochFunction, ulong>(null, blockParameter);
        }

        public Task<ulong> MinDisputeWindowQueryAsync(MinDisputeWindowFunction minDisputeWindowFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinDisputeWindowFunction, ulong>(minDisputeWindowFunction, blockParameter);
        }

        
        public Task<ulong> MinDisputeWindowQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinDisputeWindowFunction, ulong>(null, blockParameter);
        }

        public Task<PendingRootOutputDTO> PendingRootQueryAsync(PendingRootFunction pendingRootFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PendingRootFunction, PendingRootOutputDTO>(pendingRootFunction, blockParameter);
        }

        public Task<PendingRootOutputDTO> PendingRootQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PendingRootFunction, PendingRootOutputDTO>(null, blockParameter);
        }

        public Task<string> PostRootRequestAsync(PostRootFunction postRootFunction)
        {
             return ContractHandler.SendRequestAsync(postRootFunction);
        }

        public Task<TransactionReceipt> PostRootRequestAndWaitForReceiptAsync(PostRootFunction postRootFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(postRootFunction, cancellationToken);
        }

        public Task<string> PostRootRequestAsync(ulong epoch, byte[] root, BigInteger cumulativeTotal, string treeUri)
        {
            var postRootFunction = new PostRootFunction();
                postRootFunction.Epoch = epoch;
                postRootFunction.Root = root;
                postRootFunction.CumulativeTotal = cumulativeTotal;
                postRootFunction.TreeUri = treeUri;
            
             return ContractHandler.SendRequestAsync(postRootFunction);
        }

        public Task<TransactionReceipt> PostRootRequestAndWaitForReceiptAsync(ulong epoch, byte[] root, BigInteger cumulativeTotal, string treeUri, CancellationTokenSource cancellationToken = null)
        {
            var postRootFunction = new PostRootFunction();
                postRootFunction.Epoch = epoch;
                postRootFunction.Root = root;
                postRootFunction.CumulativeTotal = cumulativeTotal;
                postRootFunction.TreeUri = treeUri;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(postRootFunction, cancellationToken);
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

        public Task<string> SetDisputeWindowRequestAsync(SetDisputeWindowFunction setDisputeWindowFunction)
        {
             return ContractHandler.SendRequestAsync(setDisputeWindowFunction);
        }

        public Task<TransactionReceipt> SetDisputeWindowRequestAndWaitForReceiptAsync(SetDisputeWindowFunction setDisputeWindowFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setDisputeWindowFunction, cancellationToken);
        }

        public Task<string> SetDisputeWindowRequestAsync(ulong newWindow)
        {
            var setDisputeWindowFunction = new SetDisputeWindowFunction();
                setDisputeWindowFunction.NewWindow = newWindow;
            
             return ContractHandler.SendRequestAsync(setDisputeWindowFunction);
        }

        public Task<TransactionReceipt> SetDisputeWindowRequestAndWaitForReceiptAsync(ulong newWindow, CancellationTokenSource cancellationToken = null)
        {
            var setDisputeWindowFunction = new SetDisputeWindowFunction();
                setDisputeWindowFunction.NewWindow = newWindow;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setDisputeWindowFunction, cancellationToken);
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

        public Task<string> SweepRequestAsync(SweepFunction sweepFunction)
        {
             return ContractHandler.SendRequestAsync(sweepFunction);
        }

        public Task<TransactionReceipt> SweepRequestAndWaitForReceiptAsync(SweepFunction sweepFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(sweepFunction, cancellationToken);
        }

        public Task<string> SweepRequestAsync(BigInteger amount)
        {
            var sweepFunction = new SweepFunction();
                sweepFunction.Amount = amount;
            
             return ContractHandler.SendRequestAsync(sweepFunction);
        }

        public Task<TransactionReceipt> SweepRequestAndWaitForReceiptAsync(BigInteger amount, CancellationTokenSource cancellationToken = null)
        {
            var sweepFunction = new SweepFunction();
                sweepFunction.Amount = amount;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(sweepFunction, cancellationToken);
        }

        public Task<string> TokenQueryAsync(TokenFunction tokenFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TokenFunction, string>(tokenFunction, blockParameter);
        }

        
        public Task<string> TokenQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TokenFunction, string>(null, blockParameter);
        }

        public Task<BigInteger> TotalFundedQueryAsync(TotalFundedFunction totalFundedFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalFundedFunction, BigInteger>(totalFundedFunction, blockParameter);
        }

        
        public Task<BigInteger> TotalFundedQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalFundedFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> UnallocatedQueryAsync(UnallocatedFunction unallocatedFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<UnallocatedFunction, BigInteger>(unallocatedFunction, blockParameter);
        }

        
        public Task<BigInteger> UnallocatedQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<UnallocatedFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> VetoRootRequestAsync(VetoRootFunction vetoRootFunction)
        {
             return ContractHandler.SendRequestAsync(vetoRootFunction);
        }

        public Task<TransactionReceipt> VetoRootRequestAndWaitForReceiptAsync(VetoRootFunction vetoRootFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(vetoRootFunction, cancellationToken);
        }

        public Task<string> VetoRootRequestAsync(ulong epoch, string reason)
        {
            var vetoRootFunction = new VetoRootFunction();
                vetoRootFunction.Epoch = epoch;
                vetoRootFunction.Reason = reason;
            
             return ContractHandler.SendRequestAsync(vetoRootFunction);
        }

        public Task<TransactionReceipt> VetoRootRequestAndWaitForReceiptAsync(ulong epoch, string reason, CancellationTokenSource cancellationToken = null)
        {
            var vetoRootFunction = new VetoRootFunction();
                vetoRootFunction.Epoch = epoch;
                vetoRootFunction.Reason = reason;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(vetoRootFunction, cancellationToken);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(DefaultAdminRoleFunction),
                typeof(GuardianRoleFunction),
                typeof(MaxDisputeWindowFunction),
                typeof(MaxWindowAheadFunction),
                typeof(SettlerRoleFunction),
                typeof(AcceptRootFunction),
                typeof(AcceptedRootFunction),
                typeof(ClaimFunction),
                typeof(ClaimManyFunction),
                typeof(ClaimedFunction),
                typeof(ClaimedTotalFunction),
                typeof(DisputeWindowFunction),
                typeof(EpochOfFunction),
                typeof(FundEpochFunction),
                typeof(GetRoleAdminFunction),
                typeof(GrantRoleFunction),
                typeof(HasRoleFunction),
                typeof(IsVetoedFunction),
                typeof(LastFundedEpochFunction),
                typeof(MinDisputeWindowFunction),
                typeof(PendingRootFunction),
                typeof(PostRootFunction),
                typeof(RenounceRoleFunction),
                typeof(RevokeRoleFunction),
                typeof(SetDisputeWindowFunction),
                typeof(SupportsInterfaceFunction),
                typeof(SweepFunction),
                typeof(TokenFunction),
                typeof(TotalFundedFunction),
                typeof(UnallocatedFunction),
                typeof(VetoRootFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(ClaimedEventDTO),
                typeof(DisputeWindowSetEventDTO),
                typeof(EpochFundedEventDTO),
                typeof(RoleAdminChangedEventDTO),
                typeof(RoleGrantedEventDTO),
                typeof(RoleRevokedEventDTO),
                typeof(RootAcceptedEventDTO),
                typeof(RootPostedEventDTO),
                typeof(RootReplacedEventDTO),
                typeof(RootVetoedEventDTO),
                typeof(SweptEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(AccessControlBadConfirmationError),
                typeof(AccessControlUnauthorizedAccountError),
                typeof(DistributorClaimsExceedRootTotalError),
                typeof(DistributorDisputeWindowTooLongError),
                typeof(DistributorDisputeWindowTooShortError),
                typeof(DistributorEpochAlreadySettledError),
                typeof(DistributorEpochNotFundedError),
                typeof(DistributorEpochOutOfOrderError),
                typeof(DistributorInvalidBatchError),
                typeof(DistributorInvalidMultiProofError),
                typeof(DistributorInvalidProofError),
                typeof(DistributorInvalidWindowError),
                typeof(DistributorNoAcceptedRootError),
                typeof(DistributorNoPendingRootError),
                typeof(DistributorNothingToAcceptError),
                typeof(DistributorNothingToClaimError),
                typeof(DistributorRootPendingError),
                typeof(DistributorRootWasVetoedError),
                typeof(DistributorSweepExceedsUnallocatedError),
                typeof(DistributorTotalBelowAcceptedError),
                typeof(DistributorTotalExceedsFundedError),
                typeof(DistributorWindowNotEndedError),
                typeof(DistributorWindowTooFarError),
                typeof(DistributorZeroBudgetError),
                typeof(DistributorZeroRootError),
                typeof(MerkleProofInvalidMultiproofError),
                typeof(SafeCastOverflowedUintDowncastError),
                typeof(SafeERC20FailedOperationError)
            };
        }
    }
}
