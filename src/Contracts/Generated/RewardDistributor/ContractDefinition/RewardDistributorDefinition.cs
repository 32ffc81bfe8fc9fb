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
        public static string BYTECODE = "60a060405234801561000f575f5ffd5b506040516127ce3803806127ce83398101604081905261002e91610181565b6001600160a01b038516608052600680546001600160401b0319166001600160401b0383161790556100605f856100c1565b5061008b7f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f846100c1565b506100b67f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041836100c1565b5050505050506101fd565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610161575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101193390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610164565b505f5b92915050565b6001600160a01b038116811461017e575f5ffd5b50565b5f5f5f5f5f60a08688031215610195575f5ffd5b85516101a08161016a565b60208701519095506101b18161016a565b60408701519094506101c28161016a565b60608701519093506101d38161016a565b60808701519092506001600160401b03811681146101ef575f5ffd5b809150509295509295909350565b6080516125a461022a5f395f81816105290152818161080201528181610c4c015261142e01526125a45ff3fe608060405234801561000f575f5ffd5b5060043610610184575f3560e01c80638a3af1ba116100dd578063c884ef8311610088578063f11135c211610063578063f11135c2146103e4578063fadb4768146103f7578063fc0c546a1461050f575f5ffd5b8063c884ef831461036e578063d0b45b20146103a3578063d547741f146103d1575f5ffd5b8063a217fddf116100b8578063a217fddf1461034c578063aa60e73314610353578063ad044f4914610366575f5ffd5b80638a3af1ba146102e357806391d14854146102f657806394261d6814610339575f5ffd5b806336568abe1161013d5780637445e85c116101185780637445e85c14610271578063750588cf14610298578063850c0e2b146102d0575f5ffd5b806336568abe146102385780633d13f8741461024b5780636a4335101461025e575f5ffd5b8063248a9ca31161016d578063248a9ca3146101cc57806324ea54f4146101fc5780632f2ff15d14610223575f5ffd5b806301ffc9a714610188578063117f5f92146101b0575b5f5ffd5b61019b610196366004612013565b610553565b60405190151581526020015b60405180910390f35b60065460405167ffffffffffffffff90911681526020016101a7565b6101ee6101da366004612052565b5f9081526020819052604090206001015490565b6040519081526020016101a7565b6101ee7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504181565b610236610231366004612091565b6105eb565b005b610236610246366004612091565b610615565b610236610259366004612103565b610673565b61023661026c366004612170565b610830565b6101ee7f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f81565b6102a06108be565b6040805167ffffffffffffffff9586168152602081019490945283019190915290911660608201526080016101a7565b6102366102de366004612189565b610976565b6101ee6102f13660046121da565b610c7c565b61019b610304366004612091565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6102366103473660046122e6565b610f26565b6101ee5f81565b610236610361366004612052565b61132d565b6005546101ee565b6101ee61037c366004612349565b73ffffffffffffffffffffffffffffffffffffffff165f9081526008602052604090205490565b6103ab611455565b6040805167ffffffffffffffff90941684526020840192909252908201526060016101a7565b6102366103df366004612091565b611523565b6102366103f2366004612362565b611547565b6104b2610405366004612170565b60408051608080820183525f8083526020808401829052838501829052606093840182905267ffffffffffffffff958616825260078152908490208451928301855280546fffffffffffffffffffffffffffffffff8116845270010000000000000000000000000000000081048716928401929092527801000000000000000000000000000000000000000000000000909104909416928101929092526001909201549181019190915290565b6040516101a791905f6080820190506fffffffffffffffffffffffffffffffff835116825267ffffffffffffffff602084015116602083015267ffffffffffffffff60408401511660408301526060830151606083015292915050565b60405173ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001681526020016101a7565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806105e557507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f82815260208190526040902060010154610605816116ac565b61060f83836116b9565b50505050565b73ffffffffffffffffffffffffffffffffffffffff81163314610664576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61066e82826117b2565b505050565b610696828261068061186b565b5f888152602088815260408220825290206118ec565b6106f0576040517f7864f98e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85166004820152602481018490526044015b60405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff84165f90815260086020526040902054808411610774576040517f5f1c307700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8616600482015260248101859052604481018290526064016106e7565b73ffffffffffffffffffffffffffffffffffffffff85165f8181526008602052604090208590557f987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a6107c683876123de565b60408051918252602082018890520160405180910390a2610829856107eb83876123de565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169190611903565b5050505050565b5f61083a816116ac565b6006546040805167ffffffffffffffff928316815291841660208301527f0740f7eb3ffe0bfef277818640132e3d350fc10860ac4020bcab93e1a44bc244910160405180910390a150600680547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff92909216919091179055565b60408051608081018252600354815260045467ffffffffffffffff80821660208401526801000000000000000082041692820183905270010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff1660608201525f9182918291829190421061094057505f9350839250829150819050610970565b60208101518151606083015160409093015191965094506fffffffffffffffffffffffffffffffff909116925090505b90919293565b5f610980816116ac565b8567ffffffffffffffff165f036109c3576040517fe696f2bf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b845f036109fc576040517f6a9c4fda00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8267ffffffffffffffff168467ffffffffffffffff1610610a5d576040517f5cc2910600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8086166004830152841660248201526044016106e7565b67ffffffffffffffff86165f908152600760205260409020546fffffffffffffffffffffffffffffffff1615610acb576040517f28f832c600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff871660048201526024016106e7565b6040518060800160405280610adf87611984565b6fffffffffffffffffffffffffffffffff908116825267ffffffffffffffff80881660208085019190915287821660408086019190915260609485018890528b83165f90815260078352818120875181549489015193890151861678010000000000000000000000000000000000000000000000000277ffffffffffffffffffffffffffffffffffffffffffffffff94909616700100000000000000000000000000000000027fffffffffffffffff0000000000000000000000000000000000000000000000009095169616959095179290921716919091178255929091015160019091015560058054879290610bd79084906123f1565b90915550506040805186815267ffffffffffffffff868116602083015285811682840152606082018590529151918816917f0e49036792aeafd66932e9d78fc057226267e6ba28d3e9b91cdd31840f886dac9181900360800190a2610c7473ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163330886119d9565b505050505050565b5f87801580610c8b5750808714155b15610ccc576040517ffec0b28f00000000000000000000000000000000000000000000000000000000815260048101829052602481018890526044016106e7565b5f8167ffffffffffffffff811115610ce657610ce6612404565b604051908082528060200260200182016040528015610d0f578160200160208202803683370190505b5090505f5b82811015610d9857610d738c8c83818110610d3157610d31612431565b9050602002016020810190610d469190612349565b8b8b84818110610d5857610d58612431565b905060200201355f9182526020908152604082208252902090565b828281518110610d8557610d85612431565b6020908102919091010152600101610d14565b50610dae87878787610da861186b565b86611a1f565b610de4576040517f81a207d400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b82811015610f17575f8c8c83818110610e0157610e01612431565b9050602002016020810190610e169190612349565b90505f8b8b84818110610e2b57610e2b612431565b73ffffffffffffffffffffffffffffffffffffffff85165f908152600860209081526040909120549102929092013592505080821115610f095773ffffffffffffffffffffffffffffffffffffffff83165f908152600860205260409020829055610e9681836123de565b610ea090886123f1565b965073ffffffffffffffffffffffffffffffffffffffff83167f987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a610ee483856123de565b60408051918252602082018690520160405180910390a2610f09836107eb83856123de565b505050806001019050610de6565b50505098975050505050505050565b7f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f610f50816116ac565b84610f87576040517fa67ab73300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b67ffffffffffffffff86165f908152600760205260408120546fffffffffffffffffffffffffffffffff169003610ff6576040517f8dbf03f900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff871660048201526024016106e7565b610ffe611a3a565b60025460019068010000000000000000900467ffffffffffffffff161580159061103a5750600181015467ffffffffffffffff90811690881611155b1561108b5760018101546040517f5b5fd5fe00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808a16600483015290911660248201526044016106e7565b60045468010000000000000000900467ffffffffffffffff16158015906110c2575060045467ffffffffffffffff90811690881611155b1561110c57600480546040517f0e5c4cad00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116918101919091526024016106e7565b600554851115611156576005546040517f8f0077e50000000000000000000000000000000000000000000000000000000081526106e7918791600401918252602082015260400190565b600181015470010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff168510156111ee5760018101546040517f6a7a78fa000000000000000000000000000000000000000000000000000000008152600481018790527001000000000000000000000000000000009091046fffffffffffffffffffffffffffffffff1660248201526044016106e7565b6006545f9067ffffffffffffffff1661120642611b93565b611210919061245e565b905060405180608001604052808881526020018967ffffffffffffffff1681526020018267ffffffffffffffff16815260200161124c88611984565b6fffffffffffffffffffffffffffffffff908116909152815160035560208201516004805460408086015160609096015185167001000000000000000000000000000000000267ffffffffffffffff96871668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909316948716949094179190911790931691909117905551908916907f93d816693cfa592ea42196ca5812aa31ebbbee148cb9d00d6c008e48afa554a69061131b908a908a9086908b908b906124c5565b60405180910390a25050505050505050565b5f611337816116ac565b6002546004545f91611376916fffffffffffffffffffffffffffffffff7001000000000000000000000000000000009283900481169290910416611be2565b60055461138391906123de565b9050808311156113c9576040517f783b91a300000000000000000000000000000000000000000000000000000000815260048101849052602481018290526044016106e7565b8260055f8282546113da91906123de565b909155505060405183815233907fc36b5179cb9c303b200074996eab2b3473eac370fdd7eba3bec636fe351096969060200160405180910390a261066e73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163385611903565b6004545f9081908190819068010000000000000000900467ffffffffffffffff161580159061149d5750600454426801000000000000000090910467ffffffffffffffff1611155b6114a85760016114ab565b60035b60408051608081018252825480825260019093015467ffffffffffffffff808216602084018190526801000000000000000083049091169383019390935270010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff16606090910181905290969195509350915050565b5f8281526020819052604090206001015461153d816116ac565b61060f83836117b2565b7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041611571816116ac565b60408051608081018252600354815260045467ffffffffffffffff80821660208401526801000000000000000082041692820183905270010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff1660608201529015806115ed575042816040015167ffffffffffffffff1611155b8061161057508467ffffffffffffffff16816020015167ffffffffffffffff1614155b15611653576040517ff13308bd00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff861660048201526024016106e7565b5f6003819055600455805160405167ffffffffffffffff8716917f3461d1fe10753104c9aaa2c891789b605a328f00ec382896f6df2310d443e4339161169d9190889088906124ff565b60405180910390a25050505050565b6116b68133611bf4565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff166117ab575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556117493390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016105e5565b505f6105e5565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16156117ab575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016105e5565b6004545f9068010000000000000000900467ffffffffffffffff16801580159061189f5750428167ffffffffffffffff1611155b6118ab576001546118af565b6003545b9150816118e8576040517f2a806b6800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5090565b5f826118f9868685611c7d565b1495945050505050565b60405173ffffffffffffffffffffffffffffffffffffffff83811660248301526044820183905261066e91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050611cbe565b5f6fffffffffffffffffffffffffffffffff8211156118e8576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260806004820152602481018390526044016106e7565b60405173ffffffffffffffffffffffffffffffffffffffff848116602483015283811660448301526064820183905261060f9186918216906323b872dd9060840161193d565b5f82611a2e8888888887611d5d565b14979650505050505050565b60408051608081018252600354815260045467ffffffffffffffff80821660208401526801000000000000000082041692820183905270010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff166060820152901580611ab5575042816040015167ffffffffffffffff16115b15611abd5750565b805160018190556020808301516002805460408087015160608801516fffffffffffffffffffffffffffffffff908116700100000000000000000000000000000000810267ffffffffffffffff93841668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909616939097169283179490941716949094179092555f6003819055600455815194855292840192909252917f89fda67bb7c635090672dded455c78d23db45eb5af3e122884c878aa1b0207c2910160405180910390a250565b5f67ffffffffffffffff8211156118e857604080517f6dfcc6500000000000000000000000000000000000000000000000000000000081526004810191909152602481018390526044016106e7565b5f8282188284110282185b9392505050565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16611c79576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602481018390526044016106e7565b5050565b5f81815b84811015611cb557611cab82878784818110611c9f57611c9f612431565b90506020020135611fe7565b9150600101611c81565b50949350505050565b5f5f60205f8451602086015f885af180611cdd576040513d5f823e3d81fd5b50505f513d91508115611cf4578060011415611d0e565b73ffffffffffffffffffffffffffffffffffffffff84163b155b1561060f576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff851660048201526024016106e7565b80515f9083611d6d8160016123f1565b611d7788846123f1565b14611dae576040517f3514049200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8167ffffffffffffffff811115611dc857611dc8612404565b604051908082528060200260200182016040528015611df1578160200160208202803683370190505b5090505f8080805b85811015611f3a575f878510611e33578584611e1481612518565b955081518110611e2657611e26612431565b6020026020010151611e59565b8985611e3e81612518565b965081518110611e5057611e50612431565b60200260200101515b90505f8c8c84818110611e6e57611e6e612431565b9050602002016020810190611e83919061254f565b611eb0578e8e85611e9381612518565b9650818110611ea457611ea4612431565b90506020020135611f07565b888610611ee1578685611ec281612518565b965081518110611ed457611ed4612431565b6020026020010151611f07565b8a86611eec81612518565b975081518110611efe57611efe612431565b60200260200101515b9050611f138282611fe7565b878481518110611f2557611f25612431565b60209081029190910101525050600101611df9565b508415611fa457808b14611f7a576040517f3514049200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b836001860381518110611f8f57611f8f612431565b60200260200101519650505050505050611fde565b8515611fbc57875f81518110611f8f57611f8f612431565b8b8b5f818110611fce57611fce612431565b9050602002013596505050505050505b95945050505050565b5f818310612001575f828152602084905260409020611bed565b5f838152602083905260409020611bed565b5f60208284031215612023575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611bed575f5ffd5b5f60208284031215612062575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff8116811461208c575f5ffd5b919050565b5f5f604083850312156120a2575f5ffd5b823591506120b260208401612069565b90509250929050565b5f5f83601f8401126120cb575f5ffd5b50813567ffffffffffffffff8111156120e2575f5ffd5b6020830191508360208260051b85010111156120fc575f5ffd5b9250929050565b5f5f5f5f60608587031215612116575f5ffd5b61211f85612069565b935060208501359250604085013567ffffffffffffffff811115612141575f5ffd5b61214d878288016120bb565b95989497509550505050565b803567ffffffffffffffff8116811461208c575f5ffd5b5f60208284031215612180575f5ffd5b611bed82612159565b5f5f5f5f5f60a0868803121561219d575f5ffd5b6121a686612159565b9450602086013593506121bb60408701612159565b92506121c960608701612159565b949793965091946080013592915050565b5f5f5f5f5f5f5f5f6080898b0312156121f1575f5ffd5b883567ffffffffffffffff811115612207575f5ffd5b6122138b828c016120bb565b909950975050602089013567ffffffffffffffff811115612232575f5ffd5b61223e8b828c016120bb565b909750955050604089013567ffffffffffffffff81111561225d575f5ffd5b6122698b828c016120bb565b909550935050606089013567ffffffffffffffff811115612288575f5ffd5b6122948b828c016120bb565b999c989b5096995094979396929594505050565b5f5f83601f8401126122b8575f5ffd5b50813567ffffffffffffffff8111156122cf575f5ffd5b6020830191508360208285010111156120fc575f5ffd5b5f5f5f5f5f608086880312156122fa575f5ffd5b61230386612159565b94506020860135935060408601359250606086013567ffffffffffffffff81111561232c575f5ffd5b612338888289016122a8565b969995985093965092949392505050565b5f60208284031215612359575f5ffd5b611bed82612069565b5f5f5f60408486031215612374575f5ffd5b61237d84612159565b9250602084013567ffffffffffffffff811115612398575f5ffd5b6123a4868287016122a8565b9497909650939450505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818103818111156105e5576105e56123b1565b808201808211156105e5576105e56123b1565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b67ffffffffffffffff81811683821601908111156105e5576105e56123b1565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b85815284602082015267ffffffffffffffff84166040820152608060608201525f6124f460808301848661247e565b979650505050505050565b838152604060208201525f611fde60408301848661247e565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203612548576125486123b1565b5060010190565b5f6020828403121561255f575f5ffd5b81358015158114611bed575f5ffdfea26469706673582212206a60a03fb4165ac5ea859fc866663dad8b24114e9d2e30f469319f39e140097664736f6c634300081c0033";
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
