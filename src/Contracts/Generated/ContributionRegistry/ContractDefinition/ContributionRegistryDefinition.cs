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

namespace GovernanceRewards.Contracts.ContributionRegistry.ContractDefinition
{


    public partial class ContributionRegistryDeployment : ContributionRegistryDeploymentBase
    {
        public ContributionRegistryDeployment() : base(BYTECODE) { }
        public ContributionRegistryDeployment(string byteCode) : base(byteCode) { }
    }

    public class ContributionRegistryDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "608060405234801561000f575f5ffd5b50604051610f34380380610f3483398101604081905261002e91610176565b6100385f8361009e565b505f5b81518110156100965761008d7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa983838151811061007a5761007a610254565b602002602001015161009e60201b60201c565b5060010161003b565b505050610268565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661013e575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100f63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610141565b505f5b92915050565b80516001600160a01b038116811461015d575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215610187575f5ffd5b61019083610147565b60208401519092506001600160401b038111156101ab575f5ffd5b8301601f810185136101bb575f5ffd5b80516001600160401b038111156101d4576101d4610162565b604051600582901b90603f8201601f191681016001600160401b038111828210171561020257610202610162565b60405291825260208184018101929081018884111561021f575f5ffd5b6020850194505b838510156102455761023785610147565b815260209485019401610226565b50809450505050509250929050565b634e487b7160e01b5f52603260045260245ffd5b610cbf806102755f395ff3fe608060405234801561000f575f5ffd5b50600436106100da575f3560e01c806339ff6bac11610088578063950bff9f11610063578063950bff9f146101f6578063a217fddf146101ff578063c3d31db714610206578063d547741f14610219575f5ffd5b806339ff6bac146101985780635b18056b146101ab57806391d14854146101b3575f5ffd5b80632f81bb58116100b85780632f81bb581461014b57806333cc51f91461017257806336568abe14610185575f5ffd5b806301ffc9a7146100de578063248a9ca3146101065780632f2ff15d14610136575b5f5ffd5b6100f16100ec366004610a19565b61022c565b60405190151581526020015b60405180910390f35b610128610114366004610a5f565b5f9081526020819052604090206001015490565b6040519081526020016100fd565b610149610144366004610a9e565b6102c4565b005b6101287fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa981565b610128610180366004610ac8565b6102ee565b610149610193366004610a9e565b610562565b6101286101a6366004610b47565b6105c0565b600154610128565b6100f16101c1366004610a9e565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6101286103e881565b6101285f81565b610128610214366004610b60565b6105fc565b610149610227366004610a9e565b610703565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806102be57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f828152602081905260409020600101546102de81610727565b6102e88383610734565b50505050565b5f7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa961031981610727565b8280158061032857506103e881115b1561036f576040517fa7ed0dbd000000000000000000000000000000000000000000000000000000008152600481018290526103e860248201526044015b60405180910390fd5b600154925061037c6109fb565b5f5b828110156104ac573687878381811061039957610399610b9f565b6080029190910191506103bf90506103b46020830183610bcc565b82604001358461082d565b6040810180359084906103d59060208501610b47565b60048111156103e6576103e6610be5565b60ff16600581106103f9576103f9610b9f565b6020020181815161040a9190610c3f565b90525061041d6040820160208301610b47565b600481111561042e5761042e610be5565b61043b6020830183610bcc565b73ffffffffffffffffffffffffffffffffffffffff1661045b8489610c3f565b60408051818601358152606080870135602083015233928201929092527f17a34df0fe7fadbb3956da4ac7e0bce7f2bd0807bfc5db275f076655023e3bb1910160405180910390a45060010161037e565b506104b78285610c3f565b6001555f5b6005811015610558578181600581106104d7576104d7610b9f565b602002015115610550578181600581106104f3576104f3610b9f565b602002015160025f83600481111561050d5761050d610be5565b600481111561051e5761051e610be5565b600481111561052f5761052f610be5565b81526020019081526020015f205f82825461054a9190610c3f565b90915550505b6001016104bc565b5050505092915050565b73ffffffffffffffffffffffffffffffffffffffff811633146105b1576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6105bb82826108b9565b505050565b5f60025f8360048111156105d6576105d6610be5565b60048111156105e7576105e7610be5565b81526020019081526020015f20549050919050565b5f7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa961062781610727565b61063286855f61082d565b60018054905f61064183610c52565b9190505591508360025f87600481111561065d5761065d610be5565b600481111561066e5761066e610be5565b81526020019081526020015f205f8282546106899190610c3f565b9091555085905060048111156106a1576106a1610be5565b60408051868152602081018690523381830152905173ffffffffffffffffffffffffffffffffffffffff89169185917f17a34df0fe7fadbb3956da4ac7e0bce7f2bd0807bfc5db275f076655023e3bb19181900360600190a450949350505050565b5f8281526020819052604090206001015461071d81610727565b6102e883836108b9565b6107318133610972565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16610826575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556107c43390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102be565b505f6102be565b73ffffffffffffffffffffffffffffffffffffffff831661087d576040517f3326451f00000000000000000000000000000000000000000000000000000000815260048101829052602401610366565b815f036105bb576040517fcb5be26c00000000000000000000000000000000000000000000000000000000815260048101829052602401610366565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615610826575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016102be565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff166109f7576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260248101839052604401610366565b5050565b6040518060a001604052806005906020820280368337509192915050565b5f60208284031215610a29575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610a58575f5ffd5b9392505050565b5f60208284031215610a6f575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610a99575f5ffd5b919050565b5f5f60408385031215610aaf575f5ffd5b82359150610abf60208401610a76565b90509250929050565b5f5f60208385031215610ad9575f5ffd5b823567ffffffffffffffff811115610aef575f5ffd5b8301601f81018513610aff575f5ffd5b803567ffffffffffffffff811115610b15575f5ffd5b8560208260071b8401011115610b29575f5ffd5b6020919091019590945092505050565b803560058110610a99575f5ffd5b5f60208284031215610b57575f5ffd5b610a5882610b39565b5f5f5f5f60808587031215610b73575f5ffd5b610b7c85610a76565b9350610b8a60208601610b39565b93969395505050506040820135916060013590565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f60208284031215610bdc575f5ffd5b610a5882610a76565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156102be576102be610c12565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203610c8257610c82610c12565b506001019056fea2646970667358221220992d7e1ad8fe196767bcec000b8232e3eb54755795ff3a8718f288c3b7e0957a64736f6c634300081c0033";
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
