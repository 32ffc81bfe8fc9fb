using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Contracts.CQS;
using Nethereum.Contracts;
using System.Threading;

namespace GovernanceRewards.Contracts.StakingPool.ContractDefinition
{


    public partial class StakingPoolDeployment : StakingPoolDeploymentBase
    {
        public StakingPoolDeployment() : base(BYTECODE) { }
        public StakingPoolDeployment(string byteCode) : base(byteCode) { }
    }

    public class StakingPoolDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "60c060405234801561000f575f5ffd5b5060405161183838038061183883398101604081905261002e9161005c565b6001600160a01b039182166080521660a052610094565b6001600160a01b0381168114610059575f5ffd5b50565b5f5f6040838503121561006d575f5ffd5b825161007881610045565b602084015190925061008981610045565b809150509250929050565b60805160a0516117596100df5f395f81816103360152818161070f015261083901525f818161021a015281816104ee015281816105af015281816108170152610a3601526117595ff3fe608060405234801561000f575f5ffd5b50600436106100d9575f3560e01c80634e71d92d116100885780638972b1a1116100635780638972b1a1146101bb57806391ddadf4146101ce578063a694fc3a146101ed578063fc0c546a14610200575f5ffd5b80634e71d92d14610198578063678b3ee2146101a0578063817b1cd2146101b3575f5ffd5b80633ed3ffea116100b85780633ed3ffea1461012b57806342623360146101465780634bf5d7e914610159575f5ffd5b80628cc262146100dd578063246132f9146101035780632e1a7d4d14610118575b5f5ffd5b6100f06100eb3660046114c5565b610244565b6040519081526020015b60405180910390f35b6101166101113660046114de565b61031e565b005b6101166101263660046114fe565b61051c565b600454600254604080519283526020830191909152016100fa565b6100f06101543660046114c5565b6105d9565b604080518082018252601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290516100fa9190611515565b610116610628565b6101166101ae366004611568565b6106f7565b6001546100f0565b6100f06101c93660046115eb565b61085e565b6101d6610918565b60405165ffffffffffff90911681526020016100fa565b6101166101fb3660046114fe565b610926565b60405173ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001681526020016100fa565b5f5f61024e610a62565b5073ffffffffffffffffffffffffffffffffffffffff84165f90815260086020526040902054909150670de0b6b3a76400009061028b9083611640565b73ffffffffffffffffffffffffffffffffffffffff85165f9081526020819052604090206102b890610af2565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff166102de9190611653565b73ffffffffffffffffffffffffffffffffffffffff85165f9081526009602052604090205461030d919061166a565b61031791906116aa565b9392505050565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610394576040517fc60c2f6b0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b815f036103cd576040517faf57d83000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b805f03610406576040517f2aeadc0500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61040f5f610b4c565b600554600254421015610444576004544260025461042d9190611640565b6104379190611653565b610441908261166a565b90505b5f81610458670de0b6b3a764000086611653565b610462919061166a565b905061046e83826116aa565b60045561047b83826116bd565b60055542600381905561048f90849061166a565b6002819055604080518681526020810186905280820192909252517f9795f222c951ae3e749f872dbe287f78d21fa52353e9175cb20ed3aa2b29b82b9181900360600190a161051673ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016333087610ce9565b50505050565b805f03610555576040517faf57d83000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61055f3382610d72565b60405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906020015b60405180910390a26105d673ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163383610e86565b50565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260208190526040812061060690610af2565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1692915050565b61063133610b4c565b335f9081526009602052604081205461065390670de0b6b3a7640000906116aa565b9050805f03610690576040517f3d35d60b00000000000000000000000000000000000000000000000000000000815233600482015260240161038b565b6106a2670de0b6b3a764000082611653565b335f90815260096020526040812080549091906106c0908490611640565b909155505060405181815233907fe2403640ba68fed3a2f88b7557551d1993f84b99bb10ff833f0cf8db0c5e04869060200161058d565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610768576040517fc60c2f6b00000000000000000000000000000000000000000000000000000000815233600482015260240161038b565b825f036107a1576040517faf57d83000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6107ab8484610d72565b8373ffffffffffffffffffffffffffffffffffffffff167f7e947095ed288d8885423bdaef4015b7420ffa9b84d62ef67c402e8bc36a8ea98484846040516107f5939291906116d0565b60405180910390a261051673ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000085610e86565b5f5f610868610ec9565b90508065ffffffffffff1683106108bc576040517fff317fdb0000000000000000000000000000000000000000000000000000000081526004810184905265ffffffffffff8216602482015260440161038b565b6108f26108c884610ecf565b73ffffffffffffffffffffffffffffffffffffffff86165f90815260208190526040902090610f1e565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff169150505b92915050565b5f610921610ec9565b905090565b805f0361095f576040517faf57d83000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61096833610b4c565b335f90815260208190526040812061097f90610af2565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1690506109cf6109a8610ec9565b6109ba6109b5858561166a565b610fd7565b335f9081526020819052604090209190611036565b50508160015f8282546109e2919061166a565b909155505060405182815233907f9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d9060200160405180910390a2610a5e73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016333085610ce9565b5050565b5f5f5f610a7142600254611050565b600154909150801580610a8657506003548211155b15610a9b576006546007549350935050509091565b5f60075460045460035485610ab09190611640565b610aba9190611653565b610ac4919061166a565b9050610ad082826116aa565b600654610add919061166a565b610ae783836116bd565b945094505050509091565b80545f908015610b4457610b1883610b0b600184611640565b5f91825260209091200190565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16610317565b5f9392505050565b600254600154158015610b60575080600354105b8015610b6d575042600354105b15610bca57600354610b7f9042611640565b610b89908261166a565b6002819055426003556040519081527f4ce988ad2b3fa9c13993724febc9764360f0d0c0bfa3425e9f30bfb52fb3addb9060200160405180910390a1610be6565b610bd2610a62565b600755600655610be24282611050565b6003555b73ffffffffffffffffffffffffffffffffffffffff821615610a5e5760065473ffffffffffffffffffffffffffffffffffffffff83165f90815260086020526040902054610c349082611640565b73ffffffffffffffffffffffffffffffffffffffff84165f908152602081905260409020610c6190610af2565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff16610c879190611653565b73ffffffffffffffffffffffffffffffffffffffff84165f9081526009602052604081208054909190610cbb90849061166a565b909155505073ffffffffffffffffffffffffffffffffffffffff83165f908152600860205260409020555050565b60405173ffffffffffffffffffffffffffffffffffffffff84811660248301528381166044830152606482018390526105169186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff838183161783525050505061105f565b610d7b82610b4c565b73ffffffffffffffffffffffffffffffffffffffff82165f908152602081905260408120610da890610af2565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff16905081811015610e26576040517fa2d76b4900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602481018290526044810183905260640161038b565b610e69610e31610ec9565b610e3e6109b58585611640565b73ffffffffffffffffffffffffffffffffffffffff86165f9081526020819052604090209190611036565b50508160015f828254610e7c9190611640565b9091555050505050565b60405173ffffffffffffffffffffffffffffffffffffffff838116602483015260448201839052610ec491859182169063a9059cbb90606401610d2b565b505050565b5f610921435b5f65ffffffffffff821115610f1a576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152603060048201526024810183905260440161038b565b5090565b81545f9081816005811115610f7a575f610f37846110fe565b610f419085611640565b5f8881526020902090915081015465ffffffffffff9081169087161015610f6a57809150610f78565b610f7581600161166a565b92505b505b5f610f8787878585611263565b90508015610fca57610f9e87610b0b600184611640565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16610fcc565b5f5b979650505050505050565b5f79ffffffffffffffffffffffffffffffffffffffffffffffffffff821115610f1a576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260d060048201526024810183905260440161038b565b5f806110438585856112c2565b915091505b935093915050565b5f828218828410028218610317565b5f5f60205f8451602086015f885af18061107e576040513d5f823e3d81fd5b50505f513d915081156110955780600114156110af565b73ffffffffffffffffffffffffffffffffffffffff84163b155b15610516576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260240161038b565b5f6001821161110b575090565b81600170010000000000000000000000000000000082106111315760809190911c9060401b5b68010000000000000000821061114c5760409190911c9060201b5b64010000000082106111635760209190911c9060101b5b6201000082106111785760109190911c9060081b5b610100821061118c5760089190911c9060041b5b6010821061119f5760049190911c9060021b5b600482106111ab5760011b5b600302600190811c908185816111c3576111c361167d565b048201901c905060018185816111db576111db61167d565b048201901c905060018185816111f3576111f361167d565b048201901c9050600181858161120b5761120b61167d565b048201901c905060018185816112235761122361167d565b048201901c9050600181858161123b5761123b61167d565b048201901c905061125a8185816112545761125461167d565b04821190565b90039392505050565b5f5b818310156112ba575f6112788484611483565b5f8781526020902090915065ffffffffffff86169082015465ffffffffffff1611156112a6578092506112b4565b6112b181600161166a565b93505b50611265565b509392505050565b82545f9081908015611413575f6112de87610b0b600185611640565b805490915065ffffffffffff808216916601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16908816821115611350576040517f2520601d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361139f57825465ffffffffffff16660100000000000079ffffffffffffffffffffffffffffffffffffffffffffffffffff891602178355611405565b6040805180820190915265ffffffffffff808a16825279ffffffffffffffffffffffffffffffffffffffffffffffffffff808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b945085935061104892505050565b50506040805180820190915265ffffffffffff808516825279ffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081611048565b5f61149160028484186116aa565b6103179084841661166a565b803573ffffffffffffffffffffffffffffffffffffffff811681146114c0575f5ffd5b919050565b5f602082840312156114d5575f5ffd5b6103178261149d565b5f5f604083850312156114ef575f5ffd5b50508035926020909101359150565b5f6020828403121561150e575f5ffd5b5035919050565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b5f5f5f5f6060858703121561157b575f5ffd5b6115848561149d565b935060208501359250604085013567ffffffffffffffff8111156115a6575f5ffd5b8501601f810187136115b6575f5ffd5b803567ffffffffffffffff8111156115cc575f5ffd5b8760208284010111156115dd575f5ffd5b949793965060200194505050565b5f5f604083850312156115fc575f5ffd5b6116058361149d565b946020939093013593505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561091257610912611613565b808202811582820484141761091257610912611613565b8082018082111561091257610912611613565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f826116b8576116b861167d565b500490565b5f826116cb576116cb61167d565b500690565b83815260406020820152816040820152818360608301375f818301606090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01601019291505056fea2646970667358221220e05ce419161831a00d378d2695bb4513593194d7fb5e518bc47d414a391727c464736f6c634300081c0033";
        public StakingPoolDeploymentBase() : base(BYTECODE) { }
        public StakingPoolDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "token_", 1)]
        public virtual string Token { get; set; }
        [Parameter("address", "treasury_", 2)]
        public virtual string Treasury { get; set; }
    }

    public partial class ClockModeFunction : ClockModeFunctionBase { }

    [Function("CLOCK_MODE", "string")]
    public class ClockModeFunctionBase : FunctionMessage
    {

    }

    public partial class ClaimFunction : ClaimFunctionBase { }

    [Function("claim")]
    public class ClaimFunctionBase : FunctionMessage
    {

    }

    public partial class ClockFunction : ClockFunctionBase { }

    [Function("clock", "uint48")]
    public class ClockFunctionBase : FunctionMessage
    {

    }

    public partial class EarnedFunction : EarnedFunctionBase { }

    [Function("earned", "uint256")]
    public class EarnedFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
    }

    public partial class GetPastStakeFunction : GetPastStakeFunctionBase { }

    [Function("getPastStake", "uint256")]
    public class GetPastStakeFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("uint256", "timepoint", 2)]
        public virtual BigInteger Timepoint { get; set; }
    }

    public partial class NotifyRewardAmountFunction : NotifyRewardAmountFunctionBase { }

    [Function("notifyRewardAmount")]
    public class NotifyRewardAmountFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "amount", 1)]
        public virtual BigInteger Amount { get; set; }
        [Parameter("uint256", "duration", 2)]
        public virtual BigInteger Duration { get; set; }
    }

    public partial class RewardStreamFunction : RewardStreamFunctionBase { }

    [Function("rewardStream", typeof(RewardStreamOutputDTO))]
    public class RewardStreamFunctionBase : FunctionMessage
    {

    }

    public partial class SlashFunction : SlashFunctionBase { }

    [Function("slash")]
    public class SlashFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("uint256", "amount", 2)]
        public virtual BigInteger Amount { get; set; }
        [Parameter("string", "reason", 3)]
        public virtual string Reason { get; set; }
    }

    public partial class StakeFunction : StakeFunctionBase { }

    [Function("stake")]
    public class StakeFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "amount", 1)]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class StakeOfFunction : StakeOfFunctionBase { }

    [Function("stakeOf", "uint256")]
    public class StakeOfFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
    }

    public partial class TokenFunction : TokenFunctionBase { }

    [Function("token", "address")]
    public class TokenFunctionBase : FunctionMessage
    {

    }

    public partial class TotalStakedFunction : TotalStakedFunctionBase { }

    [Function("totalStaked", "uint256")]
    public class TotalStakedFunctionBase : FunctionMessage
    {

    }

    public partial class WithdrawFunction : WithdrawFunctionBase { }

    [Function("withdraw")]
    public class WithdrawFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "amount", 1)]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class RewardAddedEventDTO : RewardAddedEventDTOBase { }

    [Event("RewardAdded")]
    public class RewardAddedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "amount", 1, false )]
        public virtual BigInteger Amount { get; set; }
        [Parameter("uint256", "duration", 2, false )]
        public virtual BigInteger Duration { get; set; }
        [Parameter("uint256", "periodFinish", 3, false )]
        public virtual BigInteger PeriodFinish { get; set; }
    }

    public partial class RewardPaidEventDTO : RewardPaidEventDTOBase { }

    [Event("RewardPaid")]
    public class RewardPaidEventDTOBase : IEventDTO
    {
        [Parameter("address", "account", 1, true )]
        public virtual string Account { get; set; }
        [Parameter("uint256", "amount", 2, false )]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class RewardPeriodExtendedEventDTO : RewardPeriodExtendedEventDTOBase { }

    [Event("RewardPeriodExtended")]
    public class RewardPeriodExtendedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "periodFinish", 1, false )]
        public virtual BigInteger PeriodFinish { get; set; }
    }

    public partial class SlashedEventDTO : SlashedEventDTOBase { }

    [Event("Slashed")]
    public class SlashedEventDTOBase : IEventDTO
    {
        [Parameter("address", "account", 1, true )]
        public virtual string Account { get; set; }
        [Parameter("uint256", "amount", 2, false )]
        public virtual BigInteger Amount { get; set; }
        [Parameter("string", "reason", 3, false )]
        public virtual string Reason { get; set; }
    }

    public partial class StakedEventDTO : StakedEventDTOBase { }

    [Event("Staked")]
    public class StakedEventDTOBase : IEventDTO
    {
        [Parameter("address", "account", 1, true )]
        public virtual string Account { get; set; }
        [Parameter("uint256", "amount", 2, false )]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class WithdrawnEventDTO : WithdrawnEventDTOBase { }

    [Event("Withdrawn")]
    public class WithdrawnEventDTOBase : IEventDTO
    {
        [Parameter("address", "account", 1, true )]
        public virtual string Account { get; set; }
        [Parameter("uint256", "amount", 2, false )]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class CheckpointUnorderedInsertionError : CheckpointUnorderedInsertionErrorBase { }
    [Error("CheckpointUnorderedInsertion")]
    public class CheckpointUnorderedInsertionErrorBase : IErrorDTO
    {
    }

    public partial class SafeCastOverflowedUintDowncastError : SafeCastOverflowedUintDowncastErrorBase { }

    [Error("SafeCastOverflowedUintDowncast")]
    public class SafeCastOverflowedUintDowncastErrorBase : IErrorDTO
    {
        [Parameter("uint8", "bits", 1)]
        public virtual byte Bits { get; set; }
        [Parameter("uint256", "value", 2)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class SafeERC20FailedOperationError : SafeERC20FailedOperationErrorBase { }

    [Error("SafeERC20FailedOperation")]
    public class SafeERC20FailedOperationErrorBase : IErrorDTO
    {
        [Parameter("address", "token", 1)]
        public virtual string Token { get; set; }
    }

    public partial class StakingPoolFutureLookupError : StakingPoolFutureLookupErrorBase { }

    [Error("StakingPoolFutureLookup")]
    public class StakingPoolFutureLookupErrorBase : IErrorDTO
    {
        [Parameter("uint256", "timepoint", 1)]
        public virtual BigInteger Timepoint { get; set; }
        [Parameter("uint48", "clock", 2)]
        public virtual ulong Clock { get; set; }
    }

    public partial class StakingPoolInsufficientStakeError : StakingPoolInsufficientStakeErrorBase { }

    [Error("StakingPoolInsufficientStake")]
    public class StakingPoolInsufficientStakeErrorBase : IErrorDTO
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("uint256", "staked", 2)]
        public virtual BigInteger Staked { get; set; }
        [Parameter("uint256", "requested", 3)]
        public virtual BigInteger Requested { get; set; }
    }

    public partial class StakingPoolNothingToClaimError : StakingPoolNothingToClaimErrorBase { }

    [Error("StakingPoolNothingToClaim")]
    public class StakingPoolNothingToClaimErrorBase : IErrorDTO
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
    }

    public partial class StakingPoolUnauthorizedError : StakingPoolUnauthorizedErrorBase { }

    [Error("StakingPoolUnauthorized")]
    public class StakingPoolUnauthorizedErrorBase : IErrorDTO
    {
        [Parameter("address", "caller", 1)]
        public virtual string Caller { get; set; }
    }

    public partial class StakingPoolZeroAmountError : StakingPoolZeroAmountErrorBase { }
    [Error("StakingPoolZeroAmount")]
    public class StakingPoolZeroAmountErrorBase : IErrorDTO
    {
    }

    public partial class StakingPoolZeroDurationError : StakingPoolZeroDurationErrorBase { }
    [Error("StakingPoolZeroDuration")]
    public class StakingPoolZeroDurationErrorBase : IErrorDTO
    {
    }

    public partial class ClockModeOutputDTO : ClockModeOutputDTOBase { }

    [FunctionOutput]
    public class ClockModeOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("string", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }



    public partial class ClockOutputDTO : ClockOutputDTOBase { }

    [FunctionOutput]
    public class ClockOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint48", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }

    public partial class EarnedOutputDTO : EarnedOutputDTOBase { }

    [FunctionOutput]
    public class EarnedOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class GetPastStakeOutputDTO : GetPastStakeOutputDTOBase { }

    [FunctionOutput]
    public class GetPastStakeOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }



    public partial class RewardStreamOutputDTO : RewardStreamOutputDTOBase { }

    [FunctionOutput]
    public class RewardStreamOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "ratePerSecondScaled", 1)]
        public virtual BigInteger RatePerSecondScaled { get; set; }
        [Parameter("uint256", "periodFinish", 2)]
        public virtual BigInteger PeriodFinish { get; set; }
    }





    public partial class StakeOfOutputDTO : StakeOfOutputDTOBase { }

    [FunctionOutput]
    public class StakeOfOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class TokenOutputDTO : TokenOutputDTOBase { }

    [FunctionOutput]
    public class TokenOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class TotalStakedOutputDTO : TotalStakedOutputDTOBase { }

    [FunctionOutput]
    public class TotalStakedOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }


}
