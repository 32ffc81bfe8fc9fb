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

namespace GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition
{


    public partial class ContributionRegistryDeployment : ContributionRegistryDeploymentBase
    {
        public ContributionRegistryDeployment() : base(BYTECODE) { }
        public ContributionRegistryDeployment(string byteCode) : base(byteCode) { }
    }

    public class ContributionRegistryDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "608060405234801561000f575f5ffd5b506040516110f63803806110f683398101604081905261002e91610176565b6100385f8361009e565b505f5b81518110156100965761008d7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa983838151811061007a5761007a610254565b602002602001015161009e60201b60201c565b5060010161003b565b505050610268565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661013e575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100f63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610141565b505f5b92915050565b80516001600160a01b038116811461015d575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215610187575f5ffd5b61019083610147565b60208401519092506001600160401b038111156101ab575f5ffd5b8301601f810185136101bb575f5ffd5b80516001600160401b038111156101d4576101d4610162565b604051600582901b90603f8201601f191681016001600160401b038111828210171561020257610202610162565b60405291825260208184018101929081018884111561021f575f5ffd5b6020850194505b838510156102455761023785610147565b815260209485019401610226565b50809450505050509250929050565b634e487b7160e01b5f52603260045260245ffd5b610e81806102755f395ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c806336568abe1161009357806391d148541161006357806391d1485414610227578063950bff9f1461026a578063a217fddf14610273578063d547741f1461027a575f5ffd5b806336568abe146101f157806339ff6bac146102045780635b18056b146102175780636382a3fb1461021f575f5ffd5b806325cc919b116100ce57806325cc919b146101815780632f2ff15d146101945780632f81bb58146101a9578063322bcb7f146101d0575f5ffd5b806301ffc9a7146100ff5780630c498734146101275780632163837f14610148578063248a9ca31461015f575b5f5ffd5b61011261010d366004610b97565b61028d565b60405190151581526020015b60405180910390f35b61013a610135366004610bdd565b610325565b60405190815260200161011e565b61013a6fffffffffffffffffffffffffffffffff81565b61013a61016d366004610c4e565b5f9081526020819052604090206001015490565b61013a61018f366004610cb2565b6105ca565b6101a76101a2366004610d05565b6106e3565b005b61013a7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa981565b6101d8607081565b60405167ffffffffffffffff909116815260200161011e565b6101a76101ff366004610d05565b61070d565b61013a610212366004610d2f565b61076b565b60015461013a565b6101d8605581565b610112610235366004610d05565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b61013a6103e881565b61013a5f81565b6101a7610288366004610d05565b6107a7565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061031f57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa9610350816107cb565b8280158061035f57506103e881115b156103a6576040517fa7ed0dbd000000000000000000000000000000000000000000000000000000008152600481018290526103e860248201526044015b60405180910390fd5b60015492506103b3610b79565b5f5b8281101561051457368787838181106103d0576103d0610d48565b60a00291909101915061040690506103eb6020830183610d75565b604083013561040060a0850160808601610d8e565b856107d8565b60408101803590849061041c9060208501610d2f565b600481111561042d5761042d610da7565b60ff166005811061044057610440610d48565b602002018181516104519190610e01565b9052506104646040820160208301610d2f565b600481111561047557610475610da7565b6104826020830183610d75565b73ffffffffffffffffffffffffffffffffffffffff166104a28489610e01565b7f7fe2a61f8f031c6a5842268ecf06ef86d7b6cb57a7375f442b88a9012d6ddff4604085013560608601356104dd60a0880160808901610d8e565b60408051938452602084019290925267ffffffffffffffff169082015233606082015260800160405180910390a4506001016103b5565b5061051f8285610e01565b6001555f5b60058110156105c05781816005811061053f5761053f610d48565b6020020151156105b85781816005811061055b5761055b610d48565b602002015160025f83600481111561057557610575610da7565b600481111561058657610586610da7565b600481111561059757610597610da7565b81526020019081526020015f205f8282546105b29190610e01565b90915550505b600101610524565b5050505092915050565b5f7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa96105f5816107cb565b6106018786855f6107d8565b60018054905f61061083610e14565b9190505591508460025f88600481111561062c5761062c610da7565b600481111561063d5761063d610da7565b81526020019081526020015f205f8282546106589190610e01565b90915550869050600481111561067057610670610da7565b604080518781526020810187905267ffffffffffffffff861681830152336060820152905173ffffffffffffffffffffffffffffffffffffffff8a169185917f7fe2a61f8f031c6a5842268ecf06ef86d7b6cb57a7375f442b88a9012d6ddff49181900360800190a45095945050505050565b5f828152602081905260409020600101546106fd816107cb565b610707838361093e565b50505050565b73ffffffffffffffffffffffffffffffffffffffff8116331461075c576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6107668282610a37565b505050565b5f60025f83600481111561078157610781610da7565b600481111561079257610792610da7565b81526020019081526020015f20549050919050565b5f828152602081905260409020600101546107c1816107cb565b6107078383610a37565b6107d58133610af0565b50565b73ffffffffffffffffffffffffffffffffffffffff8416610828576040517f3326451f0000000000000000000000000000000000000000000000000000000081526004810182905260240161039d565b825f03610864576040517fcb5be26c0000000000000000000000000000000000000000000000000000000081526004810182905260240161039d565b6fffffffffffffffffffffffffffffffff8311156108ce576040517fd6c8bdb300000000000000000000000000000000000000000000000000000000815260048101829052602481018490526fffffffffffffffffffffffffffffffff604482015260640161039d565b67ffffffffffffffff82166055148015906108f4575067ffffffffffffffff8216607014155b15610707576040517f810943000000000000000000000000000000000000000000000000000000000081526004810182905267ffffffffffffffff8316602482015260440161039d565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16610a30575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556109ce3390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161031f565b505f61031f565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615610a30575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161031f565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610b75576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024810183905260440161039d565b5050565b6040518060a001604052806005906020820280368337509192915050565b5f60208284031215610ba7575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610bd6575f5ffd5b9392505050565b5f5f60208385031215610bee575f5ffd5b823567ffffffffffffffff811115610c04575f5ffd5b8301601f81018513610c14575f5ffd5b803567ffffffffffffffff811115610c2a575f5ffd5b85602060a083028401011115610c3e575f5ffd5b6020919091019590945092505050565b5f60208284031215610c5e575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610c88575f5ffd5b919050565b803560058110610c88575f5ffd5b803567ffffffffffffffff81168114610c88575f5ffd5b5f5f5f5f5f60a08688031215610cc6575f5ffd5b610ccf86610c65565b9450610cdd60208701610c8d565b93506040860135925060608601359150610cf960808701610c9b565b90509295509295909350565b5f5f60408385031215610d16575f5ffd5b82359150610d2660208401610c65565b90509250929050565b5f60208284031215610d3f575f5ffd5b610bd682610c8d565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f60208284031215610d85575f5ffd5b610bd682610c65565b5f60208284031215610d9e575f5ffd5b610bd682610c9b565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561031f5761031f610dd4565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203610e4457610e44610dd4565b506001019056fea2646970667358221220f007b6a29d6fcf21cbe5ad2cf14d664d3d40890f785f99da2e55dcd613cd159d64736f6c634300081c0033";
        public ContributionRegistryDeploymentBase() : base(BYTECODE) { }
        public ContributionRegistryDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "treasury", 1)]
        public virtual string Treasury { get; set; }
        [Parameter("address[]", "attesters", 2)]
        public virtual List<string> Attesters { get; set; }
    }

    public partial class AttesterRoleFunction : AttesterRoleFunctionBase { }

    [Function("ATTESTER_ROLE", "bytes32")]
    public class AttesterRoleFunctionBase : FunctionMessage
    {

    }

    public partial class DagPbCodecFunction : DagPbCodecFunctionBase { }

    [Function("DAG_PB_CODEC", "uint64")]
    public class DagPbCodecFunctionBase : FunctionMessage
    {

    }

    public partial class DefaultAdminRoleFunction : DefaultAdminRoleFunctionBase { }

    [Function("DEFAULT_ADMIN_ROLE", "bytes32")]
    public class DefaultAdminRoleFunctionBase : FunctionMessage
    {

    }

    public partial class MaxBatchFunction : MaxBatchFunctionBase { }

    [Function("MAX_BATCH", "uint256")]
    public class MaxBatchFunctionBase : FunctionMessage
    {

    }

    public partial class MaxUnitsFunction : MaxUnitsFunctionBase { }

    [Function("MAX_UNITS", "uint256")]
    public class MaxUnitsFunctionBase : FunctionMessage
    {

    }

    public partial class RawCodecFunction : RawCodecFunctionBase { }

    [Function("RAW_CODEC", "uint64")]
    public class RawCodecFunctionBase : FunctionMessage
    {

    }

    public partial class ContributionCountFunction : ContributionCountFunctionBase { }

    [Function("contributionCount", "uint256")]
    public class ContributionCountFunctionBase : FunctionMessage
    {

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

    public partial class RecordFunction : RecordFunctionBase { }

    [Function("record", "uint256")]
    public class RecordFunctionBase : FunctionMessage
    {
        [Parameter("address", "contributor", 1)]
        public virtual string Contributor { get; set; }
        [Parameter("uint8", "kind", 2)]
        public virtual byte Kind { get; set; }
        [Parameter("uint256", "units", 3)]
        public virtual BigInteger Units { get; set; }
        [Parameter("bytes32", "evidenceDigest", 4)]
        public virtual byte[] EvidenceDigest { get; set; }
        [Parameter("uint64", "evidenceCodec", 5)]
        public virtual ulong EvidenceCodec { get; set; }
    }

    public partial class RecordBatchFunction : RecordBatchFunctionBase { }

    [Function("recordBatch", "uint256")]
    public class RecordBatchFunctionBase : FunctionMessage
    {
        [Parameter("tuple[]", "contributions", 1)]
        public virtual List<Contribution> Contributions { get; set; }
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

    public partial class SupportsInterfaceFunction : SupportsInterfaceFunctionBase { }

    [Function("supportsInterface", "bool")]
    public class SupportsInterfaceFunctionBase : FunctionMessage
    {
        [Parameter("bytes4", "interfaceId", 1)]
        public virtual byte[] InterfaceId { get; set; }
    }

    public partial class TotalUnitsFunction : TotalUnitsFunctionBase { }

    [Function("totalUnits", "uint256")]
    public class TotalUnitsFunctionBase : FunctionMessage
    {
        [Parameter("uint8", "kind", 1)]
        public virtual byte Kind { get; set; }
    }

    public partial class ContributionRecordedEventDTO : ContributionRecordedEventDTOBase { }

    [Event("ContributionRecorded")]
    public class ContributionRecordedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "id", 1, true )]
        public virtual BigInteger Id { get; set; }
        [Parameter("address", "contributor", 2, true )]
        public virtual string Contributor { get; set; }
        [Parameter("uint8", "kind", 3, true )]
        public virtual byte Kind { get; set; }
        [Parameter("uint256", "units", 4, false )]
        public virtual BigInteger Units { get; set; }
        [Parameter("bytes32", "evidenceDigest", 5, false )]
        public virtual byte[] EvidenceDigest { get; set; }
        [Parameter("uint64", "evidenceCodec", 6, false )]
        public virtual ulong EvidenceCodec { get; set; }
        [Parameter("address", "attester", 7, false )]
        public virtual string Attester { get; set; }
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

    public partial class RegistryInvalidBatchSizeError : RegistryInvalidBatchSizeErrorBase { }

    [Error("RegistryInvalidBatchSize")]
    public class RegistryInvalidBatchSizeErrorBase : IErrorDTO
    {
        [Parameter("uint256", "size", 1)]
        public virtual BigInteger Size { get; set; }
        [Parameter("uint256", "max", 2)]
        public virtual BigInteger Max { get; set; }
    }

    public partial class RegistryUnitsTooLargeError : RegistryUnitsTooLargeErrorBase { }

    [Error("RegistryUnitsTooLarge")]
    public class RegistryUnitsTooLargeErrorBase : IErrorDTO
    {
        [Parameter("uint256", "index", 1)]
        public virtual BigInteger Index { get; set; }
        [Parameter("uint256", "units", 2)]
        public virtual BigInteger Units { get; set; }
        [Parameter("uint256", "max", 3)]
        public virtual BigInteger Max { get; set; }
    }

    public partial class RegistryUnsupportedEvidenceCodecError : RegistryUnsupportedEvidenceCodecErrorBase { }

    [Error("RegistryUnsupportedEvidenceCodec")]
    public class RegistryUnsupportedEvidenceCodecErrorBase : IErrorDTO
    {
        [Parameter("uint256", "index", 1)]
        public virtual BigInteger Index { get; set; }
        [Parameter("uint64", "codec", 2)]
        public virtual ulong Codec { get; set; }
    }

    public partial class RegistryZeroContributorError : RegistryZeroContributorErrorBase { }

    [Error("RegistryZeroContributor")]
    public class RegistryZeroContributorErrorBase : IErrorDTO
    {
        [Parameter("uint256", "index", 1)]
        public virtual BigInteger Index { get; set; }
    }

    public partial class RegistryZeroUnitsError : RegistryZeroUnitsErrorBase { }

    [Error("RegistryZeroUnits")]
    public class RegistryZeroUnitsErrorBase : IErrorDTO
    {
        [Parameter("uint256", "index", 1)]
        public virtual BigInteger Index { get; set; }
    }

    public partial class AttesterRoleOutputDTO : AttesterRoleOutputDTOBase { }

    [FunctionOutput]
    public class AttesterRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class DagPbCodecOutputDTO : DagPbCodecOutputDTOBase { }

    [FunctionOutput]
    public class DagPbCodecOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }

    public partial class DefaultAdminRoleOutputDTO : DefaultAdminRoleOutputDTOBase { }

    [FunctionOutput]
    public class DefaultAdminRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class MaxBatchOutputDTO : MaxBatchOutputDTOBase { }

    [FunctionOutput]
    public class MaxBatchOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxUnitsOutputDTO : MaxUnitsOutputDTOBase { }

    [FunctionOutput]
    public class MaxUnitsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class RawCodecOutputDTO : RawCodecOutputDTOBase { }

    [FunctionOutput]
    public class RawCodecOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }

    public partial class ContributionCountOutputDTO : ContributionCountOutputDTOBase { }

    [FunctionOutput]
    public class ContributionCountOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
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









    public partial class SupportsInterfaceOutputDTO : SupportsInterfaceOutputDTOBase { }

    [FunctionOutput]
    public class SupportsInterfaceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class TotalUnitsOutputDTO : TotalUnitsOutputDTOBase { }

    [FunctionOutput]
    public class TotalUnitsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }
}
