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

namespace GovernanceRewards.Chain.Bindings.Treasury.ContractDefinition
{


    public partial class TreasuryDeployment : TreasuryDeploymentBase
    {
        public TreasuryDeployment() : base(BYTECODE) { }
        public TreasuryDeployment(string byteCode) : base(byteCode) { }
    }

    public class TreasuryDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "608060405234801561000f575f5ffd5b5060405161226b38038061226b83398101604081905261002e916102fe565b8383838361003c5f30610183565b506001600160a01b03811615610058576100565f82610183565b505b5f5b83518110156100ec576100ac7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc18583815181106100995761009961037d565b602002602001015161018360201b60201c565b506100e37ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f7838583815181106100995761009961037d565b5060010161005a565b505f5b82518110156101375761012e7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e638483815181106100995761009961037d565b506001016100ef565b506002849055604080515f8152602081018690527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a15050505050505050610391565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610223575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101db3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610226565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b0381168114610256575f5ffd5b919050565b5f82601f83011261026a575f5ffd5b81516001600160401b038111156102835761028361022c565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102b1576102b161022c565b6040529182526020818501810192908101868411156102ce575f5ffd5b6020860192505b838310156102f4576102e683610240565b8152602092830192016102d5565b5095945050505050565b5f5f5f5f60808587031215610311575f5ffd5b845160208601519094506001600160401b0381111561032e575f5ffd5b61033a8782880161025b565b604087015190945090506001600160401b03811115610357575f5ffd5b6103638782880161025b565b92505061037260608601610240565b905092959194509250565b634e487b7160e01b5f52603260045260245ffd5b611ecd8061039e5f395ff3fe6080604052600436106101b2575f3560e01c80638065657f116100e7578063bc197c8111610087578063d547741f11610062578063d547741f146105c0578063e38335e5146105df578063f23a6e61146105f2578063f27a0c9214610636575f5ffd5b8063bc197c8114610532578063c4d252f514610576578063d45c443514610595575f5ffd5b806391d14854116100c257806391d148541461047e578063a217fddf146104cd578063b08e51c0146104e0578063b1c5f42714610513575f5ffd5b80638065657f1461040d5780638f2a0bb01461042c5780638f61f4f51461044b575f5ffd5b80632ab0f5291161015257806336568abe1161012d57806336568abe14610384578063584b153e146103a357806364d62353146103c25780637958004c146103e1575f5ffd5b80632ab0f529146103275780632f2ff15d1461034657806331d5075014610365575f5ffd5b8063134008d31161018d578063134008d31461025357806313bc9f2014610266578063150b7a0214610285578063248a9ca3146102f9575f5ffd5b806301d5062a146101bd57806301ffc9a7146101de57806307bd026514610212575f5ffd5b366101b957005b5f5ffd5b3480156101c8575f5ffd5b506101dc6101d73660046114fc565b61064a565b005b3480156101e9575f5ffd5b506101fd6101f836600461156b565b61071e565b60405190151581526020015b60405180910390f35b34801561021d575f5ffd5b506102457fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6381565b604051908152602001610209565b6101dc6102613660046115aa565b61072e565b348015610271575f5ffd5b506101fd610280366004611611565b610823565b348015610290575f5ffd5b506102c861029f36600461172e565b7f150b7a0200000000000000000000000000000000000000000000000000000000949350505050565b6040517fffffffff000000000000000000000000000000000000000000000000000000009091168152602001610209565b348015610304575f5ffd5b50610245610313366004611611565b5f9081526020819052604090206001015490565b348015610332575f5ffd5b506101fd610341366004611611565b610848565b348015610351575f5ffd5b506101dc610360366004611792565b610850565b348015610370575f5ffd5b506101fd61037f366004611611565b61087a565b34801561038f575f5ffd5b506101dc61039e366004611792565b61089e565b3480156103ae575f5ffd5b506101fd6103bd366004611611565b6108fc565b3480156103cd575f5ffd5b506101dc6103dc366004611611565b610941565b3480156103ec575f5ffd5b506104006103fb366004611611565b6109da565b60405161020991906117e9565b348015610418575f5ffd5b506102456104273660046115aa565b610a22565b348015610437575f5ffd5b506101dc610446366004611869565b610a60565b348015610456575f5ffd5b506102457fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b348015610489575f5ffd5b506101fd610498366004611792565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b3480156104d8575f5ffd5b506102455f81565b3480156104eb575f5ffd5b506102457ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78381565b34801561051e575f5ffd5b5061024561052d36600461191e565b610c02565b34801561053d575f5ffd5b506102c861054c366004611a4b565b7fbc197c810000000000000000000000000000000000000000000000000000000095945050505050565b348015610581575f5ffd5b506101dc610590366004611611565b610c46565b3480156105a0575f5ffd5b506102456105af366004611611565b5f9081526001602052604090205490565b3480156105cb575f5ffd5b506101dc6105da366004611792565b610d09565b6101dc6105ed36600461191e565b610d2d565b3480156105fd575f5ffd5b506102c861060c366004611afa565b7ff23a6e610000000000000000000000000000000000000000000000000000000095945050505050565b348015610641575f5ffd5b50600254610245565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161067481610f07565b5f610683898989898989610a22565b905061068f8184610f14565b5f817f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b8b8b8b8a6040516106ca96959493929190611b95565b60405180910390a3831561071357807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d03878560405161070a91815260200190565b60405180910390a25b505050505050505050565b5f61072882610fd7565b92915050565b5f80527fdae2aa361dfd1ca020a396615627d436107c35eff9fe7738a3512819782d70696020527f5ba6852781629bcdcd4bdaa6de76d786f1c64b16acdac474e55bebc0ea157951547fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e639060ff166107aa576107aa813361102c565b5f6107b9888888888888610a22565b90506107c581856110b5565b6107d18888888861111c565b5f817fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588a8a8a8a6040516108089493929190611bdf565b60405180910390a36108198161119d565b5050505050505050565b5f60025b610830836109da565b6003811115610841576108416117bc565b1492915050565b5f6003610827565b5f8281526020819052604090206001015461086a81610f07565b61087483836111c8565b50505050565b5f80610885836109da565b6003811115610896576108966117bc565b141592915050565b73ffffffffffffffffffffffffffffffffffffffff811633146108ed576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6108f782826112c1565b505050565b5f5f610907836109da565b9050600181600381111561091d5761091d6117bc565b148061093a57506002816003811115610938576109386117bc565b145b9392505050565b33308114610998576040517fe2850c5900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024015b60405180910390fd5b60025460408051918252602082018490527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150600255565b5f81815260016020526040812054805f036109f757505f92915050565b60018103610a085750600392915050565b42811115610a195750600192915050565b50600292915050565b5f868686868686604051602001610a3e96959493929190611b95565b6040516020818303038152906040528051906020012090509695505050505050565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1610a8a81610f07565b8887141580610a995750888514155b15610ae1576040517fffb03211000000000000000000000000000000000000000000000000000000008152600481018a9052602481018690526044810188905260640161098f565b5f610af28b8b8b8b8b8b8b8b610c02565b9050610afe8184610f14565b5f5b8a811015610bb35780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e85818110610b3d57610b3d611c14565b9050602002016020810190610b529190611c41565b8d8d86818110610b6457610b64611c14565b905060200201358c8c87818110610b7d57610b7d611c14565b9050602002810190610b8f9190611c5a565b8c8b604051610ba396959493929190611b95565b60405180910390a3600101610b00565b508315610bf557807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038785604051610bec91815260200190565b60405180910390a25b5050505050505050505050565b5f8888888888888888604051602001610c22989796959493929190611d8b565b60405160208183030381529060405280519060200120905098975050505050505050565b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783610c7081610f07565b610c79826108fc565b610cce5781610c88600261137a565b610c92600161137a565b6040517f5ead8eb5000000000000000000000000000000000000000000000000000000008152600481019390935217602482015260440161098f565b5f828152600160205260408082208290555183917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a25050565b5f82815260208190526040902060010154610d2381610f07565b61087483836112c1565b5f80527fdae2aa361dfd1ca020a396615627d436107c35eff9fe7738a3512819782d70696020527f5ba6852781629bcdcd4bdaa6de76d786f1c64b16acdac474e55bebc0ea157951547fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e639060ff16610da957610da9813361102c565b8786141580610db85750878414155b15610e00576040517fffb0321100000000000000000000000000000000000000000000000000000000815260048101899052602481018590526044810187905260640161098f565b5f610e118a8a8a8a8a8a8a8a610c02565b9050610e1d81856110b5565b5f5b89811015610ef1575f8b8b83818110610e3a57610e3a611c14565b9050602002016020810190610e4f9190611c41565b90505f8a8a84818110610e6457610e64611c14565b905060200201359050365f8a8a86818110610e8157610e81611c14565b9050602002810190610e939190611c5a565b91509150610ea38484848461111c565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b5886868686604051610eda9493929190611bdf565b60405180910390a350505050806001019050610e1f565b50610efb8161119d565b50505050505050505050565b610f11813361102c565b50565b610f1d8261087a565b15610f675781610f2c5f61137a565b6040517f5ead8eb50000000000000000000000000000000000000000000000000000000081526004810192909252602482015260440161098f565b5f610f7160025490565b905080821015610fb7576040517f54336609000000000000000000000000000000000000000000000000000000008152600481018390526024810182905260440161098f565b610fc18242611e50565b5f93845260016020526040909320929092555050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f4e2312e000000000000000000000000000000000000000000000000000000000148061072857506107288261139c565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff166110b1576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024810183905260440161098f565b5050565b6110be82610823565b6110cd5781610f2c600261137a565b80158015906110e257506110e081610848565b155b156110b1576040517f90a9a6180000000000000000000000000000000000000000000000000000000081526004810182905260240161098f565b5f5f8573ffffffffffffffffffffffffffffffffffffffff16858585604051611146929190611e88565b5f6040518083038185875af1925050503d805f8114611180576040519150601f19603f3d011682016040523d82523d5f602084013e611185565b606091505b50915091506111948282611432565b50505050505050565b6111a681610823565b6111b55780610f2c600261137a565b5f90815260016020819052604090912055565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff166112ba575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556112583390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610728565b505f610728565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16156112ba575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610728565b5f81600381111561138d5761138d6117bc565b600160ff919091161b92915050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061072857507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff00000000000000000000000000000000000000000000000000000000831614610728565b606082611447576114428261144e565b610728565b5080610728565b80511561145d57805160208201fd5b6040517fd6bda27500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b803573ffffffffffffffffffffffffffffffffffffffff811681146114b2575f5ffd5b919050565b5f5f83601f8401126114c7575f5ffd5b50813567ffffffffffffffff8111156114de575f5ffd5b6020830191508360208285010111156114f5575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215611512575f5ffd5b61151b8861148f565b965060208801359550604088013567ffffffffffffffff81111561153d575f5ffd5b6115498a828b016114b7565b989b979a50986060810135976080820135975060a09091013595509350505050565b5f6020828403121561157b575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461093a575f5ffd5b5f5f5f5f5f5f60a087890312156115bf575f5ffd5b6115c88761148f565b955060208701359450604087013567ffffffffffffffff8111156115ea575f5ffd5b6115f689828a016114b7565b979a9699509760608101359660809091013595509350505050565b5f60208284031215611621575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810167ffffffffffffffff8111828210171561169c5761169c611628565b604052919050565b5f82601f8301126116b3575f5ffd5b813567ffffffffffffffff8111156116cd576116cd611628565b6116fe60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f84011601611655565b818152846020838601011115611712575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f60808587031215611741575f5ffd5b61174a8561148f565b93506117586020860161148f565b925060408501359150606085013567ffffffffffffffff81111561177a575f5ffd5b611786878288016116a4565b91505092959194509250565b5f5f604083850312156117a3575f5ffd5b823591506117b36020840161148f565b90509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6020810160048310611822577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91905290565b5f5f83601f840112611838575f5ffd5b50813567ffffffffffffffff81111561184f575f5ffd5b6020830191508360208260051b85010111156114f5575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215611881575f5ffd5b893567ffffffffffffffff811115611897575f5ffd5b6118a38c828d01611828565b909a5098505060208a013567ffffffffffffffff8111156118c2575f5ffd5b6118ce8c828d01611828565b90985096505060408a013567ffffffffffffffff8111156118ed575f5ffd5b6118f98c828d01611828565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b5f5f5f5f5f5f5f5f60a0898b031215611935575f5ffd5b883567ffffffffffffffff81111561194b575f5ffd5b6119578b828c01611828565b909950975050602089013567ffffffffffffffff811115611976575f5ffd5b6119828b828c01611828565b909750955050604089013567ffffffffffffffff8111156119a1575f5ffd5b6119ad8b828c01611828565b999c989b509699959896976060870135966080013595509350505050565b5f82601f8301126119da575f5ffd5b813567ffffffffffffffff8111156119f4576119f4611628565b8060051b611a0460208201611655565b91825260208185018101929081019086841115611a1f575f5ffd5b6020860192505b83831015611a41578235825260209283019290910190611a26565b9695505050505050565b5f5f5f5f5f60a08688031215611a5f575f5ffd5b611a688661148f565b9450611a766020870161148f565b9350604086013567ffffffffffffffff811115611a91575f5ffd5b611a9d888289016119cb565b935050606086013567ffffffffffffffff811115611ab9575f5ffd5b611ac5888289016119cb565b925050608086013567ffffffffffffffff811115611ae1575f5ffd5b611aed888289016116a4565b9150509295509295909350565b5f5f5f5f5f60a08688031215611b0e575f5ffd5b611b178661148f565b9450611b256020870161148f565b93506040860135925060608601359150608086013567ffffffffffffffff811115611ae1575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b73ffffffffffffffffffffffffffffffffffffffff8716815285602082015260a060408201525f611bca60a083018688611b4e565b60608301949094525060800152949350505050565b73ffffffffffffffffffffffffffffffffffffffff85168152836020820152606060408201525f611a41606083018486611b4e565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f60208284031215611c51575f5ffd5b61093a8261148f565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112611c8d575f5ffd5b83018035915067ffffffffffffffff821115611ca7575f5ffd5b6020019150368190038213156114f5575f5ffd5b5f8383855260208501945060208460051b820101835f5b86811015611d7f577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe084840301885281357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1873603018112611d32575f5ffd5b860160208101903567ffffffffffffffff811115611d4e575f5ffd5b803603821315611d5c575f5ffd5b611d67858284611b4e565b60209a8b019a90955093909301925050600101611cd2565b50909695505050505050565b60a080825281018890525f8960c08301825b8b811015611dd85773ffffffffffffffffffffffffffffffffffffffff611dc38461148f565b16825260209283019290910190600101611d9d565b5083810360208501528881527f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff891115611e10575f5ffd5b8860051b9150818a60208301370182810360209081016040850152611e389082018789611cbb565b60608401959095525050608001529695505050505050565b80820180821115610728577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818382375f910190815291905056fea264697066735822122041ee9fb9f7e6b00f45469a5f8efb97d81e73571f8a262c19003106170beb4b0864736f6c634300081c0033";
        public TreasuryDeploymentBase() : base(BYTECODE) { }
        public TreasuryDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("uint256", "minDelay", 1)]
        public virtual BigInteger MinDelay { get; set; }
        [Parameter("address[]", "proposers", 2)]
        public virtual List<string> Proposers { get; set; }
        [Parameter("address[]", "executors", 3)]
        public virtual List<string> Executors { get; set; }
        [Parameter("address", "admin", 4)]
        public virtual string Admin { get; set; }
    }

    public partial class CancellerRoleFunction : CancellerRoleFunctionBase { }

    [Function("CANCELLER_ROLE", "bytes32")]
    public class CancellerRoleFunctionBase : FunctionMessage
    {

    }

    public partial class DefaultAdminRoleFunction : DefaultAdminRoleFunctionBase { }

    [Function("DEFAULT_ADMIN_ROLE", "bytes32")]
    public class DefaultAdminRoleFunctionBase : FunctionMessage
    {

    }

    public partial class ExecutorRoleFunction : ExecutorRoleFunctionBase { }

    [Function("EXECUTOR_ROLE", "bytes32")]
    public class ExecutorRoleFunctionBase : FunctionMessage
    {

    }

    public partial class ProposerRoleFunction : ProposerRoleFunctionBase { }

    [Function("PROPOSER_ROLE", "bytes32")]
    public class ProposerRoleFunctionBase : FunctionMessage
    {

    }

    public partial class CancelFunction : CancelFunctionBase { }

    [Function("cancel")]
    public class CancelFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "id", 1)]
        public virtual byte[] Id { get; set; }
    }

    public partial class ExecuteFunction : ExecuteFunctionBase { }

    [Function("execute")]
    public class ExecuteFunctionBase : FunctionMessage
    {
        [Parameter("address", "target", 1)]
        public virtual string Target { get; set; }
        [Parameter("uint256", "value", 2)]
        public virtual BigInteger Value { get; set; }
        [Parameter("bytes", "payload", 3)]
        public virtual byte[] Payload { get; set; }
        [Parameter("bytes32", "predecessor", 4)]
        public virtual byte[] Predecessor { get; set; }
        [Parameter("bytes32", "salt", 5)]
        public virtual byte[] Salt { get; set; }
    }

    public partial class ExecuteBatchFunction : ExecuteBatchFunctionBase { }

    [Function("executeBatch")]
    public class ExecuteBatchFunctionBase : FunctionMessage
    {
        [Parameter("address[]", "targets", 1)]
        public virtual List<string> Targets { get; set; }
        [Parameter("uint256[]", "values", 2)]
        public virtual List<BigInteger> Values { get; set; }
        [Parameter("bytes[]", "payloads", 3)]
        public virtual List<byte[]> Payloads { get; set; }
        [Parameter("bytes32", "predecessor", 4)]
        public virtual byte[] Predecessor { get; set; }
        [Parameter("bytes32", "salt", 5)]
        public virtual byte[] Salt { get; set; }
    }

    public partial class GetMinDelayFunction : GetMinDelayFunctionBase { }

    [Function("getMinDelay", "uint256")]
    public class GetMinDelayFunctionBase : FunctionMessage
    {

    }

    public partial class GetOperationStateFunction : GetOperationStateFunctionBase { }

    [Function("getOperationState", "uint8")]
    public class GetOperationStateFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "id", 1)]
        public virtual byte[] Id { get; set; }
    }

    public partial class GetRoleAdminFunction : GetRoleAdminFunctionBase { }

    [Function("getRoleAdmin", "bytes32")]
    public class GetRoleAdminFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
    }

    public partial class GetTimestampFunction : GetTimestampFunctionBase { }

    [Function("getTimestamp", "uint256")]
    public class GetTimestampFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "id", 1)]
        public virtual byte[] Id { get; set; }
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

    public partial class HashOperationFunction : HashOperationFunctionBase { }

    [Function("hashOperation", "bytes32")]
    public class HashOperationFunctionBase : FunctionMessage
    {
        [Parameter("address", "target", 1)]
        public virtual string Target { get; set; }
        [Parameter("uint256", "value", 2)]
        public virtual BigInteger Value { get; set; }
        [Parameter("bytes", "data", 3)]
        public virtual byte[] Data { get; set; }
        [Parameter("bytes32", "predecessor", 4)]
        public virtual byte[] Predecessor { get; set; }
        [Parameter("bytes32", "salt", 5)]
        public virtual byte[] Salt { get; set; }
    }

    public partial class HashOperationBatchFunction : HashOperationBatchFunctionBase { }

    [Function("hashOperationBatch", "bytes32")]
    public class HashOperationBatchFunctionBase : FunctionMessage
    {
        [Parameter("address[]", "targets", 1)]
        public virtual List<string> Targets { get; set; }
        [Parameter("uint256[]", "values", 2)]
        public virtual List<BigInteger> Values { get; set; }
        [Parameter("bytes[]", "payloads", 3)]
        public virtual List<byte[]> Payloads { get; set; }
        [Parameter("bytes32", "predecessor", 4)]
        public virtual byte[] Predecessor { get; set; }
        [Parameter("bytes32", "salt", 5)]
        public virtual byte[] Salt { get; set; }
    }

    public partial class IsOperationFunction : IsOperationFunctionBase { }

    [Function("isOperation", "bool")]
    public class IsOperationFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "id", 1)]
        public virtual byte[] Id { get; set; }
    }

    public partial class IsOperationDoneFunction : IsOperationDoneFunctionBase { }

    [Function("isOperationDone", "bool")]
    public class IsOperationDoneFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "id", 1)]
        public virtual byte[] Id { get; set; }
    }

    public partial class IsOperationPendingFunction : IsOperationPendingFunctionBase { }

    [Function("isOperationPending", "bool")]
    public class IsOperationPendingFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "id", 1)]
        public virtual byte[] Id { get; set; }
    }

    public partial class IsOperationReadyFunction : IsOperationReadyFunctionBase { }

    [Function("isOperationReady", "bool")]
    public class IsOperationReadyFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "id", 1)]
        public virtual byte[] Id { get; set; }
    }

    public partial class OnERC1155BatchReceivedFunction : OnERC1155BatchReceivedFunctionBase { }

    [Function("onERC1155BatchReceived", "bytes4")]
    public class OnERC1155BatchReceivedFunctionBase : FunctionMessage
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
        [Parameter("address", "", 2)]
        public virtual string ReturnValue2 { get; set; }
        [Parameter("uint256[]", "", 3)]
        public virtual List<BigInteger> ReturnValue3 { get; set; }
        [Parameter("uint256[]", "", 4)]
        public virtual List<BigInteger> ReturnValue4 { get; set; }
        [Parameter("bytes", "", 5)]
        public virtual byte[] ReturnValue5 { get; set; }
    }

    public partial class OnERC1155ReceivedFunction : OnERC1155ReceivedFunctionBase { }

    [Function("onERC1155Received", "bytes4")]
    public class OnERC1155ReceivedFunctionBase : FunctionMessage
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
        [Parameter("address", "", 2)]
        public virtual string ReturnValue2 { get; set; }
        [Parameter("uint256", "", 3)]
        public virtual BigInteger ReturnValue3 { get; set; }
        [Parameter("uint256", "", 4)]
        public virtual BigInteger ReturnValue4 { get; set; }
        [Parameter("bytes", "", 5)]
        public virtual byte[] ReturnValue5 { get; set; }
    }

    public partial class OnERC721ReceivedFunction : OnERC721ReceivedFunctionBase { }

    [Function("onERC721Received", "bytes4")]
    public class OnERC721ReceivedFunctionBase : FunctionMessage
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
        [Parameter("address", "", 2)]
        public virtual string ReturnValue2 { get; set; }
        [Parameter("uint256", "", 3)]
        public virtual BigInteger ReturnValue3 { get; set; }
        [Parameter("bytes", "", 4)]
        public virtual byte[] ReturnValue4 { get; set; }
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

    public partial class ScheduleFunction : ScheduleFunctionBase { }

    [Function("schedule")]
    public class ScheduleFunctionBase : FunctionMessage
    {
        [Parameter("address", "target", 1)]
        public virtual string Target { get; set; }
        [Parameter("uint256", "value", 2)]
        public virtual BigInteger Value { get; set; }
        [Parameter("bytes", "data", 3)]
        public virtual byte[] Data { get; set; }
        [Parameter("bytes32", "predecessor", 4)]
        public virtual byte[] Predecessor { get; set; }
        [Parameter("bytes32", "salt", 5)]
        public virtual byte[] Salt { get; set; }
        [Parameter("uint256", "delay", 6)]
        public virtual BigInteger Delay { get; set; }
    }

    public partial class ScheduleBatchFunction : ScheduleBatchFunctionBase { }

    [Function("scheduleBatch")]
    public class ScheduleBatchFunctionBase : FunctionMessage
    {
        [Parameter("address[]", "targets", 1)]
        public virtual List<string> Targets { get; set; }
        [Parameter("uint256[]", "values", 2)]
        public virtual List<BigInteger> Values { get; set; }
        [Parameter("bytes[]", "payloads", 3)]
        public virtual List<byte[]> Payloads { get; set; }
        [Parameter("bytes32", "predecessor", 4)]
        public virtual byte[] Predecessor { get; set; }
        [Parameter("bytes32", "salt", 5)]
        public virtual byte[] Salt { get; set; }
        [Parameter("uint256", "delay", 6)]
        public virtual BigInteger Delay { get; set; }
    }

    public partial class SupportsInterfaceFunction : SupportsInterfaceFunctionBase { }

    [Function("supportsInterface", "bool")]
    public class SupportsInterfaceFunctionBase : FunctionMessage
    {
        [Parameter("bytes4", "interfaceId", 1)]
        public virtual byte[] InterfaceId { get; set; }
    }

    public partial class UpdateDelayFunction : UpdateDelayFunctionBase { }

    [Function("updateDelay")]
    public class UpdateDelayFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "newDelay", 1)]
        public virtual BigInteger NewDelay { get; set; }
    }

    public partial class CallExecutedEventDTO : CallExecutedEventDTOBase { }

    [Event("CallExecuted")]
    public class CallExecutedEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "id", 1, true )]
        public virtual byte[] Id { get; set; }
        [Parameter("uint256", "index", 2, true )]
        public virtual BigInteger Index { get; set; }
        [Parameter("address", "target", 3, false )]
        public virtual string Target { get; set; }
        [Parameter("uint256", "value", 4, false )]
        public virtual BigInteger Value { get; set; }
        [Parameter("bytes", "data", 5, false )]
        public virtual byte[] Data { get; set; }
    }

    public partial class CallSaltEventDTO : CallSaltEventDTOBase { }

    [Event("CallSalt")]
    public class CallSaltEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "id", 1, true )]
        public virtual byte[] Id { get; set; }
        [Parameter("bytes32", "salt", 2, false )]
        public virtual byte[] Salt { get; set; }
    }

    public partial class CallScheduledEventDTO : CallScheduledEventDTOBase { }

    [Event("CallScheduled")]
    public class CallScheduledEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "id", 1, true )]
        public virtual byte[] Id { get; set; }
        [Parameter("uint256", "index", 2, true )]
        public virtual BigInteger Index { get; set; }
        [Parameter("address", "target", 3, false )]
        public virtual string Target { get; set; }
        [Parameter("uint256", "value", 4, false )]
        public virtual BigInteger Value { get; set; }
        [Parameter("bytes", "data", 5, false )]
        public virtual byte[] Data { get; set; }
        [Parameter("bytes32", "predecessor", 6, false )]
        public virtual byte[] Predecessor { get; set; }
        [Parameter("uint256", "delay", 7, false )]
        public virtual BigInteger Delay { get; set; }
    }

    public partial class CancelledEventDTO : CancelledEventDTOBase { }

    [Event("Cancelled")]
    public class CancelledEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "id", 1, true )]
        public virtual byte[] Id { get; set; }
    }

    public partial class MinDelayChangeEventDTO : MinDelayChangeEventDTOBase { }

    [Event("MinDelayChange")]
    public class MinDelayChangeEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "oldDuration", 1, false )]
        public virtual BigInteger OldDuration { get; set; }
        [Parameter("uint256", "newDuration", 2, false )]
        public virtual BigInteger NewDuration { get; set; }
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

    public partial class FailedCallError : FailedCallErrorBase { }
    [Error("FailedCall")]
    public class FailedCallErrorBase : IErrorDTO
    {
    }

    public partial class TimelockInsufficientDelayError : TimelockInsufficientDelayErrorBase { }

    [Error("TimelockInsufficientDelay")]
    public class TimelockInsufficientDelayErrorBase : IErrorDTO
    {
        [Parameter("uint256", "delay", 1)]
        public virtual BigInteger Delay { get; set; }
        [Parameter("uint256", "minDelay", 2)]
        public virtual BigInteger MinDelay { get; set; }
    }

    public partial class TimelockInvalidOperationLengthError : TimelockInvalidOperationLengthErrorBase { }

    [Error("TimelockInvalidOperationLength")]
    public class TimelockInvalidOperationLengthErrorBase : IErrorDTO
    {
        [Parameter("uint256", "targets", 1)]
        public virtual BigInteger Targets { get; set; }
        [Parameter("uint256", "payloads", 2)]
        public virtual BigInteger Payloads { get; set; }
        [Parameter("uint256", "values", 3)]
        public virtual BigInteger Values { get; set; }
    }

    public partial class TimelockUnauthorizedCallerError : TimelockUnauthorizedCallerErrorBase { }

    [Error("TimelockUnauthorizedCaller")]
    public class TimelockUnauthorizedCallerErrorBase : IErrorDTO
    {
        [Parameter("address", "caller", 1)]
        public virtual string Caller { get; set; }
    }

    public partial class TimelockUnexecutedPredecessorError : TimelockUnexecutedPredecessorErrorBase { }

    [Error("TimelockUnexecutedPredecessor")]
    public class TimelockUnexecutedPredecessorErrorBase : IErrorDTO
    {
        [Parameter("bytes32", "predecessorId", 1)]
        public virtual byte[] PredecessorId { get; set; }
    }

    public partial class TimelockUnexpectedOperationStateError : TimelockUnexpectedOperationStateErrorBase { }

    [Error("TimelockUnexpectedOperationState")]
    public class TimelockUnexpectedOperationStateErrorBase : IErrorDTO
    {
        [Parameter("bytes32", "operationId", 1)]
        public virtual byte[] OperationId { get; set; }
        [Parameter("bytes32", "expectedStates", 2)]
        public virtual byte[] ExpectedStates { get; set; }
    }

    public partial class CancellerRoleOutputDTO : CancellerRoleOutputDTOBase { }

    [FunctionOutput]
    public class CancellerRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class DefaultAdminRoleOutputDTO : DefaultAdminRoleOutputDTOBase { }

    [FunctionOutput]
    public class DefaultAdminRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class ExecutorRoleOutputDTO : ExecutorRoleOutputDTOBase { }

    [FunctionOutput]
    public class ExecutorRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class ProposerRoleOutputDTO : ProposerRoleOutputDTOBase { }

    [FunctionOutput]
    public class ProposerRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }







    public partial class GetMinDelayOutputDTO : GetMinDelayOutputDTOBase { }

    [FunctionOutput]
    public class GetMinDelayOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class GetOperationStateOutputDTO : GetOperationStateOutputDTOBase { }

    [FunctionOutput]
    public class GetOperationStateOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint8", "", 1)]
        public virtual byte ReturnValue1 { get; set; }
    }

    public partial class GetRoleAdminOutputDTO : GetRoleAdminOutputDTOBase { }

    [FunctionOutput]
    public class GetRoleAdminOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class GetTimestampOutputDTO : GetTimestampOutputDTOBase { }

    [FunctionOutput]
    public class GetTimestampOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }



    public partial class HasRoleOutputDTO : HasRoleOutputDTOBase { }

    [FunctionOutput]
    public class HasRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class HashOperationOutputDTO : HashOperationOutputDTOBase { }

    [FunctionOutput]
    public class HashOperationOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class HashOperationBatchOutputDTO : HashOperationBatchOutputDTOBase { }

    [FunctionOutput]
    public class HashOperationBatchOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class IsOperationOutputDTO : IsOperationOutputDTOBase { }

    [FunctionOutput]
    public class IsOperationOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class IsOperationDoneOutputDTO : IsOperationDoneOutputDTOBase { }

    [FunctionOutput]
    public class IsOperationDoneOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class IsOperationPendingOutputDTO : IsOperationPendingOutputDTOBase { }

    [FunctionOutput]
    public class IsOperationPendingOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class IsOperationReadyOutputDTO : IsOperationReadyOutputDTOBase { }

    [FunctionOutput]
    public class IsOperationReadyOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }















    public partial class SupportsInterfaceOutputDTO : SupportsInterfaceOutputDTOBase { }

    [FunctionOutput]
    public class SupportsInterfaceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }


}
