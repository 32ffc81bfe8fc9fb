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
        public static string BYTECODE = "608060405234801561000f575f5ffd5b50604051610fc0380380610fc083398101604081905261002e91610176565b6100385f8361009e565b505f5b81518110156100965761008d7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa983838151811061007a5761007a610254565b602002602001015161009e60201b60201c565b5060010161003b565b505050610268565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661013e575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100f63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610141565b505f5b92915050565b80516001600160a01b038116811461015d575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215610187575f5ffd5b61019083610147565b60208401519092506001600160401b038111156101ab575f5ffd5b8301601f810185136101bb575f5ffd5b80516001600160401b038111156101d4576101d4610162565b604051600582901b90603f8201601f191681016001600160401b038111828210171561020257610202610162565b60405291825260208184018101929081018884111561021f575f5ffd5b6020850194505b838510156102455761023785610147565b815260209485019401610226565b50809450505050509250929050565b634e487b7160e01b5f52603260045260245ffd5b610d4b806102755f395ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c806339ff6bac11610088578063950bff9f11610063578063950bff9f14610218578063a217fddf14610221578063c3d31db714610228578063d547741f1461023b575f5ffd5b806339ff6bac146101ba5780635b18056b146101cd57806391d14854146101d5575f5ffd5b80632f2ff15d116100c35780632f2ff15d146101585780632f81bb581461016d57806333cc51f91461019457806336568abe146101a7575f5ffd5b806301ffc9a7146100e95780632163837f14610111578063248a9ca314610136575b5f5ffd5b6100fc6100f7366004610aa5565b61024e565b60405190151581526020015b60405180910390f35b6101286fffffffffffffffffffffffffffffffff81565b604051908152602001610108565b610128610144366004610aeb565b5f9081526020819052604090206001015490565b61016b610166366004610b2a565b6102e6565b005b6101287fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa981565b6101286101a2366004610b54565b610310565b61016b6101b5366004610b2a565b610584565b6101286101c8366004610bd3565b6105e2565b600154610128565b6100fc6101e3366004610b2a565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6101286103e881565b6101285f81565b610128610236366004610bec565b61061e565b61016b610249366004610b2a565b610725565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806102e057507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f8281526020819052604090206001015461030081610749565b61030a8383610756565b50505050565b5f7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa961033b81610749565b8280158061034a57506103e881115b15610391576040517fa7ed0dbd000000000000000000000000000000000000000000000000000000008152600481018290526103e860248201526044015b60405180910390fd5b600154925061039e610a87565b5f5b828110156104ce57368787838181106103bb576103bb610c2b565b6080029190910191506103e190506103d66020830183610c58565b82604001358461084f565b6040810180359084906103f79060208501610bd3565b600481111561040857610408610c71565b60ff166005811061041b5761041b610c2b565b6020020181815161042c9190610ccb565b90525061043f6040820160208301610bd3565b600481111561045057610450610c71565b61045d6020830183610c58565b73ffffffffffffffffffffffffffffffffffffffff1661047d8489610ccb565b60408051818601358152606080870135602083015233928201929092527f17a34df0fe7fadbb3956da4ac7e0bce7f2bd0807bfc5db275f076655023e3bb1910160405180910390a4506001016103a0565b506104d98285610ccb565b6001555f5b600581101561057a578181600581106104f9576104f9610c2b565b6020020151156105725781816005811061051557610515610c2b565b602002015160025f83600481111561052f5761052f610c71565b600481111561054057610540610c71565b600481111561055157610551610c71565b81526020019081526020015f205f82825461056c9190610ccb565b90915550505b6001016104de565b5050505092915050565b73ffffffffffffffffffffffffffffffffffffffff811633146105d3576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6105dd8282610945565b505050565b5f60025f8360048111156105f8576105f8610c71565b600481111561060957610609610c71565b81526020019081526020015f20549050919050565b5f7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa961064981610749565b61065486855f61084f565b60018054905f61066383610cde565b9190505591508360025f87600481111561067f5761067f610c71565b600481111561069057610690610c71565b81526020019081526020015f205f8282546106ab9190610ccb565b9091555085905060048111156106c3576106c3610c71565b60408051868152602081018690523381830152905173ffffffffffffffffffffffffffffffffffffffff89169185917f17a34df0fe7fadbb3956da4ac7e0bce7f2bd0807bfc5db275f076655023e3bb19181900360600190a450949350505050565b5f8281526020819052604090206001015461073f81610749565b61030a8383610945565b61075381336109fe565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16610848575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556107e63390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102e0565b505f6102e0565b73ffffffffffffffffffffffffffffffffffffffff831661089f576040517f3326451f00000000000000000000000000000000000000000000000000000000815260048101829052602401610388565b815f036108db576040517fcb5be26c00000000000000000000000000000000000000000000000000000000815260048101829052602401610388565b6fffffffffffffffffffffffffffffffff8211156105dd576040517fd6c8bdb300000000000000000000000000000000000000000000000000000000815260048101829052602481018390526fffffffffffffffffffffffffffffffff6044820152606401610388565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615610848575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016102e0565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610a83576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260248101839052604401610388565b5050565b6040518060a001604052806005906020820280368337509192915050565b5f60208284031215610ab5575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610ae4575f5ffd5b9392505050565b5f60208284031215610afb575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610b25575f5ffd5b919050565b5f5f60408385031215610b3b575f5ffd5b82359150610b4b60208401610b02565b90509250929050565b5f5f60208385031215610b65575f5ffd5b823567ffffffffffffffff811115610b7b575f5ffd5b8301601f81018513610b8b575f5ffd5b803567ffffffffffffffff811115610ba1575f5ffd5b8560208260071b8401011115610bb5575f5ffd5b6020919091019590945092505050565b803560058110610b25575f5ffd5b5f60208284031215610be3575f5ffd5b610ae482610bc5565b5f5f5f5f60808587031215610bff575f5ffd5b610c0885610b02565b9350610c1660208601610bc5565b93969395505050506040820135916060013590565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f60208284031215610c68575f5ffd5b610ae482610b02565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156102e0576102e0610c9e565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203610d0e57610d0e610c9e565b506001019056fea264697066735822122065c366a26795b97b5ab794ebb96251fab0fad4b7ee6ccc9b3ba351df7cf2935d64736f6c634300081c0033";
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
        [Parameter("bytes32", "evidenceHash", 4)]
        public virtual byte[] EvidenceHash { get; set; }
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
        [Parameter("bytes32", "evidenceHash", 5, false )]
        public virtual byte[] EvidenceHash { get; set; }
        [Parameter("address", "attester", 6, false )]
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
