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

namespace GovernanceRewards.Chain.Bindings.StakingPool.ContractDefinition
{


    public partial class StakingPoolDeployment : StakingPoolDeploymentBase
    {
        public StakingPoolDeployment() : base(BYTECODE) { }
        public StakingPoolDeployment(string byteCode) : base(byteCode) { }
    }

    public class StakingPoolDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "60c060405234801561000f575f5ffd5b506040516120e73803806120e783398101604081905261002e916100cc565b6100378161006e565b6001600160a01b03928316608052911660a052600b80546001600160401b0319166001600160401b03909216919091179055610121565b6301e133806001600160401b03821611156100b55760405163223b4fad60e11b81526001600160401b03821660048201526301e13380602482015260440160405180910390fd5b50565b6001600160a01b03811681146100b5575f5ffd5b5f5f5f606084860312156100de575f5ffd5b83516100e9816100b8565b60208501519093506100fa816100b8565b60408501519092506001600160401b0381168114610116575f5ffd5b809150509250925092565b60805160a051611f6d61017a5f395f818161048e015281816109c701528181610bf80152610d3a01525f818161036b0152818161064d015281816107fa0152818161098801528181610c38015261108b0152611f6d5ff3fe608060405234801561000f575f5ffd5b506004361061012e575f3560e01c8063817b1cd2116100ad5780639ee679e81161007d578063baa4024d11610063578063baa4024d1461031b578063d6c89c601461033f578063fc0c546a14610351575f5ffd5b80639ee679e8146102f5578063a694fc3a14610308575f5ffd5b8063817b1cd2146102a85780638972b1a1146102b05780638e48d082146102c357806391ddadf4146102d6575f5ffd5b80633ed3ffea116101025780634bf5d7e9116100e85780634bf5d7e91461024e5780634e71d92d1461028d578063678b3ee214610295575f5ffd5b80633ed3ffea14610220578063426233601461023b575f5ffd5b80628cc262146101325780630964c95b14610158578063246132f9146102035780633ccfd60b14610218575b5f5ffd5b610145610140366004611c24565b610395565b6040519081526020015b60405180910390f35b6101e5610166366004611c24565b73ffffffffffffffffffffffffffffffffffffffff165f908152600a602090815260409182902082518084019093525477ffffffffffffffffffffffffffffffffffffffffffffffff8116808452780100000000000000000000000000000000000000000000000090910467ffffffffffffffff169290910182905291565b6040805192835267ffffffffffffffff90911660208301520161014f565b610216610211366004611c3d565b610476565b005b61021661067b565b6004546002546040805192835260208301919091520161014f565b610145610249366004611c24565b61083f565b604080518082018252601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c740000006020820152905161014f9190611c5d565b61021661088e565b6102166102a3366004611cb0565b6109af565b600154610145565b6101456102be366004611d33565b610c68565b6102166102d1366004611d5b565b610d22565b6102de610e1f565b60405165ffffffffffff909116815260200161014f565b610216610303366004611d82565b610e2d565b610216610316366004611d82565b610f7b565b6103266301e1338081565b60405167ffffffffffffffff909116815260200161014f565b600b5467ffffffffffffffff16610326565b60405173ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016815260200161014f565b5f5f61039f6110b7565b5073ffffffffffffffffffffffffffffffffffffffff84165f908152600860205260409020549091506ec097ce7bc90715b34b9f1000000000906103e39083611dc6565b73ffffffffffffffffffffffffffffffffffffffff85165f90815260208190526040902061041090611147565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff166104369190611dd9565b73ffffffffffffffffffffffffffffffffffffffff85165f908152600960205260409020546104659190611df0565b61046f9190611e30565b9392505050565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146104ec576040517fc60c2f6b0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b815f03610525576040517faf57d83000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b805f0361055e576040517f2aeadc0500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6105675f6111a1565b60055460025442101561059c57600454426002546105859190611dc6565b61058f9190611dd9565b6105999082611df0565b90505b5f816105b76ec097ce7bc90715b34b9f100000000086611dd9565b6105c19190611df0565b90506105cd8382611e30565b6004556105da8382611e43565b6005554260038190556105ee908490611df0565b6002819055604080518681526020810186905280820192909252517f9795f222c951ae3e749f872dbe287f78d21fa52353e9175cb20ed3aa2b29b82b9181900360600190a161067573ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633308761133e565b50505050565b335f908152600a6020908152604080832081518083019092525477ffffffffffffffffffffffffffffffffffffffffffffffff8116808352780100000000000000000000000000000000000000000000000090910467ffffffffffffffff1692820192909252910361071b576040517ffa7016a90000000000000000000000000000000000000000000000000000000081523360048201526024016104e3565b806020015167ffffffffffffffff1642101561077b5760208101516040517fbe8e62d500000000000000000000000000000000000000000000000000000000815233600482015267ffffffffffffffff90911660248201526044016104e3565b335f818152600a60209081526040808320929092558351915177ffffffffffffffffffffffffffffffffffffffffffffffff90921682527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5910160405180910390a2805161083c9073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690339077ffffffffffffffffffffffffffffffffffffffffffffffff166113c7565b50565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260208190526040812061086c90611147565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1692915050565b610897336111a1565b335f908152600960205260408120546108c0906ec097ce7bc90715b34b9f100000000090611e30565b9050805f036108fd576040517f3d35d60b0000000000000000000000000000000000000000000000000000000081523360048201526024016104e3565b6109166ec097ce7bc90715b34b9f100000000082611dd9565b335f9081526009602052604081208054909190610934908490611dc6565b909155505060405181815233907fe2403640ba68fed3a2f88b7557551d1993f84b99bb10ff833f0cf8db0c5e04869060200160405180910390a261083c73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633836113c7565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610a20576040517fc60c2f6b0000000000000000000000000000000000000000000000000000000081523360048201526024016104e3565b825f03610a59576040517faf57d83000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff84165f908152602081905260408120610aad908590610a8c90611147565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1661140a565b90508015610abf57610abf8582611419565b73ffffffffffffffffffffffffffffffffffffffff85165f908152600a6020526040812090610b12610af18488611dc6565b835477ffffffffffffffffffffffffffffffffffffffffffffffff1661140a565b90508015610b8e578154819083905f90610b4790849077ffffffffffffffffffffffffffffffffffffffffffffffff16611e56565b92506101000a81548177ffffffffffffffffffffffffffffffffffffffffffffffff021916908377ffffffffffffffffffffffffffffffffffffffffffffffff1602179055505b8673ffffffffffffffffffffffffffffffffffffffff167f60030c8757e518c5ba4831a16781229143d04074bd0a5d9593248aa4d2d5f8778785848989604051610bdc959493929190611e86565b60405180910390a2610bee8184611df0565b15610c5f57610c5f7f0000000000000000000000000000000000000000000000000000000000000000610c218386611df0565b73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001691906113c7565b50505050505050565b5f5f610c7261152d565b90508065ffffffffffff168310610cc6576040517fff317fdb0000000000000000000000000000000000000000000000000000000081526004810184905265ffffffffffff821660248201526044016104e3565b610cfc610cd284611533565b73ffffffffffffffffffffffffffffffffffffffff86165f90815260208190526040902090611582565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff169150505b92915050565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610d93576040517fc60c2f6b0000000000000000000000000000000000000000000000000000000081523360048201526024016104e3565b610d9c8161163b565b600b546040805167ffffffffffffffff928316815291831660208301527fde167bcd64140606285d1dd17bd2d78aa21ade9e53e3b04b2f2d1edbf8c91ae8910160405180910390a1600b80547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff92909216919091179055565b5f610e2861152d565b905090565b805f03610e66576040517faf57d83000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610e703382611419565b335f908152600a60205260408120600b5490919067ffffffffffffffff16610e9742611699565b610ea19190611ee7565b9050610eac836116e8565b825483905f90610ed790849077ffffffffffffffffffffffffffffffffffffffffffffffff16611f07565b82546101009290920a77ffffffffffffffffffffffffffffffffffffffffffffffff818102199093169183160217909155835416780100000000000000000000000000000000000000000000000067ffffffffffffffff84169081029190911784556040805186815260208101929092523392507fbf6730b5b5d9fd45cdb42f69910317da629fd6e12b3ab41aa1708cd916385dfc910160405180910390a2505050565b805f03610fb4576040517faf57d83000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610fbd336111a1565b335f908152602081905260408120610fd490611147565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff169050611024610ffd61152d565b61100f61100a8585611df0565b611745565b335f90815260208190526040902091906117a4565b50508160015f8282546110379190611df0565b909155505060405182815233907f9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d9060200160405180910390a26110b373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633308561133e565b5050565b5f5f5f6110c64260025461140a565b6001549091508015806110db57506003548211155b156110f0576006546007549350935050509091565b5f600754600454600354856111059190611dc6565b61110f9190611dd9565b6111199190611df0565b90506111258282611e30565b6006546111329190611df0565b61113c8383611e43565b945094505050509091565b80545f9080156111995761116d83611160600184611dc6565b5f91825260209091200190565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff1661046f565b5f9392505050565b6002546001541580156111b5575080600354105b80156111c2575042600354105b1561121f576003546111d49042611dc6565b6111de9082611df0565b6002819055426003556040519081527f4ce988ad2b3fa9c13993724febc9764360f0d0c0bfa3425e9f30bfb52fb3addb9060200160405180910390a161123b565b6112276110b7565b600755600655611237428261140a565b6003555b73ffffffffffffffffffffffffffffffffffffffff8216156110b35760065473ffffffffffffffffffffffffffffffffffffffff83165f908152600860205260409020546112899082611dc6565b73ffffffffffffffffffffffffffffffffffffffff84165f9081526020819052604090206112b690611147565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff166112dc9190611dd9565b73ffffffffffffffffffffffffffffffffffffffff84165f9081526009602052604081208054909190611310908490611df0565b909155505073ffffffffffffffffffffffffffffffffffffffff83165f908152600860205260409020555050565b60405173ffffffffffffffffffffffffffffffffffffffff84811660248301528381166044830152606482018390526106759186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff83818316178352505050506117be565b60405173ffffffffffffffffffffffffffffffffffffffff83811660248301526044820183905261140591859182169063a9059cbb90606401611380565b505050565b5f82821882841002821861046f565b611422826111a1565b73ffffffffffffffffffffffffffffffffffffffff82165f90815260208190526040812061144f90611147565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff169050818110156114cd576040517fa2d76b4900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260248101829052604481018390526064016104e3565b6115106114d861152d565b6114e561100a8585611dc6565b73ffffffffffffffffffffffffffffffffffffffff86165f90815260208190526040902091906117a4565b50508160015f8282546115239190611dc6565b9091555050505050565b5f610e28435b5f65ffffffffffff82111561157e576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260306004820152602481018390526044016104e3565b5090565b81545f90818160058111156115de575f61159b8461185d565b6115a59085611dc6565b5f8881526020902090915081015465ffffffffffff90811690871610156115ce578091506115dc565b6115d9816001611df0565b92505b505b5f6115eb878785856119c2565b9050801561162e5761160287611160600184611dc6565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16611630565b5f5b979650505050505050565b6301e1338067ffffffffffffffff8216111561083c576040517f44769f5a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526301e1338060248201526044016104e3565b5f67ffffffffffffffff82111561157e57604080517f6dfcc6500000000000000000000000000000000000000000000000000000000081526004810191909152602481018390526044016104e3565b5f77ffffffffffffffffffffffffffffffffffffffffffffffff82111561157e576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260c06004820152602481018390526044016104e3565b5f79ffffffffffffffffffffffffffffffffffffffffffffffffffff82111561157e576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260d06004820152602481018390526044016104e3565b5f806117b1858585611a21565b915091505b935093915050565b5f5f60205f8451602086015f885af1806117dd576040513d5f823e3d81fd5b50505f513d915081156117f457806001141561180e565b73ffffffffffffffffffffffffffffffffffffffff84163b155b15610675576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff851660048201526024016104e3565b5f6001821161186a575090565b81600170010000000000000000000000000000000082106118905760809190911c9060401b5b6801000000000000000082106118ab5760409190911c9060201b5b64010000000082106118c25760209190911c9060101b5b6201000082106118d75760109190911c9060081b5b61010082106118eb5760089190911c9060041b5b601082106118fe5760049190911c9060021b5b6004821061190a5760011b5b600302600190811c9081858161192257611922611e03565b048201901c9050600181858161193a5761193a611e03565b048201901c9050600181858161195257611952611e03565b048201901c9050600181858161196a5761196a611e03565b048201901c9050600181858161198257611982611e03565b048201901c9050600181858161199a5761199a611e03565b048201901c90506119b98185816119b3576119b3611e03565b04821190565b90039392505050565b5f5b81831015611a19575f6119d78484611be2565b5f8781526020902090915065ffffffffffff86169082015465ffffffffffff161115611a0557809250611a13565b611a10816001611df0565b93505b506119c4565b509392505050565b82545f9081908015611b72575f611a3d87611160600185611dc6565b805490915065ffffffffffff808216916601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16908816821115611aaf576040517f2520601d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603611afe57825465ffffffffffff16660100000000000079ffffffffffffffffffffffffffffffffffffffffffffffffffff891602178355611b64565b6040805180820190915265ffffffffffff808a16825279ffffffffffffffffffffffffffffffffffffffffffffffffffff808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506117b692505050565b50506040805180820190915265ffffffffffff808516825279ffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816117b6565b5f611bf06002848418611e30565b61046f90848416611df0565b803573ffffffffffffffffffffffffffffffffffffffff81168114611c1f575f5ffd5b919050565b5f60208284031215611c34575f5ffd5b61046f82611bfc565b5f5f60408385031215611c4e575f5ffd5b50508035926020909101359150565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b5f5f5f5f60608587031215611cc3575f5ffd5b611ccc85611bfc565b935060208501359250604085013567ffffffffffffffff811115611cee575f5ffd5b8501601f81018713611cfe575f5ffd5b803567ffffffffffffffff811115611d14575f5ffd5b876020828401011115611d25575f5ffd5b949793965060200194505050565b5f5f60408385031215611d44575f5ffd5b611d4d83611bfc565b946020939093013593505050565b5f60208284031215611d6b575f5ffd5b813567ffffffffffffffff8116811461046f575f5ffd5b5f60208284031215611d92575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115610d1c57610d1c611d99565b8082028115828204841417610d1c57610d1c611d99565b80820180821115610d1c57610d1c611d99565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82611e3e57611e3e611e03565b500490565b5f82611e5157611e51611e03565b500690565b77ffffffffffffffffffffffffffffffffffffffffffffffff8281168282160390811115610d1c57610d1c611d99565b85815284602082015283604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0160101949350505050565b67ffffffffffffffff8181168382160190811115610d1c57610d1c611d99565b77ffffffffffffffffffffffffffffffffffffffffffffffff8181168382160190811115610d1c57610d1c611d9956fea2646970667358221220ca9cb1b1dbc7a09233e50c311844793a309716dc509983294058657cf242425264736f6c634300081c0033";
        public StakingPoolDeploymentBase() : base(BYTECODE) { }
        public StakingPoolDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "token_", 1)]
        public virtual string Token { get; set; }
        [Parameter("address", "treasury_", 2)]
        public virtual string Treasury { get; set; }
        [Parameter("uint64", "withdrawalCooldown_", 3)]
        public virtual ulong Withdrawalcooldown { get; set; }
    }

    public partial class ClockModeFunction : ClockModeFunctionBase { }

    [Function("CLOCK_MODE", "string")]
    public class ClockModeFunctionBase : FunctionMessage
    {

    }

    public partial class MaxWithdrawalCooldownFunction : MaxWithdrawalCooldownFunctionBase { }

    [Function("MAX_WITHDRAWAL_COOLDOWN", "uint64")]
    public class MaxWithdrawalCooldownFunctionBase : FunctionMessage
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

    public partial class PendingWithdrawalFunction : PendingWithdrawalFunctionBase { }

    [Function("pendingWithdrawal", typeof(PendingWithdrawalOutputDTO))]
    public class PendingWithdrawalFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
    }

    public partial class RequestWithdrawalFunction : RequestWithdrawalFunctionBase { }

    [Function("requestWithdrawal")]
    public class RequestWithdrawalFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "amount", 1)]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class RewardStreamFunction : RewardStreamFunctionBase { }

    [Function("rewardStream", typeof(RewardStreamOutputDTO))]
    public class RewardStreamFunctionBase : FunctionMessage
    {

    }

    public partial class SetWithdrawalCooldownFunction : SetWithdrawalCooldownFunctionBase { }

    [Function("setWithdrawalCooldown")]
    public class SetWithdrawalCooldownFunctionBase : FunctionMessage
    {
        [Parameter("uint64", "cooldown", 1)]
        public virtual ulong Cooldown { get; set; }
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

    }

    public partial class WithdrawalCooldownFunction : WithdrawalCooldownFunctionBase { }

    [Function("withdrawalCooldown", "uint64")]
    public class WithdrawalCooldownFunctionBase : FunctionMessage
    {

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
        [Parameter("uint256", "requested", 2, false )]
        public virtual BigInteger Requested { get; set; }
        [Parameter("uint256", "fromStake", 3, false )]
        public virtual BigInteger FromStake { get; set; }
        [Parameter("uint256", "fromCooldown", 4, false )]
        public virtual BigInteger FromCooldown { get; set; }
        [Parameter("string", "reason", 5, false )]
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

    public partial class WithdrawalCooldownSetEventDTO : WithdrawalCooldownSetEventDTOBase { }

    [Event("WithdrawalCooldownSet")]
    public class WithdrawalCooldownSetEventDTOBase : IEventDTO
    {
        [Parameter("uint64", "oldCooldown", 1, false )]
        public virtual ulong OldCooldown { get; set; }
        [Parameter("uint64", "newCooldown", 2, false )]
        public virtual ulong NewCooldown { get; set; }
    }

    public partial class WithdrawalRequestedEventDTO : WithdrawalRequestedEventDTOBase { }

    [Event("WithdrawalRequested")]
    public class WithdrawalRequestedEventDTOBase : IEventDTO
    {
        [Parameter("address", "account", 1, true )]
        public virtual string Account { get; set; }
        [Parameter("uint256", "amount", 2, false )]
        public virtual BigInteger Amount { get; set; }
        [Parameter("uint64", "readyAt", 3, false )]
        public virtual ulong ReadyAt { get; set; }
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

    public partial class StakingPoolCooldownNotOverError : StakingPoolCooldownNotOverErrorBase { }

    [Error("StakingPoolCooldownNotOver")]
    public class StakingPoolCooldownNotOverErrorBase : IErrorDTO
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("uint64", "readyAt", 2)]
        public virtual ulong ReadyAt { get; set; }
    }

    public partial class StakingPoolCooldownTooLongError : StakingPoolCooldownTooLongErrorBase { }

    [Error("StakingPoolCooldownTooLong")]
    public class StakingPoolCooldownTooLongErrorBase : IErrorDTO
    {
        [Parameter("uint64", "cooldown", 1)]
        public virtual ulong Cooldown { get; set; }
        [Parameter("uint64", "maximum", 2)]
        public virtual ulong Maximum { get; set; }
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

    public partial class StakingPoolNothingToWithdrawError : StakingPoolNothingToWithdrawErrorBase { }

    [Error("StakingPoolNothingToWithdraw")]
    public class StakingPoolNothingToWithdrawErrorBase : IErrorDTO
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

    public partial class MaxWithdrawalCooldownOutputDTO : MaxWithdrawalCooldownOutputDTOBase { }

    [FunctionOutput]
    public class MaxWithdrawalCooldownOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
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



    public partial class PendingWithdrawalOutputDTO : PendingWithdrawalOutputDTOBase { }

    [FunctionOutput]
    public class PendingWithdrawalOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "amount", 1)]
        public virtual BigInteger Amount { get; set; }
        [Parameter("uint64", "readyAt", 2)]
        public virtual ulong ReadyAt { get; set; }
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



    public partial class WithdrawalCooldownOutputDTO : WithdrawalCooldownOutputDTOBase { }

    [FunctionOutput]
    public class WithdrawalCooldownOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }
}
