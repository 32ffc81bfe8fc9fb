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

namespace GovernanceRewards.Contracts.RewardDistributor.ContractDefinition
{


    public partial class RewardDistributorDeployment : RewardDistributorDeploymentBase
    {
        public RewardDistributorDeployment() : base(BYTECODE) { }
        public RewardDistributorDeployment(string byteCode) : base(byteCode) { }
    }

    public class RewardDistributorDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "60a060405234801561000f575f5ffd5b5060405161294438038061294483398101604081905261002e9161018a565b6001600160a01b03851660805260058054600160801b600160c01b031916600160801b6001600160401b038416021790556100695f856100ca565b506100947f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f846100ca565b506100bf7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041836100ca565b505050505050610206565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661016a575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101223390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161016d565b505f5b92915050565b6001600160a01b0381168114610187575f5ffd5b50565b5f5f5f5f5f60a0868803121561019e575f5ffd5b85516101a981610173565b60208701519095506101ba81610173565b60408701519094506101cb81610173565b60608701519093506101dc81610173565b60808701519092506001600160401b03811681146101f8575f5ffd5b809150509295509295909350565b6080516127116102335f395f81816105590152818161083201528181610ce7015261157a01526127115ff3fe608060405234801561000f575f5ffd5b5060043610610184575f3560e01c80638a3af1ba116100dd578063c884ef8311610088578063f11135c211610063578063f11135c214610414578063fadb476814610427578063fc0c546a1461053f575f5ffd5b8063c884ef831461039e578063d0b45b20146103d3578063d547741f14610401575f5ffd5b8063a217fddf116100b8578063a217fddf1461036a578063aa60e73314610371578063ad044f4914610384575f5ffd5b80638a3af1ba1461030157806391d148541461031457806394261d6814610357575f5ffd5b806336568abe1161013d5780637445e85c116101185780637445e85c1461028f578063750588cf146102b6578063850c0e2b146102ee575f5ffd5b806336568abe146102565780633d13f874146102695780636a4335101461027c575f5ffd5b8063248a9ca31161016d578063248a9ca3146101ea57806324ea54f41461021a5780632f2ff15d14610241575f5ffd5b806301ffc9a714610188578063117f5f92146101b0575b5f5ffd5b61019b610196366004612130565b610583565b60405190151581526020015b60405180910390f35b600554700100000000000000000000000000000000900467ffffffffffffffff1660405167ffffffffffffffff90911681526020016101a7565b61020c6101f836600461216f565b5f9081526020819052604090206001015490565b6040519081526020016101a7565b61020c7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504181565b61025461024f3660046121ae565b61061b565b005b6102546102643660046121ae565b610645565b610254610277366004612220565b6106a3565b61025461028a36600461228d565b610860565b61020c7f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f81565b6102be610916565b6040805167ffffffffffffffff9586168152602081019490945283019190915290911660608201526080016101a7565b6102546102fc3660046122a6565b6109ce565b61020c61030f3660046122f7565b610d18565b61019b6103223660046121ae565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b610254610365366004612403565b610fc2565b61020c5f81565b61025461037f36600461216f565b611400565b6005546fffffffffffffffffffffffffffffffff1661020c565b61020c6103ac366004612466565b73ffffffffffffffffffffffffffffffffffffffff165f9081526007602052604090205490565b6103db6115a1565b6040805167ffffffffffffffff90941684526020840192909252908201526060016101a7565b61025461040f3660046121ae565b61166f565b61025461042236600461247f565b611693565b6104e261043536600461228d565b60408051608080820183525f8083526020808401829052838501829052606093840182905267ffffffffffffffff958616825260068152908490208451928301855280546fffffffffffffffffffffffffffffffff8116845270010000000000000000000000000000000081048716928401929092527801000000000000000000000000000000000000000000000000909104909416928101929092526001909201549181019190915290565b6040516101a791905f6080820190506fffffffffffffffffffffffffffffffff835116825267ffffffffffffffff602084015116602083015267ffffffffffffffff60408401511660408301526060830151606083015292915050565b60405173ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001681526020016101a7565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061061557507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f82815260208190526040902060010154610635816117f8565b61063f8383611805565b50505050565b73ffffffffffffffffffffffffffffffffffffffff81163314610694576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61069e82826118fe565b505050565b6106c682826106b06119b7565b5f88815260208881526040822082529020611a38565b610720576040517f7864f98e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85166004820152602481018490526044015b60405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff84165f908152600760205260409020548084116107a4576040517f5f1c307700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff861660048201526024810185905260448101829052606401610717565b73ffffffffffffffffffffffffffffffffffffffff85165f8181526007602052604090208590557f987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a6107f683876124fb565b60408051918252602082018890520160405180910390a26108598561081b83876124fb565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169190611a4f565b5050505050565b5f61086a816117f8565b6005546040805167ffffffffffffffff7001000000000000000000000000000000009093048316815291841660208301527f0740f7eb3ffe0bfef277818640132e3d350fc10860ac4020bcab93e1a44bc244910160405180910390a1506005805467ffffffffffffffff909216700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff909216919091179055565b60408051608081018252600354815260045467ffffffffffffffff80821660208401526801000000000000000082041692820183905270010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff1660608201525f9182918291829190421061099857505f93508392508291508190506109c8565b60208101518151606083015160409093015191965094506fffffffffffffffffffffffffffffffff909116925090505b90919293565b5f6109d8816117f8565b8567ffffffffffffffff165f03610a1b576040517fe696f2bf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b845f03610a54576040517f6a9c4fda00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8267ffffffffffffffff168467ffffffffffffffff1610610ab5576040517f5cc2910600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808616600483015284166024820152604401610717565b67ffffffffffffffff86165f908152600660205260409020546fffffffffffffffffffffffffffffffff1615610b23576040517f28f832c600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff87166004820152602401610717565b5f610b2d86611ad0565b604080516080810182526fffffffffffffffffffffffffffffffff808416825267ffffffffffffffff808a1660208085019182528a8316858701908152606086018b81528f85165f90815260069093529682209551865493519151851678010000000000000000000000000000000000000000000000000277ffffffffffffffffffffffffffffffffffffffffffffffff92909516700100000000000000000000000000000000027fffffffffffffffff0000000000000000000000000000000000000000000000009094169086161792909217919091169190911783559251600190920191909155600580549394508493909291610c2e9185911661250e565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff1602179055508667ffffffffffffffff167f0e49036792aeafd66932e9d78fc057226267e6ba28d3e9b91cdd31840f886dac87878787604051610cc5949392919093845267ffffffffffffffff928316602085015291166040830152606082015260800190565b60405180910390a2610d0f73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016333089611b25565b50505050505050565b5f87801580610d275750808714155b15610d68576040517ffec0b28f0000000000000000000000000000000000000000000000000000000081526004810182905260248101889052604401610717565b5f8167ffffffffffffffff811115610d8257610d82612536565b604051908082528060200260200182016040528015610dab578160200160208202803683370190505b5090505f5b82811015610e3457610e0f8c8c83818110610dcd57610dcd612563565b9050602002016020810190610de29190612466565b8b8b84818110610df457610df4612563565b905060200201355f9182526020908152604082208252902090565b828281518110610e2157610e21612563565b6020908102919091010152600101610db0565b50610e4a87878787610e446119b7565b86611b6b565b610e80576040517f81a207d400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b82811015610fb3575f8c8c83818110610e9d57610e9d612563565b9050602002016020810190610eb29190612466565b90505f8b8b84818110610ec757610ec7612563565b73ffffffffffffffffffffffffffffffffffffffff85165f908152600760209081526040909120549102929092013592505080821115610fa55773ffffffffffffffffffffffffffffffffffffffff83165f908152600760205260409020829055610f3281836124fb565b610f3c9088612590565b965073ffffffffffffffffffffffffffffffffffffffff83167f987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a610f8083856124fb565b60408051918252602082018690520160405180910390a2610fa58361081b83856124fb565b505050806001019050610e82565b50505098975050505050505050565b7f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f610fec816117f8565b84611023576040517fa67ab73300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b67ffffffffffffffff86165f908152600660205260408120546fffffffffffffffffffffffffffffffff169003611092576040517f8dbf03f900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff87166004820152602401610717565b61109a611b86565b60025460019068010000000000000000900467ffffffffffffffff16158015906110d65750600181015467ffffffffffffffff90811690881611155b156111275760018101546040517f5b5fd5fe00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808a1660048301529091166024820152604401610717565b60045468010000000000000000900467ffffffffffffffff161580159061115e575060045467ffffffffffffffff90811690881611155b156111a857600480546040517f0e5c4cad00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911691810191909152602401610717565b6005546fffffffffffffffffffffffffffffffff16851115611215576005546040517f8f0077e5000000000000000000000000000000000000000000000000000000008152600481018790526fffffffffffffffffffffffffffffffff9091166024820152604401610717565b600181015470010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff168510156112ad5760018101546040517f6a7a78fa000000000000000000000000000000000000000000000000000000008152600481018790527001000000000000000000000000000000009091046fffffffffffffffffffffffffffffffff166024820152604401610717565b6005545f90700100000000000000000000000000000000900467ffffffffffffffff166112d942611cb0565b6112e391906125a3565b905060405180608001604052808881526020018967ffffffffffffffff1681526020018267ffffffffffffffff16815260200161131f88611ad0565b6fffffffffffffffffffffffffffffffff908116909152815160035560208201516004805460408086015160609096015185167001000000000000000000000000000000000267ffffffffffffffff96871668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909316948716949094179190911790931691909117905551908916907f93d816693cfa592ea42196ca5812aa31ebbbee148cb9d00d6c008e48afa554a6906113ee908a908a9086908b908b9061260a565b60405180910390a25050505050505050565b5f61140a816117f8565b6002546004545f91611449916fffffffffffffffffffffffffffffffff7001000000000000000000000000000000009283900481169290910416611cff565b60055461146891906fffffffffffffffffffffffffffffffff166124fb565b9050808311156114ae576040517f783b91a30000000000000000000000000000000000000000000000000000000081526004810184905260248101829052604401610717565b6114b783611ad0565b600580545f906114da9084906fffffffffffffffffffffffffffffffff16612644565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff1602179055503373ffffffffffffffffffffffffffffffffffffffff167fc36b5179cb9c303b200074996eab2b3473eac370fdd7eba3bec636fe351096968460405161155891815260200190565b60405180910390a261069e73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163385611a4f565b6004545f9081908190819068010000000000000000900467ffffffffffffffff16158015906115e95750600454426801000000000000000090910467ffffffffffffffff1611155b6115f45760016115f7565b60035b60408051608081018252825480825260019093015467ffffffffffffffff808216602084018190526801000000000000000083049091169383019390935270010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff16606090910181905290969195509350915050565b5f82815260208190526040902060010154611689816117f8565b61063f83836118fe565b7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a50416116bd816117f8565b60408051608081018252600354815260045467ffffffffffffffff80821660208401526801000000000000000082041692820183905270010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff166060820152901580611739575042816040015167ffffffffffffffff1611155b8061175c57508467ffffffffffffffff16816020015167ffffffffffffffff1614155b1561179f576040517ff13308bd00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff86166004820152602401610717565b5f6003819055600455805160405167ffffffffffffffff8716917f3461d1fe10753104c9aaa2c891789b605a328f00ec382896f6df2310d443e433916117e991908890889061266c565b60405180910390a25050505050565b6118028133611d11565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff166118f7575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556118953390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610615565b505f610615565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16156118f7575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610615565b6004545f9068010000000000000000900467ffffffffffffffff1680158015906119eb5750428167ffffffffffffffff1611155b6119f7576001546119fb565b6003545b915081611a34576040517f2a806b6800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5090565b5f82611a45868685611d9a565b1495945050505050565b60405173ffffffffffffffffffffffffffffffffffffffff83811660248301526044820183905261069e91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050611ddb565b5f6fffffffffffffffffffffffffffffffff821115611a34576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526080600482015260248101839052604401610717565b60405173ffffffffffffffffffffffffffffffffffffffff848116602483015283811660448301526064820183905261063f9186918216906323b872dd90608401611a89565b5f82611b7a8888888887611e7a565b14979650505050505050565b60045468010000000000000000900467ffffffffffffffff16801580611bb55750428167ffffffffffffffff16115b15611bbd5750565b60408051608081018252600380548083526004805467ffffffffffffffff808216602080880182905268010000000000000000808504909316888a018190526fffffffffffffffffffffffffffffffff70010000000000000000000000000000000095869004811660608b01819052600189905560028054978202939096027fffffffffffffffffffffffffffffffff0000000000000000000000000000000090971685179690961716179092555f9586905594909255855192835290820152919290917f89fda67bb7c635090672dded455c78d23db45eb5af3e122884c878aa1b0207c2910160405180910390a25050565b5f67ffffffffffffffff821115611a3457604080517f6dfcc650000000000000000000000000000000000000000000000000000000008152600481019190915260248101839052604401610717565b5f8282188284110282185b9392505050565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16611d96576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260248101839052604401610717565b5050565b5f81815b84811015611dd257611dc882878784818110611dbc57611dbc612563565b90506020020135612104565b9150600101611d9e565b50949350505050565b5f5f60205f8451602086015f885af180611dfa576040513d5f823e3d81fd5b50505f513d91508115611e11578060011415611e2b565b73ffffffffffffffffffffffffffffffffffffffff84163b155b1561063f576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85166004820152602401610717565b80515f9083611e8a816001612590565b611e948884612590565b14611ecb576040517f3514049200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8167ffffffffffffffff811115611ee557611ee5612536565b604051908082528060200260200182016040528015611f0e578160200160208202803683370190505b5090505f8080805b85811015612057575f878510611f50578584611f3181612685565b955081518110611f4357611f43612563565b6020026020010151611f76565b8985611f5b81612685565b965081518110611f6d57611f6d612563565b60200260200101515b90505f8c8c84818110611f8b57611f8b612563565b9050602002016020810190611fa091906126bc565b611fcd578e8e85611fb081612685565b9650818110611fc157611fc1612563565b90506020020135612024565b888610611ffe578685611fdf81612685565b965081518110611ff157611ff1612563565b6020026020010151612024565b8a8661200981612685565b97508151811061201b5761201b612563565b60200260200101515b90506120308282612104565b87848151811061204257612042612563565b60209081029190910101525050600101611f16565b5084156120c157808b14612097576040517f3514049200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8360018603815181106120ac576120ac612563565b602002602001015196505050505050506120fb565b85156120d957875f815181106120ac576120ac612563565b8b8b5f8181106120eb576120eb612563565b9050602002013596505050505050505b95945050505050565b5f81831061211e575f828152602084905260409020611d0a565b5f838152602083905260409020611d0a565b5f60208284031215612140575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611d0a575f5ffd5b5f6020828403121561217f575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff811681146121a9575f5ffd5b919050565b5f5f604083850312156121bf575f5ffd5b823591506121cf60208401612186565b90509250929050565b5f5f83601f8401126121e8575f5ffd5b50813567ffffffffffffffff8111156121ff575f5ffd5b6020830191508360208260051b8501011115612219575f5ffd5b9250929050565b5f5f5f5f60608587031215612233575f5ffd5b61223c85612186565b935060208501359250604085013567ffffffffffffffff81111561225e575f5ffd5b61226a878288016121d8565b95989497509550505050565b803567ffffffffffffffff811681146121a9575f5ffd5b5f6020828403121561229d575f5ffd5b611d0a82612276565b5f5f5f5f5f60a086880312156122ba575f5ffd5b6122c386612276565b9450602086013593506122d860408701612276565b92506122e660608701612276565b949793965091946080013592915050565b5f5f5f5f5f5f5f5f6080898b03121561230e575f5ffd5b883567ffffffffffffffff811115612324575f5ffd5b6123308b828c016121d8565b909950975050602089013567ffffffffffffffff81111561234f575f5ffd5b61235b8b828c016121d8565b909750955050604089013567ffffffffffffffff81111561237a575f5ffd5b6123868b828c016121d8565b909550935050606089013567ffffffffffffffff8111156123a5575f5ffd5b6123b18b828c016121d8565b999c989b5096995094979396929594505050565b5f5f83601f8401126123d5575f5ffd5b50813567ffffffffffffffff8111156123ec575f5ffd5b602083019150836020828501011115612219575f5ffd5b5f5f5f5f5f60808688031215612417575f5ffd5b61242086612276565b94506020860135935060408601359250606086013567ffffffffffffffff811115612449575f5ffd5b612455888289016123c5565b969995985093965092949392505050565b5f60208284031215612476575f5ffd5b611d0a82612186565b5f5f5f60408486031215612491575f5ffd5b61249a84612276565b9250602084013567ffffffffffffffff8111156124b5575f5ffd5b6124c1868287016123c5565b9497909650939450505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115610615576106156124ce565b6fffffffffffffffffffffffffffffffff8181168382160190811115610615576106156124ce565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b80820180821115610615576106156124ce565b67ffffffffffffffff8181168382160190811115610615576106156124ce565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b85815284602082015267ffffffffffffffff84166040820152608060608201525f6126396080830184866125c3565b979650505050505050565b6fffffffffffffffffffffffffffffffff8281168282160390811115610615576106156124ce565b838152604060208201525f6120fb6040830184866125c3565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036126b5576126b56124ce565b5060010190565b5f602082840312156126cc575f5ffd5b81358015158114611d0a575f5ffdfea2646970667358221220156a197aac537b3dbf788e17c78b00aa395ad0fee599f701f71eaf595603beb164736f6c634300081c0033";
        public RewardDistributorDeploymentBase() : base(BYTECODE) { }
        public RewardDistributorDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "token_", 1)]
        public virtual string Token { get; set; }
        [Parameter("address", "treasury", 2)]
        public virtual string Treasury { get; set; }
        [Parameter("address", "settler", 3)]
        public virtual string Settler { get; set; }
        [Parameter("address", "guardian", 4)]
        public virtual string Guardian { get; set; }
        [Parameter("uint64", "disputeWindow_", 5)]
        public virtual ulong Disputewindow { get; set; }
    }

    public partial class DefaultAdminRoleFunction : DefaultAdminRoleFunctionBase { }

    [Function("DEFAULT_ADMIN_ROLE", "bytes32")]
    public class DefaultAdminRoleFunctionBase : FunctionMessage
    {

    }

    public partial class GuardianRoleFunction : GuardianRoleFunctionBase { }

    [Function("GUARDIAN_ROLE", "bytes32")]
    public class GuardianRoleFunctionBase : FunctionMessage
    {

    }

    public partial class SettlerRoleFunction : SettlerRoleFunctionBase { }

    [Function("SETTLER_ROLE", "bytes32")]
    public class SettlerRoleFunctionBase : FunctionMessage
    {

    }

    public partial class AcceptedRootFunction : AcceptedRootFunctionBase { }

    [Function("acceptedRoot", typeof(AcceptedRootOutputDTO))]
    public class AcceptedRootFunctionBase : FunctionMessage
    {

    }

    public partial class ClaimFunction : ClaimFunctionBase { }

    [Function("claim")]
    public class ClaimFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("uint256", "total", 2)]
        public virtual BigInteger Total { get; set; }
        [Parameter("bytes32[]", "proof", 3)]
        public virtual List<byte[]> Proof { get; set; }
    }

    public partial class ClaimManyFunction : ClaimManyFunctionBase { }

    [Function("claimMany", "uint256")]
    public class ClaimManyFunctionBase : FunctionMessage
    {
        [Parameter("address[]", "accounts", 1)]
        public virtual List<string> Accounts { get; set; }
        [Parameter("uint256[]", "totals", 2)]
        public virtual List<BigInteger> Totals { get; set; }
        [Parameter("bytes32[]", "proof", 3)]
        public virtual List<byte[]> Proof { get; set; }
        [Parameter("bool[]", "proofFlags", 4)]
        public virtual List<bool> ProofFlags { get; set; }
    }

    public partial class ClaimedFunction : ClaimedFunctionBase { }

    [Function("claimed", "uint256")]
    public class ClaimedFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
    }

    public partial class DisputeWindowFunction : DisputeWindowFunctionBase { }

    [Function("disputeWindow", "uint64")]
    public class DisputeWindowFunctionBase : FunctionMessage
    {

    }

    public partial class EpochOfFunction : EpochOfFunctionBase { }

    [Function("epochOf", typeof(EpochOfOutputDTO))]
    public class EpochOfFunctionBase : FunctionMessage
    {
        [Parameter("uint64", "epoch", 1)]
        public virtual ulong Epoch { get; set; }
    }

    public partial class FundEpochFunction : FundEpochFunctionBase { }

    [Function("fundEpoch")]
    public class FundEpochFunctionBase : FunctionMessage
    {
        [Parameter("uint64", "epoch", 1)]
        public virtual ulong Epoch { get; set; }
        [Parameter("uint256", "budget", 2)]
        public virtual BigInteger Budget { get; set; }
        [Parameter("uint64", "windowStart", 3)]
        public virtual ulong WindowStart { get; set; }
        [Parameter("uint64", "windowEnd", 4)]
        public virtual ulong WindowEnd { get; set; }
        [Parameter("bytes32", "policyHash", 5)]
        public virtual byte[] PolicyHash { get; set; }
    }

    public partial class GetRoleAdminFunction : GetRoleAdminFunctionBase { }

    [Function("getRoleAdmin", "bytes32")]
    public class GetRoleAdminFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
    }

    public partial class GrantRoleFunction : GrantRoleFunctionBase { }

    [Function("grantRole")]
    public class GrantRoleFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2)]
        public virtual string Account { get; set; }
    }

    public partial class HasRoleFunction : HasRoleFunctionBase { }

    [Function("hasRole", "bool")]
    public class HasRoleFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2)]
        public virtual string Account { get; set; }
    }

    public partial class PendingRootFunction : PendingRootFunctionBase { }

    [Function("pendingRoot", typeof(PendingRootOutputDTO))]
    public class PendingRootFunctionBase : FunctionMessage
    {

    }

    public partial class PostRootFunction : PostRootFunctionBase { }

    [Function("postRoot")]
    public class PostRootFunctionBase : FunctionMessage
    {
        [Parameter("uint64", "epoch", 1)]
        public virtual ulong Epoch { get; set; }
        [Parameter("bytes32", "root", 2)]
        public virtual byte[] Root { get; set; }
        [Parameter("uint256", "cumulativeTotal", 3)]
        public virtual BigInteger CumulativeTotal { get; set; }
        [Parameter("string", "treeUri", 4)]
        public virtual string TreeUri { get; set; }
    }

    public partial class RenounceRoleFunction : RenounceRoleFunctionBase { }

    [Function("renounceRole")]
    public class RenounceRoleFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "callerConfirmation", 2)]
        public virtual string CallerConfirmation { get; set; }
    }

    public partial class RevokeRoleFunction : RevokeRoleFunctionBase { }

    [Function("revokeRole")]
    public class RevokeRoleFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2)]
        public virtual string Account { get; set; }
    }

    public partial class SetDisputeWindowFunction : SetDisputeWindowFunctionBase { }

    [Function("setDisputeWindow")]
    public class SetDisputeWindowFunctionBase : FunctionMessage
    {
        [Parameter("uint64", "newWindow", 1)]
        public virtual ulong NewWindow { get; set; }
    }

    public partial class SupportsInterfaceFunction : SupportsInterfaceFunctionBase { }

    [Function("supportsInterface", "bool")]
    public class SupportsInterfaceFunctionBase : FunctionMessage
    {
        [Parameter("bytes4", "interfaceId", 1)]
        public virtual byte[] InterfaceId { get; set; }
    }

    public partial class SweepFunction : SweepFunctionBase { }

    [Function("sweep")]
    public class SweepFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "amount", 1)]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class TokenFunction : TokenFunctionBase { }

    [Function("token", "address")]
    public class TokenFunctionBase : FunctionMessage
    {

    }

    public partial class TotalFundedFunction : TotalFundedFunctionBase { }

    [Function("totalFunded", "uint256")]
    public class TotalFundedFunctionBase : FunctionMessage
    {

    }

    public partial class VetoRootFunction : VetoRootFunctionBase { }

    [Function("vetoRoot")]
    public class VetoRootFunctionBase : FunctionMessage
    {
        [Parameter("uint64", "epoch", 1)]
        public virtual ulong Epoch { get; set; }
        [Parameter("string", "reason", 2)]
        public virtual string Reason { get; set; }
    }

    public partial class ClaimedEventDTO : ClaimedEventDTOBase { }

    [Event("Claimed")]
    public class ClaimedEventDTOBase : IEventDTO
    {
        [Parameter("address", "account", 1, true )]
        public virtual string Account { get; set; }
        [Parameter("uint256", "amount", 2, false )]
        public virtual BigInteger Amount { get; set; }
        [Parameter("uint256", "cumulativeTotal", 3, false )]
        public virtual BigInteger CumulativeTotal { get; set; }
    }

    public partial class DisputeWindowSetEventDTO : DisputeWindowSetEventDTOBase { }

    [Event("DisputeWindowSet")]
    public class DisputeWindowSetEventDTOBase : IEventDTO
    {
        [Parameter("uint64", "oldWindow", 1, false )]
        public virtual ulong OldWindow { get; set; }
        [Parameter("uint64", "newWindow", 2, false )]
        public virtual ulong NewWindow { get; set; }
    }

    public partial class EpochFundedEventDTO : EpochFundedEventDTOBase { }

    [Event("EpochFunded")]
    public class EpochFundedEventDTOBase : IEventDTO
    {
        [Parameter("uint64", "epoch", 1, true )]
        public virtual ulong Epoch { get; set; }
        [Parameter("uint256", "budget", 2, false )]
        public virtual BigInteger Budget { get; set; }
        [Parameter("uint64", "windowStart", 3, false )]
        public virtual ulong WindowStart { get; set; }
        [Parameter("uint64", "windowEnd", 4, false )]
        public virtual ulong WindowEnd { get; set; }
        [Parameter("bytes32", "policyHash", 5, false )]
        public virtual byte[] PolicyHash { get; set; }
    }

    public partial class RoleAdminChangedEventDTO : RoleAdminChangedEventDTOBase { }

    [Event("RoleAdminChanged")]
    public class RoleAdminChangedEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "role", 1, true )]
        public virtual byte[] Role { get; set; }
        [Parameter("bytes32", "previousAdminRole", 2, true )]
        public virtual byte[] PreviousAdminRole { get; set; }
        [Parameter("bytes32", "newAdminRole", 3, true )]
        public virtual byte[] NewAdminRole { get; set; }
    }

    public partial class RoleGrantedEventDTO : RoleGrantedEventDTOBase { }

    [Event("RoleGranted")]
    public class RoleGrantedEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "role", 1, true )]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2, true )]
        public virtual string Account { get; set; }
        [Parameter("address", "sender", 3, true )]
        public virtual string Sender { get; set; }
    }

    public partial class RoleRevokedEventDTO : RoleRevokedEventDTOBase { }

    [Event("RoleRevoked")]
    public class RoleRevokedEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "role", 1, true )]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2, true )]
        public virtual string Account { get; set; }
        [Parameter("address", "sender", 3, true )]
        public virtual string Sender { get; set; }
    }

    public partial class RootAcceptedEventDTO : RootAcceptedEventDTOBase { }

    [Event("RootAccepted")]
    public class RootAcceptedEventDTOBase : IEventDTO
    {
        [Parameter("uint64", "epoch", 1, true )]
        public virtual ulong Epoch { get; set; }
        [Parameter("bytes32", "root", 2, false )]
        public virtual byte[] Root { get; set; }
        [Parameter("uint256", "cumulativeTotal", 3, false )]
        public virtual BigInteger CumulativeTotal { get; set; }
    }

    public partial class RootPostedEventDTO : RootPostedEventDTOBase { }

    [Event("RootPosted")]
    public class RootPostedEventDTOBase : IEventDTO
    {
        [Parameter("uint64", "epoch", 1, true )]
        public virtual ulong Epoch { get; set; }
        [Parameter("bytes32", "root", 2, false )]
        public virtual byte[] Root { get; set; }
        [Parameter("uint256", "cumulativeTotal", 3, false )]
        public virtual BigInteger CumulativeTotal { get; set; }
        [Parameter("uint64", "acceptAt", 4, false )]
        public virtual ulong AcceptAt { get; set; }
        [Parameter("string", "treeUri", 5, false )]
        public virtual string TreeUri { get; set; }
    }

    public partial class RootVetoedEventDTO : RootVetoedEventDTOBase { }

    [Event("RootVetoed")]
    public class RootVetoedEventDTOBase : IEventDTO
    {
        [Parameter("uint64", "epoch", 1, true )]
        public virtual ulong Epoch { get; set; }
        [Parameter("bytes32", "root", 2, false )]
        public virtual byte[] Root { get; set; }
        [Parameter("string", "reason", 3, false )]
        public virtual string Reason { get; set; }
    }

    public partial class SweptEventDTO : SweptEventDTOBase { }

    [Event("Swept")]
    public class SweptEventDTOBase : IEventDTO
    {
        [Parameter("address", "to", 1, true )]
        public virtual string To { get; set; }
        [Parameter("uint256", "amount", 2, false )]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class AccessControlBadConfirmationError : AccessControlBadConfirmationErrorBase { }
    [Error("AccessControlBadConfirmation")]
    public class AccessControlBadConfirmationErrorBase : IErrorDTO
    {
    }

    public partial class AccessControlUnauthorizedAccountError : AccessControlUnauthorizedAccountErrorBase { }

    [Error("AccessControlUnauthorizedAccount")]
    public class AccessControlUnauthorizedAccountErrorBase : IErrorDTO
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("bytes32", "neededRole", 2)]
        public virtual byte[] NeededRole { get; set; }
    }

    public partial class DistributorEpochAlreadyFundedError : DistributorEpochAlreadyFundedErrorBase { }

    [Error("DistributorEpochAlreadyFunded")]
    public class DistributorEpochAlreadyFundedErrorBase : IErrorDTO
    {
        [Parameter("uint64", "epoch", 1)]
        public virtual ulong Epoch { get; set; }
    }

    public partial class DistributorEpochAlreadySettledError : DistributorEpochAlreadySettledErrorBase { }

    [Error("DistributorEpochAlreadySettled")]
    public class DistributorEpochAlreadySettledErrorBase : IErrorDTO
    {
        [Parameter("uint64", "epoch", 1)]
        public virtual ulong Epoch { get; set; }
        [Parameter("uint64", "acceptedEpoch", 2)]
        public virtual ulong AcceptedEpoch { get; set; }
    }

    public partial class DistributorEpochNotFundedError : DistributorEpochNotFundedErrorBase { }

    [Error("DistributorEpochNotFunded")]
    public class DistributorEpochNotFundedErrorBase : IErrorDTO
    {
        [Parameter("uint64", "epoch", 1)]
        public virtual ulong Epoch { get; set; }
    }

    public partial class DistributorInvalidBatchError : DistributorInvalidBatchErrorBase { }

    [Error("DistributorInvalidBatch")]
    public class DistributorInvalidBatchErrorBase : IErrorDTO
    {
        [Parameter("uint256", "accounts", 1)]
        public virtual BigInteger Accounts { get; set; }
        [Parameter("uint256", "totals", 2)]
        public virtual BigInteger Totals { get; set; }
    }

    public partial class DistributorInvalidMultiProofError : DistributorInvalidMultiProofErrorBase { }
    [Error("DistributorInvalidMultiProof")]
    public class DistributorInvalidMultiProofErrorBase : IErrorDTO
    {
    }

    public partial class DistributorInvalidProofError : DistributorInvalidProofErrorBase { }

    [Error("DistributorInvalidProof")]
    public class DistributorInvalidProofErrorBase : IErrorDTO
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("uint256", "total", 2)]
        public virtual BigInteger Total { get; set; }
    }

    public partial class DistributorInvalidWindowError : DistributorInvalidWindowErrorBase { }

    [Error("DistributorInvalidWindow")]
    public class DistributorInvalidWindowErrorBase : IErrorDTO
    {
        [Parameter("uint64", "windowStart", 1)]
        public virtual ulong WindowStart { get; set; }
        [Parameter("uint64", "windowEnd", 2)]
        public virtual ulong WindowEnd { get; set; }
    }

    public partial class DistributorNoAcceptedRootError : DistributorNoAcceptedRootErrorBase { }
    [Error("DistributorNoAcceptedRoot")]
    public class DistributorNoAcceptedRootErrorBase : IErrorDTO
    {
    }

    public partial class DistributorNoPendingRootError : DistributorNoPendingRootErrorBase { }

    [Error("DistributorNoPendingRoot")]
    public class DistributorNoPendingRootErrorBase : IErrorDTO
    {
        [Parameter("uint64", "epoch", 1)]
        public virtual ulong Epoch { get; set; }
    }

    public partial class DistributorNothingToClaimError : DistributorNothingToClaimErrorBase { }

    [Error("DistributorNothingToClaim")]
    public class DistributorNothingToClaimErrorBase : IErrorDTO
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("uint256", "total", 2)]
        public virtual BigInteger Total { get; set; }
        [Parameter("uint256", "claimed", 3)]
        public virtual BigInteger Claimed { get; set; }
    }

    public partial class DistributorRootPendingError : DistributorRootPendingErrorBase { }

    [Error("DistributorRootPending")]
    public class DistributorRootPendingErrorBase : IErrorDTO
    {
        [Parameter("uint64", "pendingEpoch", 1)]
        public virtual ulong PendingEpoch { get; set; }
    }

    public partial class DistributorSweepExceedsUnallocatedError : DistributorSweepExceedsUnallocatedErrorBase { }

    [Error("DistributorSweepExceedsUnallocated")]
    public class DistributorSweepExceedsUnallocatedErrorBase : IErrorDTO
    {
        [Parameter("uint256", "amount", 1)]
        public virtual BigInteger Amount { get; set; }
        [Parameter("uint256", "unallocated", 2)]
        public virtual BigInteger Unallocated { get; set; }
    }

    public partial class DistributorTotalBelowAcceptedError : DistributorTotalBelowAcceptedErrorBase { }

    [Error("DistributorTotalBelowAccepted")]
    public class DistributorTotalBelowAcceptedErrorBase : IErrorDTO
    {
        [Parameter("uint256", "cumulativeTotal", 1)]
        public virtual BigInteger CumulativeTotal { get; set; }
        [Parameter("uint256", "acceptedTotal", 2)]
        public virtual BigInteger AcceptedTotal { get; set; }
    }

    public partial class DistributorTotalExceedsFundedError : DistributorTotalExceedsFundedErrorBase { }

    [Error("DistributorTotalExceedsFunded")]
    public class DistributorTotalExceedsFundedErrorBase : IErrorDTO
    {
        [Parameter("uint256", "cumulativeTotal", 1)]
        public virtual BigInteger CumulativeTotal { get; set; }
        [Parameter("uint256", "funded", 2)]
        public virtual BigInteger Funded { get; set; }
    }

    public partial class DistributorZeroBudgetError : DistributorZeroBudgetErrorBase { }
    [Error("DistributorZeroBudget")]
    public class DistributorZeroBudgetErrorBase : IErrorDTO
    {
    }

    public partial class DistributorZeroEpochError : DistributorZeroEpochErrorBase { }
    [Error("DistributorZeroEpoch")]
    public class DistributorZeroEpochErrorBase : IErrorDTO
    {
    }

    public partial class DistributorZeroRootError : DistributorZeroRootErrorBase { }
    [Error("DistributorZeroRoot")]
    public class DistributorZeroRootErrorBase : IErrorDTO
    {
    }

    public partial class MerkleProofInvalidMultiproofError : MerkleProofInvalidMultiproofErrorBase { }
    [Error("MerkleProofInvalidMultiproof")]
    public class MerkleProofInvalidMultiproofErrorBase : IErrorDTO
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

    public partial class DefaultAdminRoleOutputDTO : DefaultAdminRoleOutputDTOBase { }

    [FunctionOutput]
    public class DefaultAdminRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class GuardianRoleOutputDTO : GuardianRoleOutputDTOBase { }

    [FunctionOutput]
    public class GuardianRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class SettlerRoleOutputDTO : SettlerRoleOutputDTOBase { }

    [FunctionOutput]
    public class SettlerRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class AcceptedRootOutputDTO : AcceptedRootOutputDTOBase { }

    [FunctionOutput]
    public class AcceptedRootOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "epoch", 1)]
        public virtual ulong Epoch { get; set; }
        [Parameter("bytes32", "root", 2)]
        public virtual byte[] Root { get; set; }
        [Parameter("uint256", "cumulativeTotal", 3)]
        public virtual BigInteger CumulativeTotal { get; set; }
    }





    public partial class ClaimedOutputDTO : ClaimedOutputDTOBase { }

    [FunctionOutput]
    public class ClaimedOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class DisputeWindowOutputDTO : DisputeWindowOutputDTOBase { }

    [FunctionOutput]
    public class DisputeWindowOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }

    public partial class EpochOfOutputDTO : EpochOfOutputDTOBase { }

    [FunctionOutput]
    public class EpochOfOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "", 1)]
        public virtual Epoch ReturnValue1 { get; set; }
    }



    public partial class GetRoleAdminOutputDTO : GetRoleAdminOutputDTOBase { }

    [FunctionOutput]
    public class GetRoleAdminOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }



    public partial class HasRoleOutputDTO : HasRoleOutputDTOBase { }

    [FunctionOutput]
    public class HasRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class PendingRootOutputDTO : PendingRootOutputDTOBase { }

    [FunctionOutput]
    public class PendingRootOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "epoch", 1)]
        public virtual ulong Epoch { get; set; }
        [Parameter("bytes32", "root", 2)]
        public virtual byte[] Root { get; set; }
        [Parameter("uint256", "cumulativeTotal", 3)]
        public virtual BigInteger CumulativeTotal { get; set; }
        [Parameter("uint64", "acceptAt", 4)]
        public virtual ulong AcceptAt { get; set; }
    }









    public partial class SupportsInterfaceOutputDTO : SupportsInterfaceOutputDTOBase { }

    [FunctionOutput]
    public class SupportsInterfaceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }



    public partial class TokenOutputDTO : TokenOutputDTOBase { }

    [FunctionOutput]
    public class TokenOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class TotalFundedOutputDTO : TotalFundedOutputDTOBase { }

    [FunctionOutput]
    public class TotalFundedOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }


}
