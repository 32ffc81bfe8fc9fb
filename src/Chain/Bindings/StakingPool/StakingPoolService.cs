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
using GovernanceRewards.Chain.Bindings.StakingPool.ContractDefinition;

namespace GovernanceRewards.Chain.Bindings.StakingPool
{
    public partial class StakingPoolService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, StakingPoolDeployment stakingPoolDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<StakingPoolDeployment>().SendRequestAndWaitForReceiptAsync(stakingPoolDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, StakingPoolDeployment stakingPoolDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<StakingPoolDeployment>().SendRequestAsync(stakingPoolDeployment);
        }

        public static async Task<StakingPoolService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, StakingPoolDeployment stakingPoolDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, stakingPoolDeployment, cancellationTokenSource);
            return new StakingPoolService(web3, receipt.ContractAddress);
        }

        public StakingPoolService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<string> ClockModeQueryAsync(ClockModeFunction clockModeFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ClockModeFunction, string>(clockModeFunction, blockParameter);
        }

        
        public Task<string> ClockModeQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ClockModeFunction, string>(null, blockParameter);
        }

        public Task<ulong> MaxWithdrawalCooldownQueryAsync(MaxWithdrawalCooldownFunction maxWithdrawalCooldownFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxWithdrawalCooldownFunction, ulong>(maxWithdrawalCooldownFunction, blockParameter);
        }

        
        public Task<ulong> MaxWithdrawalCooldownQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxWithdrawalCooldownFunction, ulong>(null, blockParameter);
        }

        public Task<string> ClaimRequestAsync(ClaimFunction claimFunction)
        {
             return ContractHandler.SendRequestAsync(claimFunction);
        }

        public Task<string> ClaimRequestAsync()
        {
             return ContractHandler.SendRequestAsync<ClaimFunction>();
        }

        public Task<TransactionReceipt> ClaimRequestAndWaitForReceiptAsync(ClaimFunction claimFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(claimFunction, cancellationToken);
        }

        public Task<TransactionReceipt> ClaimRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<ClaimFunction>(null, cancellationToken);
        }

        public Task<ulong> ClockQueryAsync(ClockFunction clockFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ClockFunction, ulong>(clockFunction, blockParameter);
        }

        
        public Task<ulong> ClockQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ClockFunction, ulong>(null, blockParameter);
        }

        public Task<BigInteger> EarnedQueryAsync(EarnedFunction earnedFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<EarnedFunction, BigInteger>(earnedFunction, blockParameter);
        }

        
        public Task<BigInteger> EarnedQueryAsync(string account, BlockParameter blockParameter = null)
        {
            var earnedFunction = new EarnedFunction();
                earnedFunction.Account = account;
            
            return ContractHandler.QueryAsync<EarnedFunction, BigInteger>(earnedFunction, blockParameter);
        }

        public Task<BigInteger> GetPastStakeQueryAsync(GetPastStakeFunction getPastStakeFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GetPastStakeFunction, BigInteger>(getPastStakeFunction, blockParameter);
        }

        
        public Task<BigInteger> GetPastStakeQueryAsync(string account, BigInteger timepoint, BlockParameter blockParameter = null)
        {
            var getPastStakeFunction = new GetPastStakeFunction();
                getPastStakeFunction.Account = account;
                getPastStakeFunction.Timepoint = timepoint;
            
            return ContractHandler.QueryAsync<GetPastStakeFunction, BigInteger>(getPastStakeFunction, blockParameter);
        }

        public Task<string> NotifyRewardAmountRequestAsync(NotifyRewardAmountFunction notifyRewardAmountFunction)
        {
             return ContractHandler.SendRequestAsync(notifyRewardAmountFunction);
        }

        public Task<TransactionReceipt> NotifyRewardAmountRequestAndWaitForReceiptAsync(NotifyRewardAmountFunction notifyRewardAmountFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(notifyRewardAmountFunction, cancellationToken);
        }

        public Task<string> NotifyRewardAmountRequestAsync(BigInteger amount, BigInteger duration)
        {
            var notifyRewardAmountFunction = new NotifyRewardAmountFunction();
                notifyRewardAmountFunction.Amount = amount;
                notifyRewardAmountFunction.Duration = duration;
            
             return ContractHandler.SendRequestAsync(notifyRewardAmountFunction);
        }

        public Task<TransactionReceipt> NotifyRewardAmountRequestAndWaitForReceiptAsync(BigInteger amount, BigInteger duration, CancellationTokenSource cancellationToken = null)
        {
            var notifyRewardAmountFunction = new NotifyRewardAmountFunction();
                notifyRewardAmountFunction.Amount = amount;
                notifyRewardAmountFunction.Duration = duration;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(notifyRewardAmountFunction, cancellationToken);
        }

        public Task<PendingWithdrawalOutputDTO> PendingWithdrawalQueryAsync(PendingWithdrawalFunction pendingWithdrawalFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PendingWithdrawalFunction, PendingWithdrawalOutputDTO>(pendingWithdrawalFunction, blockParameter);
        }

        public Task<PendingWithdrawalOutputDTO> PendingWithdrawalQueryAsync(string account, BlockParameter blockParameter = null)
        {
            var pendingWithdrawalFunction = new PendingWithdrawalFunction();
                pendingWithdrawalFunction.Account = account;
            
            return ContractHandler.QueryDeserializingToObjectAsync<PendingWithdrawalFunction, PendingWithdrawalOutputDTO>(pendingWithdrawalFunction, blockParameter);
        }

        public Task<string> RequestWithdrawalRequestAsync(RequestWithdrawalFunction requestWithdrawalFunction)
        {
             return ContractHandler.SendRequestAsync(requestWithdrawalFunction);
        }

        public Task<TransactionReceipt> RequestWithdrawalRequestAndWaitForReceiptAsync(RequestWithdrawalFunction requestWithdrawalFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(requestWithdrawalFunction, cancellationToken);
        }

        public Task<string> RequestWithdrawalRequestAsync(BigInteger amount)
        {
            var requestWithdrawalFunction = new RequestWithdrawalFunction();
                requestWithdrawalFunction.Amount = amount;
            
             return ContractHandler.SendRequestAsync(requestWithdrawalFunction);
        }

        public Task<TransactionReceipt> RequestWithdrawalRequestAndWaitForReceiptAsync(BigInteger amount, CancellationTokenSource cancellationToken = null)
        {
            var requestWithdrawalFunction = new RequestWithdrawalFunction();
                requestWithdrawalFunction.Amount = amount;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(requestWithdrawalFunction, cancellationToken);
        }

        public Task<RewardStreamOutputDTO> RewardStreamQueryAsync(RewardStreamFunction rewardStreamFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<RewardStreamFunction, RewardStreamOutputDTO>(rewardStreamFunction, blockParameter);
        }

        public Task<RewardStreamOutputDTO> RewardStreamQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<RewardStreamFunction, RewardStreamOutputDTO>(null, blockParameter);
        }

        public Task<string> SetWithdrawalCooldownRequestAsync(SetWithdrawalCooldownFunction setWithdrawalCooldownFunction)
        {
             return ContractHandler.SendRequestAsync(setWithdrawalCooldownFunction);
        }

        public Task<TransactionReceipt> SetWithdrawalCooldownRequestAndWaitForReceiptAsync(SetWithdrawalCooldownFunction setWithdrawalCooldownFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setWithdrawalCooldownFunction, cancellationToken);
        }

        public Task<string> SetWithdrawalCooldownRequestAsync(ulong cooldown)
        {
            var setWithdrawalCooldownFunction = new SetWithdrawalCooldownFunction();
                setWithdrawalCooldownFunction.Cooldown = cooldown;
            
             return ContractHandler.SendRequestAsync(setWithdrawalCooldownFunction);
        }

        public Task<TransactionReceipt> SetWithdrawalCooldownRequestAndWaitForReceiptAsync(ulong cooldown, CancellationTokenSource cancellationToken = null)
        {
            var setWithdrawalCooldownFunction = new SetWithdrawalCooldownFunction();
                setWithdrawalCooldownFunction.Cooldown = cooldown;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setWithdrawalCooldownFunction, cancellationToken);
        }

        public Task<string> SlashRequestAsync(SlashFunction slashFunction)
        {
             return ContractHandler.SendRequestAsync(slashFunction);
        }

        public Task<TransactionReceipt> SlashRequestAndWaitForReceiptAsync(SlashFunction slashFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(slashFunction, cancellationToken);
        }

        public Task<string> SlashRequestAsync(string account, BigInteger amount, string reason)
        {
            var slashFunction = new SlashFunction();
                slashFunction.Account = account;
                slashFunction.Amount = amount;
                slashFunction.Reason = reason;
            
             return ContractHandler.SendRequestAsync(slashFunction);
        }

        public Task<TransactionReceipt> SlashRequestAndWaitForReceiptAsync(string account, BigInteger amount, string reason, CancellationTokenSource cancellationToken = null)
        {
            var slashFunction = new SlashFunction();
                slashFunction.Account = account;
                slashFunction.Amount = amount;
                slashFunction.Reason = reason;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(slashFunction, cancellationToken);
        }

        public Task<string> StakeRequestAsync(StakeFunction stakeFunction)
        {
             return ContractHandler.SendRequestAsync(stakeFunction);
        }

        public Task<TransactionReceipt> StakeRequestAndWaitForReceiptAsync(StakeFunction stakeFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(stakeFunction, cancellationToken);
        }

        public Task<string> StakeRequestAsync(BigInteger amount)
        {
            var stakeFunction = new StakeFunction();
                stakeFunction.Amount = amount;
            
             return ContractHandler.SendRequestAsync(stakeFunction);
        }

        public Task<TransactionReceipt> StakeRequestAndWaitForReceiptAsync(BigInteger amount, CancellationTokenSource cancellationToken = null)
        {
            var stakeFunction = new StakeFunction();
                stakeFunction.Amount = amount;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(stakeFunction, cancellationToken);
        }

        public Task<BigInteger> StakeOfQueryAsync(StakeOfFunction stakeOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<StakeOfFunction, BigInteger>(stakeOfFunction, blockParameter);
        }

        
        public Task<BigInteger> StakeOfQueryAsync(string account, BlockParameter blockParameter = null)
        {
            var stakeOfFunction = new StakeOfFunction();
                stakeOfFunction.Account = account;
            
            return ContractHandler.QueryAsync<StakeOfFunction, BigInteger>(stakeOfFunction, blockParameter);
        }

        public Task<string> TokenQueryAsync(TokenFunction tokenFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TokenFunction, string>(tokenFunction, blockParameter);
        }

        
        public Task<string> TokenQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TokenFunction, string>(null, blockParameter);
        }

        public Task<BigInteger> TotalStakedQueryAsync(TotalStakedFunction totalStakedFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalStakedFunction, BigInteger>(totalStakedFunction, blockParameter);
        }

        
        public Task<BigInteger> TotalStakedQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalStakedFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> WithdrawRequestAsync(WithdrawFunction withdrawFunction)
        {
             return ContractHandler.SendRequestAsync(withdrawFunction);
        }

        public Task<string> WithdrawRequestAsync()
        {
             return ContractHandler.SendRequestAsync<WithdrawFunction>();
        }

        public Task<TransactionReceipt> WithdrawRequestAndWaitForReceiptAsync(WithdrawFunction withdrawFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(withdrawFunction, cancellationToken);
        }

        public Task<TransactionReceipt> WithdrawRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<WithdrawFunction>(null, cancellationToken);
        }

        public Task<ulong> WithdrawalCooldownQueryAsync(WithdrawalCooldownFunction withdrawalCooldownFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<WithdrawalCooldownFunction, ulong>(withdrawalCooldownFunction, blockParameter);
        }

        
        public Task<ulong> WithdrawalCooldownQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<WithdrawalCooldownFunction, ulong>(null, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(ClockModeFunction),
                typeof(MaxWithdrawalCooldownFunction),
                typeof(ClaimFunction),
                typeof(ClockFunction),
                typeof(EarnedFunction),
                typeof(GetPastStakeFunction),
                typeof(NotifyRewardAmountFunction),
                typeof(PendingWithdrawalFunction),
                typeof(RequestWithdrawalFunction),
                typeof(RewardStreamFunction),
                typeof(SetWithdrawalCooldownFunction),
                typeof(SlashFunction),
                typeof(StakeFunction),
                typeof(StakeOfFunction),
                typeof(TokenFunction),
                typeof(TotalStakedFunction),
                typeof(WithdrawFunction),
                typeof(WithdrawalCooldownFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(RewardAddedEventDTO),
                typeof(RewardPaidEventDTO),
                typeof(RewardPeriodExtendedEventDTO),
                typeof(SlashedEventDTO),
                typeof(StakedEventDTO),
                typeof(WithdrawalCooldownSetEventDTO),
                typeof(WithdrawalRequestedEventDTO),
                typeof(WithdrawnEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(CheckpointUnorderedInsertionError),
                typeof(SafeCastOverflowedUintDowncastError),
                typeof(SafeERC20FailedOperationError),
                typeof(StakingPoolCooldownNotOverError),
                typeof(StakingPoolCooldownTooLongError),
                typeof(StakingPoolFutureLookupError),
                typeof(StakingPoolInsufficientStakeError),
                typeof(StakingPoolNothingToClaimError),
                typeof(StakingPoolNothingToWithdrawError),
                typeof(StakingPoolUnauthorizedError),
                typeof(StakingPoolZeroAmountError),
                typeof(StakingPoolZeroDurationError)
            };
        }
    }
}
