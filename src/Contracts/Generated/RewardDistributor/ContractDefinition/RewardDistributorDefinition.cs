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
        public static string BYTECODE = "60a060405234801561000f575f5ffd5b50604051612a4f380380612a4f83398101604081905261002e916101c0565b6001600160a01b0385166080908152600580546001600160401b03808516600160801b02600160801b600160c01b0319909216919091179091556040805192830181526001808452602084018390525f918401829052606090930181905260039290925560045561009f9085610100565b506100ca7f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f84610100565b506100f57f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504183610100565b50505050505061023c565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101a0575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101583390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101a3565b505f5b92915050565b6001600160a01b03811681146101bd575f5ffd5b50565b5f5f5f5f5f60a086880312156101d4575f5ffd5b85516101df816101a9565b60208701519095506101f0816101a9565b6040870151909450610201816101a9565b6060870151909350610212816101a9565b60808701519092506001600160401b038116811461022e575f5ffd5b809150509295509295909350565b6080516127e66102695f395f818161056c0152818161086101528181610d1801526115c101526127e65ff3fe608060405234801561000f575f5ffd5b506004361061018f575f3560e01c806391d14854116100dd578063d0b45b2011610088578063f11135c211610063578063f11135c214610427578063fadb47681461043a578063fc0c546a14610552575f5ffd5b8063d0b45b20146103de578063d547741f1461040c578063ed075ec51461041f575f5ffd5b8063aa60e733116100b8578063aa60e7331461037c578063ad044f491461038f578063c884ef83146103a9575f5ffd5b806391d148541461031f57806394261d6814610362578063a217fddf14610375575f5ffd5b80633d13f8741161013d578063750588cf11610118578063750588cf146102c1578063850c0e2b146102f95780638a3af1ba1461030c575f5ffd5b80633d13f874146102745780636a433510146102875780637445e85c1461029a575f5ffd5b806324ea54f41161016d57806324ea54f4146102255780632f2ff15d1461024c57806336568abe14610261575f5ffd5b806301ffc9a714610193578063117f5f92146101bb578063248a9ca3146101f5575b5f5ffd5b6101a66101a1366004612205565b610596565b60405190151581526020015b60405180910390f35b600554700100000000000000000000000000000000900467ffffffffffffffff1660405167ffffffffffffffff90911681526020016101b2565b610217610203366004612244565b5f9081526020819052604090206001015490565b6040519081526020016101b2565b6102177f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504181565b61025f61025a366004612283565b61062e565b005b61025f61026f366004612283565b610658565b61025f6102823660046122f5565b6106b6565b61025f610295366004612362565b610891565b6102177f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f81565b6102c9610947565b6040805167ffffffffffffffff9586168152602081019490945283019190915290911660608201526080016101b2565b61025f61030736600461237b565b6109ff565b61021761031a3660046123cc565b610d40565b6101a661032d366004612283565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b61025f6103703660046124d8565b611008565b6102175f81565b61025f61038a366004612244565b611447565b6005546fffffffffffffffffffffffffffffffff16610217565b6102176103b736600461253b565b73ffffffffffffffffffffffffffffffffffffffff165f9081526007602052604090205490565b6103e66115e8565b6040805167ffffffffffffffff90941684526020840192909252908201526060016101b2565b61025f61041a366004612283565b6116b6565b61025f6116da565b61025f610435366004612554565b61171a565b6104f5610448366004612362565b60408051608080820183525f8083526020808401829052838501829052606093840182905267ffffffffffffffff958616825260068152908490208451928301855280546fffffffffffffffffffffffffffffffff8116845270010000000000000000000000000000000081048716928401929092527801000000000000000000000000000000000000000000000000909104909416928101929092526001909201549181019190915290565b6040516101b291905f6080820190506fffffffffffffffffffffffffffffffff835116825267ffffffffffffffff602084015116602083015267ffffffffffffffff60408401511660408301526060830151606083015292915050565b60405173ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001681526020016101b2565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061062857507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f82815260208190526040902060010154610648816118a4565b61065283836118b1565b50505050565b73ffffffffffffffffffffffffffffffffffffffff811633146106a7576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6106b182826119aa565b505050565b5f848152602084815260408220825290206001546106d684848385611a63565b1580156106f457506106f284846106ec84611a7a565b85611a63565b155b1561074f576040517f7864f98e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff87166004820152602481018690526044015b60405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff86165f908152600760205260409020548086116107d3576040517f5f1c307700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff881660048201526024810187905260448101829052606401610746565b73ffffffffffffffffffffffffffffffffffffffff87165f8181526007602052604090208790557f987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a61082583896125d0565b60408051918252602082018a90520160405180910390a26108888761084a83896125d0565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169190611afc565b50505050505050565b5f61089b816118a4565b6005546040805167ffffffffffffffff7001000000000000000000000000000000009093048316815291841660208301527f0740f7eb3ffe0bfef277818640132e3d350fc10860ac4020bcab93e1a44bc244910160405180910390a1506005805467ffffffffffffffff909216700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff909216919091179055565b60408051608081018252600354815260045467ffffffffffffffff80821660208401526801000000000000000082041692820183905270010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff1660608201525f918291829182919042106109c957505f93508392508291508190506109f9565b60208101518151606083015160409093015191965094506fffffffffffffffffffffffffffffffff909116925090505b90919293565b5f610a09816118a4565b8567ffffffffffffffff165f03610a4c576040517fe696f2bf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b845f03610a85576040517f6a9c4fda00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8267ffffffffffffffff168467ffffffffffffffff1610610ae6576040517f5cc2910600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808616600483015284166024820152604401610746565b67ffffffffffffffff86165f908152600660205260409020546fffffffffffffffffffffffffffffffff1615610b54576040517f28f832c600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff87166004820152602401610746565b5f610b5e86611b7d565b604080516080810182526fffffffffffffffffffffffffffffffff808416825267ffffffffffffffff808a1660208085019182528a8316858701908152606086018b81528f85165f90815260069093529682209551865493519151851678010000000000000000000000000000000000000000000000000277ffffffffffffffffffffffffffffffffffffffffffffffff92909516700100000000000000000000000000000000027fffffffffffffffff0000000000000000000000000000000000000000000000009094169086161792909217919091169190911783559251600190920191909155600580549394508493909291610c5f918591166125e3565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff1602179055508667ffffffffffffffff167f0e49036792aeafd66932e9d78fc057226267e6ba28d3e9b91cdd31840f886dac87878787604051610cf6949392919093845267ffffffffffffffff928316602085015291166040830152606082015260800190565b60405180910390a261088873ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016333089611bd6565b5f87801580610d4f5750808714155b15610d90576040517ffec0b28f0000000000000000000000000000000000000000000000000000000081526004810182905260248101889052604401610746565b5f8167ffffffffffffffff811115610daa57610daa61260b565b604051908082528060200260200182016040528015610dd3578160200160208202803683370190505b5090505f5b82811015610e5c57610e378c8c83818110610df557610df5612638565b9050602002016020810190610e0a919061253b565b8b8b84818110610e1c57610e1c612638565b905060200201355f9182526020908152604082208252902090565b828281518110610e4957610e49612638565b6020908102919091010152600101610dd8565b50600154610e6e888888888587611c1c565b158015610e8e5750610e8c88888888610e8686611a7a565b87611c1c565b155b15610ec5576040517f81a207d400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b83811015610ff8575f8d8d83818110610ee257610ee2612638565b9050602002016020810190610ef7919061253b565b90505f8c8c84818110610f0c57610f0c612638565b73ffffffffffffffffffffffffffffffffffffffff85165f908152600760209081526040909120549102929092013592505080821115610fea5773ffffffffffffffffffffffffffffffffffffffff83165f908152600760205260409020829055610f7781836125d0565b610f819089612665565b975073ffffffffffffffffffffffffffffffffffffffff83167f987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a610fc583856125d0565b60408051918252602082018690520160405180910390a2610fea8361084a83856125d0565b505050806001019050610ec7565b5050505098975050505050505050565b7f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f611032816118a4565b84611069576040517fa67ab73300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b67ffffffffffffffff86165f908152600660205260408120546fffffffffffffffffffffffffffffffff1690036110d8576040517f8dbf03f900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff87166004820152602401610746565b6110e0611c37565b5060025460019068010000000000000000900467ffffffffffffffff161580159061111d5750600181015467ffffffffffffffff90811690881611155b1561116e5760018101546040517f5b5fd5fe00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808a1660048301529091166024820152604401610746565b60045468010000000000000000900467ffffffffffffffff16158015906111a5575060045467ffffffffffffffff90811690881611155b156111ef57600480546040517f0e5c4cad00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911691810191909152602401610746565b6005546fffffffffffffffffffffffffffffffff1685111561125c576005546040517f8f0077e5000000000000000000000000000000000000000000000000000000008152600481018790526fffffffffffffffffffffffffffffffff9091166024820152604401610746565b600181015470010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff168510156112f45760018101546040517f6a7a78fa000000000000000000000000000000000000000000000000000000008152600481018790527001000000000000000000000000000000009091046fffffffffffffffffffffffffffffffff166024820152604401610746565b6005545f90700100000000000000000000000000000000900467ffffffffffffffff1661132042611d85565b61132a9190612678565b905060405180608001604052808881526020018967ffffffffffffffff1681526020018267ffffffffffffffff16815260200161136688611b7d565b6fffffffffffffffffffffffffffffffff908116909152815160035560208201516004805460408086015160609096015185167001000000000000000000000000000000000267ffffffffffffffff96871668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909316948716949094179190911790931691909117905551908916907f93d816693cfa592ea42196ca5812aa31ebbbee148cb9d00d6c008e48afa554a690611435908a908a9086908b908b906126df565b60405180910390a25050505050505050565b5f611451816118a4565b6002546004545f91611490916fffffffffffffffffffffffffffffffff7001000000000000000000000000000000009283900481169290910416611dd4565b6005546114af91906fffffffffffffffffffffffffffffffff166125d0565b9050808311156114f5576040517f783b91a30000000000000000000000000000000000000000000000000000000081526004810184905260248101829052604401610746565b6114fe83611b7d565b600580545f906115219084906fffffffffffffffffffffffffffffffff16612719565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff1602179055503373ffffffffffffffffffffffffffffffffffffffff167fc36b5179cb9c303b200074996eab2b3473eac370fdd7eba3bec636fe351096968460405161159f91815260200190565b60405180910390a26106b173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163385611afc565b6004545f9081908190819068010000000000000000900467ffffffffffffffff16158015906116305750600454426801000000000000000090910467ffffffffffffffff1611155b61163b57600161163e565b60035b60408051608081018252825480825260019093015467ffffffffffffffff808216602084018190526801000000000000000083049091169383019390935270010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff16606090910181905290969195509350915050565b5f828152602081905260409020600101546116d0816118a4565b61065283836119aa565b6116e2611c37565b611718576040517f7e44ff2400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b565b7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041611744816118a4565b60408051608081018252600354815260045467ffffffffffffffff80821660208401526801000000000000000082041692820183905270010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff1660608201529015806117c0575042816040015167ffffffffffffffff1611155b806117e357508467ffffffffffffffff16816020015167ffffffffffffffff1614155b15611826576040517ff13308bd00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff86166004820152602401610746565b60408051608081018252600180825267ffffffffffffffff602083018190525f838501819052606090930192909252600355600481905582519151908716917f3461d1fe10753104c9aaa2c891789b605a328f00ec382896f6df2310d443e43391611895919088908890612741565b60405180910390a25050505050565b6118ae8133611de6565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff166119a3575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556119413390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610628565b505f610628565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16156119a3575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610628565b5f82611a70868685611e6f565b1495945050505050565b6004545f9068010000000000000000900467ffffffffffffffff168015801590611aae5750428167ffffffffffffffff1611155b15611abd575050600354919050565b82611af4576040517f2a806b6800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505f92915050565b60405173ffffffffffffffffffffffffffffffffffffffff8381166024830152604482018390526106b191859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050611eb0565b5f6fffffffffffffffffffffffffffffffff821115611bd2576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526080600482015260248101839052604401610746565b5090565b60405173ffffffffffffffffffffffffffffffffffffffff84811660248301528381166044830152606482018390526106529186918216906323b872dd90608401611b36565b5f82611c2b8888888887611f4f565b14979650505050505050565b6004545f9068010000000000000000900467ffffffffffffffff16801580611c685750428167ffffffffffffffff16115b15611c74575f91505090565b604080516080810182526003548082526004805467ffffffffffffffff8082166020808701829052680100000000000000008085049093168789018190527001000000000000000000000000000000008086046fffffffffffffffffffffffffffffffff90811660608b0181905260018a9055600280547fffffffffffffffffffffffffffffffff00000000000000000000000000000000168717949097029390931716908202179093557fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff90931690935585519384529083015291927f89fda67bb7c635090672dded455c78d23db45eb5af3e122884c878aa1b0207c2910160405180910390a260019250505090565b5f67ffffffffffffffff821115611bd257604080517f6dfcc650000000000000000000000000000000000000000000000000000000008152600481019190915260248101839052604401610746565b5f8282188284110282185b9392505050565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16611e6b576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260248101839052604401610746565b5050565b5f81815b84811015611ea757611e9d82878784818110611e9157611e91612638565b905060200201356121d9565b9150600101611e73565b50949350505050565b5f5f60205f8451602086015f885af180611ecf576040513d5f823e3d81fd5b50505f513d91508115611ee6578060011415611f00565b73ffffffffffffffffffffffffffffffffffffffff84163b155b15610652576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85166004820152602401610746565b80515f9083611f5f816001612665565b611f698884612665565b14611fa0576040517f3514049200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8167ffffffffffffffff811115611fba57611fba61260b565b604051908082528060200260200182016040528015611fe3578160200160208202803683370190505b5090505f8080805b8581101561212c575f8785106120255785846120068161275a565b95508151811061201857612018612638565b602002602001015161204b565b89856120308161275a565b96508151811061204257612042612638565b60200260200101515b90505f8c8c8481811061206057612060612638565b90506020020160208101906120759190612791565b6120a2578e8e856120858161275a565b965081811061209657612096612638565b905060200201356120f9565b8886106120d35786856120b48161275a565b9650815181106120c6576120c6612638565b60200260200101516120f9565b8a866120de8161275a565b9750815181106120f0576120f0612638565b60200260200101515b905061210582826121d9565b87848151811061211757612117612638565b60209081029190910101525050600101611feb565b50841561219657808b1461216c576040517f3514049200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b83600186038151811061218157612181612638565b602002602001015196505050505050506121d0565b85156121ae57875f8151811061218157612181612638565b8b8b5f8181106121c0576121c0612638565b9050602002013596505050505050505b95945050505050565b5f8183106121f3575f828152602084905260409020611ddf565b5f838152602083905260409020611ddf565b5f60208284031215612215575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611ddf575f5ffd5b5f60208284031215612254575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff8116811461227e575f5ffd5b919050565b5f5f60408385031215612294575f5ffd5b823591506122a46020840161225b565b90509250929050565b5f5f83601f8401126122bd575f5ffd5b50813567ffffffffffffffff8111156122d4575f5ffd5b6020830191508360208260051b85010111156122ee575f5ffd5b9250929050565b5f5f5f5f60608587031215612308575f5ffd5b6123118561225b565b935060208501359250604085013567ffffffffffffffff811115612333575f5ffd5b61233f878288016122ad565b95989497509550505050565b803567ffffffffffffffff8116811461227e575f5ffd5b5f60208284031215612372575f5ffd5b611ddf8261234b565b5f5f5f5f5f60a0868803121561238f575f5ffd5b6123988661234b565b9450602086013593506123ad6040870161234b565b92506123bb6060870161234b565b949793965091946080013592915050565b5f5f5f5f5f5f5f5f6080898b0312156123e3575f5ffd5b883567ffffffffffffffff8111156123f9575f5ffd5b6124058b828c016122ad565b909950975050602089013567ffffffffffffffff811115612424575f5ffd5b6124308b828c016122ad565b909750955050604089013567ffffffffffffffff81111561244f575f5ffd5b61245b8b828c016122ad565b909550935050606089013567ffffffffffffffff81111561247a575f5ffd5b6124868b828c016122ad565b999c989b5096995094979396929594505050565b5f5f83601f8401126124aa575f5ffd5b50813567ffffffffffffffff8111156124c1575f5ffd5b6020830191508360208285010111156122ee575f5ffd5b5f5f5f5f5f608086880312156124ec575f5ffd5b6124f58661234b565b94506020860135935060408601359250606086013567ffffffffffffffff81111561251e575f5ffd5b61252a8882890161249a565b969995985093965092949392505050565b5f6020828403121561254b575f5ffd5b611ddf8261225b565b5f5f5f60408486031215612566575f5ffd5b61256f8461234b565b9250602084013567ffffffffffffffff81111561258a575f5ffd5b6125968682870161249a565b9497909650939450505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115610628576106286125a3565b6fffffffffffffffffffffffffffffffff8181168382160190811115610628576106286125a3565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b80820180821115610628576106286125a3565b67ffffffffffffffff8181168382160190811115610628576106286125a3565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b85815284602082015267ffffffffffffffff84166040820152608060608201525f61270e608083018486612698565b979650505050505050565b6fffffffffffffffffffffffffffffffff8281168282160390811115610628576106286125a3565b838152604060208201525f6121d0604083018486612698565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361278a5761278a6125a3565b5060010190565b5f602082840312156127a1575f5ffd5b81358015158114611ddf575f5ffdfea2646970667358221220dde10d667fa3bb8a98cc5e1429ea42f7e250770365745b18825d86fac593d25664736f6c634300081c0033";
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

    public partial class AcceptRootFunction : AcceptRootFunctionBase { }

    [Function("acceptRoot")]
    public class AcceptRootFunctionBase : FunctionMessage
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

    public partial class DistributorNothingToAcceptError : DistributorNothingToAcceptErrorBase { }
    [Error("DistributorNothingToAccept")]
    public class DistributorNothingToAcceptErrorBase : IErrorDTO
    {
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
