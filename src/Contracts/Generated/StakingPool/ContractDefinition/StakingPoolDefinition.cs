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
        public static string BYTECODE = "60c060405234801561000f575f5ffd5b5060405161185438038061185483398101604081905261002e9161005c565b6001600160a01b039182166080521660a052610094565b6001600160a01b0381168114610059575f5ffd5b50565b5f5f6040838503121561006d575f5ffd5b825161007881610045565b602084015190925061008981610045565b809150509250929050565b60805160a0516117756100df5f395f818161033d0152818161072b015261085501525f818161021a015281816104fc015281816105bd015281816108330152610a5201526117755ff3fe608060405234801561000f575f5ffd5b50600436106100d9575f3560e01c80634e71d92d116100885780638972b1a1116100635780638972b1a1146101bb57806391ddadf4146101ce578063a694fc3a146101ed578063fc0c546a14610200575f5ffd5b80634e71d92d14610198578063678b3ee2146101a0578063817b1cd2146101b3575f5ffd5b80633ed3ffea116100b85780633ed3ffea1461012b57806342623360146101465780634bf5d7e914610159575f5ffd5b80628cc262146100dd578063246132f9146101035780632e1a7d4d14610118575b5f5ffd5b6100f06100eb3660046114e1565b610244565b6040519081526020015b60405180910390f35b6101166101113660046114fa565b610325565b005b61011661012636600461151a565b61052a565b600454600254604080519283526020830191909152016100fa565b6100f06101543660046114e1565b6105e7565b604080518082018252601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290516100fa9190611531565b610116610636565b6101166101ae366004611584565b610713565b6001546100f0565b6100f06101c9366004611607565b61087a565b6101d6610934565b60405165ffffffffffff90911681526020016100fa565b6101166101fb36600461151a565b610942565b60405173ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001681526020016100fa565b5f5f61024e610a7e565b5073ffffffffffffffffffffffffffffffffffffffff84165f908152600860205260409020549091506ec097ce7bc90715b34b9f100000000090610292908361165c565b73ffffffffffffffffffffffffffffffffffffffff85165f9081526020819052604090206102bf90610b0e565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff166102e5919061166f565b73ffffffffffffffffffffffffffffffffffffffff85165f908152600960205260409020546103149190611686565b61031e91906116c6565b9392505050565b3373ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000161461039b576040517fc60c2f6b0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b815f036103d4576040517faf57d83000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b805f0361040d576040517f2aeadc0500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6104165f610b68565b60055460025442101561044b5760045442600254610434919061165c565b61043e919061166f565b6104489082611686565b90505b5f816104666ec097ce7bc90715b34b9f10000000008661166f565b6104709190611686565b905061047c83826116c6565b60045561048983826116d9565b60055542600381905561049d908490611686565b6002819055604080518681526020810186905280820192909252517f9795f222c951ae3e749f872dbe287f78d21fa52353e9175cb20ed3aa2b29b82b9181900360600190a161052473ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016333087610d05565b50505050565b805f03610563576040517faf57d83000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61056d3382610d8e565b60405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906020015b60405180910390a26105e473ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163383610ea2565b50565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260208190526040812061061490610b0e565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1692915050565b61063f33610b68565b335f90815260096020526040812054610668906ec097ce7bc90715b34b9f1000000000906116c6565b9050805f036106a5576040517f3d35d60b000000000000000000000000000000000000000000000000000000008152336004820152602401610392565b6106be6ec097ce7bc90715b34b9f10000000008261166f565b335f90815260096020526040812080549091906106dc90849061165c565b909155505060405181815233907fe2403640ba68fed3a2f88b7557551d1993f84b99bb10ff833f0cf8db0c5e04869060200161059b565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610784576040517fc60c2f6b000000000000000000000000000000000000000000000000000000008152336004820152602401610392565b825f036107bd576040517faf57d83000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6107c78484610d8e565b8373ffffffffffffffffffffffffffffffffffffffff167f7e947095ed288d8885423bdaef4015b7420ffa9b84d62ef67c402e8bc36a8ea9848484604051610811939291906116ec565b60405180910390a261052473ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000085610ea2565b5f5f610884610ee5565b90508065ffffffffffff1683106108d8576040517fff317fdb0000000000000000000000000000000000000000000000000000000081526004810184905265ffffffffffff82166024820152604401610392565b61090e6108e484610eeb565b73ffffffffffffffffffffffffffffffffffffffff86165f90815260208190526040902090610f3a565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff169150505b92915050565b5f61093d610ee5565b905090565b805f0361097b576040517faf57d83000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61098433610b68565b335f90815260208190526040812061099b90610b0e565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1690506109eb6109c4610ee5565b6109d66109d18585611686565b610ff3565b335f9081526020819052604090209190611052565b50508160015f8282546109fe9190611686565b909155505060405182815233907f9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d9060200160405180910390a2610a7a73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016333085610d05565b5050565b5f5f5f610a8d4260025461106c565b600154909150801580610aa257506003548211155b15610ab7576006546007549350935050509091565b5f60075460045460035485610acc919061165c565b610ad6919061166f565b610ae09190611686565b9050610aec82826116c6565b600654610af99190611686565b610b0383836116d9565b945094505050509091565b80545f908015610b6057610b3483610b2760018461165c565b5f91825260209091200190565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff1661031e565b5f9392505050565b600254600154158015610b7c575080600354105b8015610b89575042600354105b15610be657600354610b9b904261165c565b610ba59082611686565b6002819055426003556040519081527f4ce988ad2b3fa9c13993724febc9764360f0d0c0bfa3425e9f30bfb52fb3addb9060200160405180910390a1610c02565b610bee610a7e565b600755600655610bfe428261106c565b6003555b73ffffffffffffffffffffffffffffffffffffffff821615610a7a5760065473ffffffffffffffffffffffffffffffffffffffff83165f90815260086020526040902054610c50908261165c565b73ffffffffffffffffffffffffffffffffffffffff84165f908152602081905260409020610c7d90610b0e565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff16610ca3919061166f565b73ffffffffffffffffffffffffffffffffffffffff84165f9081526009602052604081208054909190610cd7908490611686565b909155505073ffffffffffffffffffffffffffffffffffffffff83165f908152600860205260409020555050565b60405173ffffffffffffffffffffffffffffffffffffffff84811660248301528381166044830152606482018390526105249186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff838183161783525050505061107b565b610d9782610b68565b73ffffffffffffffffffffffffffffffffffffffff82165f908152602081905260408120610dc490610b0e565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff16905081811015610e42576040517fa2d76b4900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201526024810182905260448101839052606401610392565b610e85610e4d610ee5565b610e5a6109d1858561165c565b73ffffffffffffffffffffffffffffffffffffffff86165f9081526020819052604090209190611052565b50508160015f828254610e98919061165c565b9091555050505050565b60405173ffffffffffffffffffffffffffffffffffffffff838116602483015260448201839052610ee091859182169063a9059cbb90606401610d47565b505050565b5f61093d435b5f65ffffffffffff821115610f36576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526030600482015260248101839052604401610392565b5090565b81545f9081816005811115610f96575f610f538461111a565b610f5d908561165c565b5f8881526020902090915081015465ffffffffffff9081169087161015610f8657809150610f94565b610f91816001611686565b92505b505b5f610fa38787858561127f565b90508015610fe657610fba87610b2760018461165c565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16610fe8565b5f5b979650505050505050565b5f79ffffffffffffffffffffffffffffffffffffffffffffffffffff821115610f36576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260d0600482015260248101839052604401610392565b5f8061105f8585856112de565b915091505b935093915050565b5f82821882841002821861031e565b5f5f60205f8451602086015f885af18061109a576040513d5f823e3d81fd5b50505f513d915081156110b15780600114156110cb565b73ffffffffffffffffffffffffffffffffffffffff84163b155b15610524576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85166004820152602401610392565b5f60018211611127575090565b816001700100000000000000000000000000000000821061114d5760809190911c9060401b5b6801000000000000000082106111685760409190911c9060201b5b640100000000821061117f5760209190911c9060101b5b6201000082106111945760109190911c9060081b5b61010082106111a85760089190911c9060041b5b601082106111bb5760049190911c9060021b5b600482106111c75760011b5b600302600190811c908185816111df576111df611699565b048201901c905060018185816111f7576111f7611699565b048201901c9050600181858161120f5761120f611699565b048201901c9050600181858161122757611227611699565b048201901c9050600181858161123f5761123f611699565b048201901c9050600181858161125757611257611699565b048201901c905061127681858161127057611270611699565b04821190565b90039392505050565b5f5b818310156112d6575f611294848461149f565b5f8781526020902090915065ffffffffffff86169082015465ffffffffffff1611156112c2578092506112d0565b6112cd816001611686565b93505b50611281565b509392505050565b82545f908190801561142f575f6112fa87610b2760018561165c565b805490915065ffffffffffff808216916601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff1690881682111561136c576040517f2520601d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036113bb57825465ffffffffffff16660100000000000079ffffffffffffffffffffffffffffffffffffffffffffffffffff891602178355611421565b6040805180820190915265ffffffffffff808a16825279ffffffffffffffffffffffffffffffffffffffffffffffffffff808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b945085935061106492505050565b50506040805180820190915265ffffffffffff808516825279ffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081611064565b5f6114ad60028484186116c6565b61031e90848416611686565b803573ffffffffffffffffffffffffffffffffffffffff811681146114dc575f5ffd5b919050565b5f602082840312156114f1575f5ffd5b61031e826114b9565b5f5f6040838503121561150b575f5ffd5b50508035926020909101359150565b5f6020828403121561152a575f5ffd5b5035919050565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b5f5f5f5f60608587031215611597575f5ffd5b6115a0856114b9565b935060208501359250604085013567ffffffffffffffff8111156115c2575f5ffd5b8501601f810187136115d2575f5ffd5b803567ffffffffffffffff8111156115e8575f5ffd5b8760208284010111156115f9575f5ffd5b949793965060200194505050565b5f5f60408385031215611618575f5ffd5b611621836114b9565b946020939093013593505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561092e5761092e61162f565b808202811582820484141761092e5761092e61162f565b8082018082111561092e5761092e61162f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f826116d4576116d4611699565b500490565b5f826116e7576116e7611699565b500690565b83815260406020820152816040820152818360608301375f818301606090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01601019291505056fea26469706673582212204e6d92d180226bd0fb0c004180ac4b0c786dd94304f7d35ec97a3dfacac2ff2764736f6c634300081c0033";
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
