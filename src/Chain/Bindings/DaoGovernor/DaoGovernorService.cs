using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Web3;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Contracts.CQS;
using Nethereum.Contracts.ContractHandlers;
using Nethereum.Contracts;
using System.Threading;
using GovernanceRewards.Chain.Bindings.DaoGovernor.ContractDefinition;

namespace GovernanceRewards.Chain.Bindings.DaoGovernor
{
    public partial class DaoGovernorService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, DaoGovernorDeployment daoGovernorDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<DaoGovernorDeployment>().SendRequestAndWaitForReceiptAsync(daoGovernorDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, DaoGovernorDeployment daoGovernorDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<DaoGovernorDeployment>().SendRequestAsync(daoGovernorDeployment);
        }

        public static async Task<DaoGovernorService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, DaoGovernorDeployment daoGovernorDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, daoGovernorDeployment, cancellationTokenSource);
            return new DaoGovernorService(web3, receipt.ContractAddress);
        }

        public DaoGovernorService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<byte[]> BallotTypehashQueryAsync(BallotTypehashFunction ballotTypehashFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BallotTypehashFunction, byte[]>(ballotTypehashFunction, blockParameter);
        }

        
        public Task<byte[]> BallotTypehashQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BallotTypehashFunction, byte[]>(null, blockParameter);
        }

        public Task<string> ClockModeQueryAsync(ClockModeFunction clockModeFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ClockModeFunction, string>(clockModeFunction, blockParameter);
        }

        
        public Task<string> ClockModeQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ClockModeFunction, string>(null, blockParameter);
        }

        public Task<string> CountingModeQueryAsync(CountingModeFunction countingModeFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CountingModeFunction, string>(countingModeFunction, blockParameter);
        }

        
        public Task<string> CountingModeQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CountingModeFunction, string>(null, blockParameter);
        }

        public Task<byte[]> ExtendedBallotTypehashQueryAsync(ExtendedBallotTypehashFunction extendedBallotTypehashFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ExtendedBallotTypehashFunction, byte[]>(extendedBallotTypehashFunction, blockParameter);
        }

        
        public Task<byte[]> ExtendedBallotTypehashQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ExtendedBallotTypehashFunction, byte[]>(null, blockParameter);
        }

        public Task<string> CancelRequestAsync(CancelFunction cancelFunction)
        {
             return ContractHandler.SendRequestAsync(cancelFunction);
        }

        public Task<TransactionReceipt> CancelRequestAndWaitForReceiptAsync(CancelFunction cancelFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(cancelFunction, cancellationToken);
        }

        public Task<string> CancelRequestAsync(List<string> targets, List<BigInteger> values, List<byte[]> calldatas, byte[] descriptionHash)
        {
            var cancelFunction = new CancelFunction();
                cancelFunction.Targets = targets;
                cancelFunction.Values = values;
                cancelFunction.Calldatas = calldatas;
                cancelFunction.DescriptionHash = descriptionHash;
            
             return ContractHandler.SendRequestAsync(cancelFunction);
        }

        public Task<TransactionReceipt> CancelRequestAndWaitForReceiptAsync(List<string> targets, List<BigInteger> values, List<byte[]> calldatas, byte[] descriptionHash, CancellationTokenSource cancellationToken = null)
        {
            var cancelFunction = new CancelFunction();
                cancelFunction.Targets = targets;
                cancelFunction.Values = values;
                cancelFunction.Calldatas = calldatas;
                cancelFunction.DescriptionHash = descriptionHash;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(cancelFunction, cancellationToken);
        }

        public Task<string> CastVoteRequestAsync(CastVoteFunction castVoteFunction)
        {
             return ContractHandler.SendRequestAsync(castVoteFunction);
        }

        public Task<TransactionReceipt> CastVoteRequestAndWaitForReceiptAsync(CastVoteFunction castVoteFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(castVoteFunction, cancellationToken);
        }

        public Task<string> CastVoteRequestAsync(BigInteger proposalId, byte support)
        {
            var castVoteFunction = new CastVoteFunction();
                castVoteFunction.ProposalId = proposalId;
                castVoteFunction.Support = support;
            
             return ContractHandler.SendRequestAsync(castVoteFunction);
        }

        public Task<TransactionReceipt> CastVoteRequestAndWaitForReceiptAsync(BigInteger proposalId, byte support, CancellationTokenSource cancellationToken = null)
        {
            var castVoteFunction = new CastVoteFunction();
                castVoteFunction.ProposalId = proposalId;
                castVoteFunction.Support = support;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(castVoteFunction, cancellationToken);
        }

        public Task<string> CastVoteBySigRequestAsync(CastVoteBySigFunction castVoteBySigFunction)
        {
             return ContractHandler.SendRequestAsync(castVoteBySigFunction);
        }

        public Task<TransactionReceipt> CastVoteBySigRequestAndWaitForReceiptAsync(CastVoteBySigFunction castVoteBySigFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(castVoteBySigFunction, cancellationToken);
        }

        public Task<string> CastVoteBySigRequestAsync(BigInteger proposalId, byte support, string voter, byte[] signature)
        {
            var castVoteBySigFunction = new CastVoteBySigFunction();
                castVoteBySigFunction.ProposalId = proposalId;
                castVoteBySigFunction.Support = support;
                castVoteBySigFunction.Voter = voter;
                castVoteBySigFunction.Signature = signature;
            
             return ContractHandler.SendRequestAsync(castVoteBySigFunction);
        }

        public Task<TransactionReceipt> CastVoteBySigRequestAndWaitForReceiptAsync(BigInteger proposalId, byte support, string voter, byte[] signature, CancellationTokenSource cancellationToken = null)
        {
            var castVoteBySigFunction = new CastVoteBySigFunction();
                castVoteBySigFunction.ProposalId = proposalId;
                castVoteBySigFunction.Support = support;
                castVoteBySigFunction.Voter = voter;
                castVoteBySigFunction.Signature = signature;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(castVoteBySigFunction, cancellationToken);
        }

        public Task<string> CastVoteWithReasonRequestAsync(CastVoteWithReasonFunction castVoteWithReasonFunction)
        {
             return ContractHandler.SendRequestAsync(castVoteWithReasonFunction);
        }

        public Task<TransactionReceipt> CastVoteWithReasonRequestAndWaitForReceiptAsync(CastVoteWithReasonFunction castVoteWithReasonFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(castVoteWithReasonFunction, cancellationToken);
        }

        public Task<string> CastVoteWithReasonRequestAsync(BigInteger proposalId, byte support, string reason)
        {
            var castVoteWithReasonFunction = new CastVoteWithReasonFunction();
                castVoteWithReasonFunction.ProposalId = proposalId;
                castVoteWithReasonFunction.Support = support;
                castVoteWithReasonFunction.Reason = reason;
            
             return ContractHandler.SendRequestAsync(castVoteWithReasonFunction);
        }

        public Task<TransactionReceipt> CastVoteWithReasonRequestAndWaitForReceiptAsync(BigInteger proposalId, byte support, string reason, CancellationTokenSource cancellationToken = null)
        {
            var castVoteWithReasonFunction = new CastVoteWithReasonFunction();
                castVoteWithReasonFunction.ProposalId = proposalId;
                castVoteWithReasonFunction.Support = support;
                castVoteWithReasonFunction.Reason = reason;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(castVoteWithReasonFunction, cancellationToken);
        }

        public Task<string> CastVoteWithReasonAndParamsRequestAsync(CastVoteWithReasonAndParamsFunction castVoteWithReasonAndParamsFunction)
        {
             return ContractHandler.SendRequestAsync(castVoteWithReasonAndParamsFunction);
        }

        public Task<TransactionReceipt> CastVoteWithReasonAndParamsRequestAndWaitForReceiptAsync(CastVoteWithReasonAndParamsFunction castVoteWithReasonAndParamsFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(castVoteWithReasonAndParamsFunction, cancellationToken);
        }

        public Task<string> CastVoteWithReasonAndParamsRequestAsync(BigInteger proposalId, byte support, string reason, byte[] @params)
        {
            var castVoteWithReasonAndParamsFunction = new CastVoteWithReasonAndParamsFunction();
                castVoteWithReasonAndParamsFunction.ProposalId = proposalId;
                castVoteWithReasonAndParamsFunction.Support = support;
                castVoteWithReasonAndParamsFunction.Reason = reason;
                castVoteWithReasonAndParamsFunction.Params = @params;
            
             return ContractHandler.SendRequestAsync(castVoteWithReasonAndParamsFunction);
        }

        public Task<TransactionReceipt> CastVoteWithReasonAndParamsRequestAndWaitForReceiptAsync(BigInteger proposalId, byte support, string reason, byte[] @params, CancellationTokenSource cancellationToken = null)
        {
            var castVoteWithReasonAndParamsFunction = new CastVoteWithReasonAndParamsFunction();
                castVoteWithReasonAndParamsFunction.ProposalId = proposalId;
                castVoteWithReasonAndParamsFunction.Support = support;
                castVoteWithReasonAndParamsFunction.Reason = reason;
                castVoteWithReasonAndParamsFunction.Params = @params;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(castVoteWithReasonAndParamsFunction, cancellationToken);
        }

        public Task<string> CastVoteWithReasonAndParamsBySigRequestAsync(CastVoteWithReasonAndParamsBySigFunction castVoteWithReasonAndParamsBySigFunction)
        {
             return ContractHandler.SendRequestAsync(castVoteWithReasonAndParamsBySigFunction);
        }

        public Task<TransactionReceipt> CastVoteWithReasonAndParamsBySigRequestAndWaitForReceiptAsync(CastVoteWithReasonAndParamsBySigFunction castVoteWithReasonAndParamsBySigFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(castVoteWithReasonAndParamsBySigFunction, cancellationToken);
        }

        public Task<string> CastVoteWithReasonAndParamsBySigRequestAsync(BigInteger proposalId, byte support, string voter, string reason, byte[] @params, byte[] signature)
        {
            var castVoteWithReasonAndParamsBySigFunction = new CastVoteWithReasonAndParamsBySigFunction();
                castVoteWithReasonAndParamsBySigFunction.ProposalId = proposalId;
                castVoteWithReasonAndParamsBySigFunction.Support = support;
                castVoteWithReasonAndParamsBySigFunction.Voter = voter;
                castVoteWithReasonAndParamsBySigFunction.Reason = reason;
                castVoteWithReasonAndParamsBySigFunction.Params = @params;
                castVoteWithReasonAndParamsBySigFunction.Signature = signature;
            
             return ContractHandler.SendRequestAsync(castVoteWithReasonAndParamsBySigFunction);
        }

        public Task<TransactionReceipt> CastVoteWithReasonAndParamsBySigRequestAndWaitForReceiptAsync(BigInteger proposalId, byte support, string voter, string reason, byte[] @params, byte[] signature, CancellationTokenSource cancellationToken = null)
        {
            var castVoteWithReasonAndParamsBySigFunction = new CastVoteWithReasonAndParamsBySigFunction();
                castVoteWithReasonAndParamsBySigFunction.ProposalId = proposalId;
                castVoteWithReasonAndParamsBySigFunction.Support = support;
                castVoteWithReasonAndParamsBySigFunction.Voter = voter;
                castVoteWithReasonAndParamsBySigFunction.Reason = reason;
                castVoteWithReasonAndParamsBySigFunction.Params = @params;
                castVoteWithReasonAndParamsBySigFunction.Signature = signature;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(castVoteWithReasonAndParamsBySigFunction, cancellationToken);
        }

        public Task<ulong> ClockQueryAsync(ClockFunction clockFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ClockFunction, ulong>(clockFunction, blockParameter);
        }

        
        public Task<ulong> ClockQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ClockFunction, ulong>(null, blockParameter);
        }

        public Task<Eip712DomainOutputDTO> Eip712DomainQueryAsync(Eip712DomainFunction eip712DomainFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<Eip712DomainFunction, Eip712DomainOutputDTO>(eip712DomainFunction, blockParameter);
        }

        public Task<Eip712DomainOutputDTO> Eip712DomainQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<Eip712DomainFunction, Eip712DomainOutputDTO>(null, blockParameter);
        }

        public Task<string> ExecuteRequestAsync(ExecuteFunction executeFunction)
        {
             return ContractHandler.SendRequestAsync(executeFunction);
        }

        public Task<TransactionReceipt> ExecuteRequestAndWaitForReceiptAsync(ExecuteFunction executeFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(executeFunction, cancellationToken);
        }

        public Task<string> ExecuteRequestAsync(List<string> targets, List<BigInteger> values, List<byte[]> calldatas, byte[] descriptionHash)
        {
            var executeFunction = new ExecuteFunction();
                executeFunction.Targets = targets;
                executeFunction.Values = values;
                executeFunction.Calldatas = calldatas;
                executeFunction.DescriptionHash = descriptionHash;
            
             return ContractHandler.SendRequestAsync(executeFunction);
        }

        public Task<TransactionReceipt> ExecuteRequestAndWaitForReceiptAsync(List<string> targets, List<BigInteger> values, List<byte[]> calldatas, byte[] descriptionHash, CancellationTokenSource cancellationToken = null)
        {
            var executeFunction = new ExecuteFunction();
                executeFunction.Targets = targets;
                executeFunction.Values = values;
                executeFunction.Calldatas = calldatas;
                executeFunction.DescriptionHash = descriptionHash;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(executeFunction, cancellationToken);
        }

        public Task<BigInteger> GetProposalIdQueryAsync(GetProposalIdFunction getProposalIdFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GetProposalIdFunction, BigInteger>(getProposalIdFunction, blockParameter);
        }

        
        public Task<BigInteger> GetProposalIdQueryAsync(List<string> targets, List<BigInteger> values, List<byte[]> calldatas, byte[] descriptionHash, BlockParameter blockParameter = null)
        {
            var getProposalIdFunction = new GetProposalIdFunction();
                getProposalIdFunction.Targets = targets;
                getProposalIdFunction.Values = values;
                getProposalIdFunction.Calldatas = calldatas;
                getProposalIdFunction.DescriptionHash = descriptionHash;
            
            return ContractHandler.QueryAsync<GetProposalIdFunction, BigInteger>(getProposalIdFunction, blockParameter);
        }

        public Task<BigInteger> GetVotesQueryAsync(GetVotesFunction getVotesFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GetVotesFunction, BigInteger>(getVotesFunction, blockParameter);
        }

        
        public Task<BigInteger> GetVotesQueryAsync(string account, BigInteger timepoint, BlockParameter blockParameter = null)
        {
            var getVotesFunction = new GetVotesFunction();
                getVotesFunction.Account = account;
                getVotesFunction.Timepoint = timepoint;
            
            return ContractHandler.QueryAsync<GetVotesFunction, BigInteger>(getVotesFunction, blockParameter);
        }

        public Task<BigInteger> GetVotesWithParamsQueryAsync(GetVotesWithParamsFunction getVotesWithParamsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GetVotesWithParamsFunction, BigInteger>(getVotesWithParamsFunction, blockParameter);
        }

        
        public Task<BigInteger> GetVotesWithParamsQueryAsync(string account, BigInteger timepoint, byte[] @params, BlockParameter blockParameter = null)
        {
            var getVotesWithParamsFunction = new GetVotesWithParamsFunction();
                getVotesWithParamsFunction.Account = account;
                getVotesWithParamsFunction.Timepoint = timepoint;
                getVotesWithParamsFunction.Params = @params;
            
            return ContractHandler.QueryAsync<GetVotesWithParamsFunction, BigInteger>(getVotesWithParamsFunction, blockParameter);
        }

        public Task<bool> HasVotedQueryAsync(HasVotedFunction hasVotedFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<HasVotedFunction, bool>(hasVotedFunction, blockParameter);
        }

        
        public Task<bool> HasVotedQueryAsync(BigInteger proposalId, string account, BlockParameter blockParameter = null)
        {
            var hasVotedFunction = new HasVotedFunction();
                hasVotedFunction.ProposalId = proposalId;
                hasVotedFunction.Account = account;
            
            return ContractHandler.QueryAsync<HasVotedFunction, bool>(hasVotedFunction, blockParameter);
        }

        public Task<BigInteger> HashProposalQueryAsync(HashProposalFunction hashProposalFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<HashProposalFunction, BigInteger>(hashProposalFunction, blockParameter);
        }

        
        public Task<BigInteger> HashProposalQueryAsync(List<string> targets, List<BigInteger> values, List<byte[]> calldatas, byte[] descriptionHash, BlockParameter blockParameter = null)
        {
            var hashProposalFunction = new HashProposalFunction();
                hashProposalFunction.Targets = targets;
                hashProposalFunction.Values = values;
                hashProposalFunction.Calldatas = calldatas;
                hashProposalFunction.DescriptionHash = descriptionHash;
            
            return ContractHandler.QueryAsync<HashProposalFunction, BigInteger>(hashProposalFunction, blockParameter);
        }

        public Task<ulong> LateQuorumVoteExtensionQueryAsync(LateQuorumVoteExtensionFunction lateQuorumVoteExtensionFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LateQuorumVoteExtensionFunction, ulong>(lateQuorumVoteExtensionFunction, blockParameter);
        }

        
        public Task<ulong> LateQuorumVoteExtensionQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LateQuorumVoteExtensionFunction, ulong>(null, blockParameter);
        }

        public Task<BigInteger> LatestProposalIdQueryAsync(LatestProposalIdFunction latestProposalIdFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LatestProposalIdFunction, BigInteger>(latestProposalIdFunction, blockParameter);
        }

        
        public Task<BigInteger> LatestProposalIdQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LatestProposalIdFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> NameQueryAsync(NameFunction nameFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<NameFunction, string>(nameFunction, blockParameter);
        }

        
        public Task<string> NameQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<NameFunction, string>(null, blockParameter);
        }

        public Task<BigInteger> NoncesQueryAsync(NoncesFunction noncesFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<NoncesFunction, BigInteger>(noncesFunction, blockParameter);
        }

        
        public Task<BigInteger> NoncesQueryAsync(string owner, BlockParameter blockParameter = null)
        {
            var noncesFunction = new NoncesFunction();
                noncesFunction.Owner = owner;
            
            return ContractHandler.QueryAsync<NoncesFunction, BigInteger>(noncesFunction, blockParameter);
        }

        public Task<BigInteger> NoncesQueryAsync(Nonces1Function nonces1Function, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<Nonces1Function, BigInteger>(nonces1Function, blockParameter);
        }

        
        public Task<BigInteger> NoncesQueryAsync(string owner, BigInteger key, BlockParameter blockParameter = null)
        {
            var nonces1Function = new Nonces1Function();
                nonces1Function.Owner = owner;
                nonces1Function.Key = key;
            
            return ContractHandler.QueryAsync<Nonces1Function, BigInteger>(nonces1Function, blockParameter);
        }

        public Task<string> OnERC1155BatchReceivedRequestAsync(OnERC1155BatchReceivedFunction onERC1155BatchReceivedFunction)
        {
             return ContractHandler.SendRequestAsync(onERC1155BatchReceivedFunction);
        }

        public Task<TransactionReceipt> OnERC1155BatchReceivedRequestAndWaitForReceiptAsync(OnERC1155BatchReceivedFunction onERC1155BatchReceivedFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(onERC1155BatchReceivedFunction, cancellationToken);
        }

        public Task<string> OnERC1155BatchReceivedRequestAsync(string returnValue1, string returnValue2, List<BigInteger> returnValue3, List<BigInteger> returnValue4, byte[] returnValue5)
        {
            var onERC1155BatchReceivedFunction = new OnERC1155BatchReceivedFunction();
                onERC1155BatchReceivedFunction.ReturnValue1 = returnValue1;
                onERC1155BatchReceivedFunction.ReturnValue2 = returnValue2;
                onERC1155BatchReceivedFunction.ReturnValue3 = returnValue3;
                onERC1155BatchReceivedFunction.ReturnValue4 = returnValue4;
                onERC1155BatchReceivedFunction.ReturnValue5 = returnValue5;
            
             return ContractHandler.SendRequestAsync(onERC1155BatchReceivedFunction);
        }

        public Task<TransactionReceipt> OnERC1155BatchReceivedRequestAndWaitForReceiptAsync(string returnValue1, string returnValue2, List<BigInteger> returnValue3, List<BigInteger> returnValue4, byte[] returnValue5, CancellationTokenSource cancellationToken = null)
        {
            var onERC1155BatchReceivedFunction = new OnERC1155BatchReceivedFunction();
                onERC1155BatchReceivedFunction.ReturnValue1 = returnValue1;
                onERC1155BatchReceivedFunction.ReturnValue2 = returnValue2;
                onERC1155BatchReceivedFunction.ReturnValue3 = returnValue3;
                onERC1155BatchReceivedFunction.ReturnValue4 = returnValue4;
                onERC1155BatchReceivedFunction.ReturnValue5 = returnValue5;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(onERC1155BatchReceivedFunction, cancellationToken);
        }

        public Task<string> OnERC1155ReceivedRequestAsync(OnERC1155ReceivedFunction onERC1155ReceivedFunction)
        {
             return ContractHandler.SendRequestAsync(onERC1155ReceivedFunction);
        }

        public Task<TransactionReceipt> OnERC1155ReceivedRequestAndWaitForReceiptAsync(OnERC1155ReceivedFunction onERC1155ReceivedFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(onERC1155ReceivedFunction, cancellationToken);
        }

        public Task<string> OnERC1155ReceivedRequestAsync(string returnValue1, string returnValue2, BigInteger returnValue3, BigInteger returnValue4, byte[] returnValue5)
        {
            var onERC1155ReceivedFunction = new OnERC1155ReceivedFunction();
                onERC1155ReceivedFunction.ReturnValue1 = returnValue1;
                onERC1155ReceivedFunction.ReturnValue2 = returnValue2;
                onERC1155ReceivedFunction.ReturnValue3 = returnValue3;
                onERC1155ReceivedFunction.ReturnValue4 = returnValue4;
                onERC1155ReceivedFunction.ReturnValue5 = returnValue5;
            
             return ContractHandler.SendRequestAsync(onERC1155ReceivedFunction);
        }

        public Task<TransactionReceipt> OnERC1155ReceivedRequestAndWaitForReceiptAsync(string returnValue1, string returnValue2, BigInteger returnValue3, BigInteger returnValue4, byte[] returnValue5, CancellationTokenSource cancellationToken = null)
        {
            var onERC1155ReceivedFunction = new OnERC1155ReceivedFunction();
                onERC1155ReceivedFunction.ReturnValue1 = returnValue1;
                onERC1155ReceivedFunction.ReturnValue2 = returnValue2;
                onERC1155ReceivedFunction.ReturnValue3 = returnValue3;
                onERC1155ReceivedFunction.ReturnValue4 = returnValue4;
                onERC1155ReceivedFunction.ReturnValue5 = returnValue5;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(onERC1155ReceivedFunction, cancellationToken);
        }

        public Task<string> OnERC721ReceivedRequestAsync(OnERC721ReceivedFunction onERC721ReceivedFunction)
        {
             return ContractHandler.SendRequestAsync(onERC721ReceivedFunction);
        }

        public Task<TransactionReceipt> OnERC721ReceivedRequestAndWaitForReceiptAsync(OnERC721ReceivedFunction onERC721ReceivedFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(onERC721ReceivedFunction, cancellationToken);
        }

        public Task<string> OnERC721ReceivedRequestAsync(string returnValue1, string returnValue2, BigInteger returnValue3, byte[] returnValue4)
        {
            var onERC721ReceivedFunction = new OnERC721ReceivedFunction();
                onERC721ReceivedFunction.ReturnValue1 = returnValue1;
                onERC721ReceivedFunction.ReturnValue2 = returnValue2;
                onERC721ReceivedFunction.ReturnValue3 = returnValue3;
                onERC721ReceivedFunction.ReturnValue4 = returnValue4;
            
             return ContractHandler.SendRequestAsync(onERC721ReceivedFunction);
        }

        public Task<TransactionReceipt> OnERC721ReceivedRequestAndWaitForReceiptAsync(string returnValue1, string returnValue2, BigInteger returnValue3, byte[] returnValue4, CancellationTokenSource cancellationToken = null)
        {
            var onERC721ReceivedFunction = new OnERC721ReceivedFunction();
                onERC721ReceivedFunction.ReturnValue1 = returnValue1;
                onERC721ReceivedFunction.ReturnValue2 = returnValue2;
                onERC721ReceivedFunction.ReturnValue3 = returnValue3;
                onERC721ReceivedFunction.ReturnValue4 = returnValue4;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(onERC721ReceivedFunction, cancellationToken);
        }

        public Task<BigInteger> ProposalDeadlineQueryAsync(ProposalDeadlineFunction proposalDeadlineFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ProposalDeadlineFunction, BigInteger>(proposalDeadlineFunction, blockParameter);
        }

        
        public Task<BigInteger> ProposalDeadlineQueryAsync(BigInteger proposalId, BlockParameter blockParameter = null)
        {
            var proposalDeadlineFunction = new ProposalDeadlineFunction();
                proposalDeadlineFunction.ProposalId = proposalId;
            
            return ContractHandler.QueryAsync<ProposalDeadlineFunction, BigInteger>(proposalDeadlineFunction, blockParameter);
        }

        public Task<BigInteger> ProposalEtaQueryAsync(ProposalEtaFunction proposalEtaFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ProposalEtaFunction, BigInteger>(proposalEtaFunction, blockParameter);
        }

        
        public Task<BigInteger> ProposalEtaQueryAsync(BigInteger proposalId, BlockParameter blockParameter = null)
        {
            var proposalEtaFunction = new ProposalEtaFunction();
                proposalEtaFunction.ProposalId = proposalId;
            
            return ContractHandler.QueryAsync<ProposalEtaFunction, BigInteger>(proposalEtaFunction, blockParameter);
        }

        public Task<bool> ProposalNeedsQueuingQueryAsync(ProposalNeedsQueuingFunction proposalNeedsQueuingFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ProposalNeedsQueuingFunction, bool>(proposalNeedsQueuingFunction, blockParameter);
        }

        
        public Task<bool> ProposalNeedsQueuingQueryAsync(BigInteger proposalId, BlockParameter blockParameter = null)
        {
            var proposalNeedsQueuingFunction = new ProposalNeedsQueuingFunction();
                proposalNeedsQueuingFunction.ProposalId = proposalId;
            
            return ContractHandler.QueryAsync<ProposalNeedsQueuingFunction, bool>(proposalNeedsQueuingFunction, blockParameter);
        }

        public Task<string> ProposalProposerQueryAsync(ProposalProposerFunction proposalProposerFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ProposalProposerFunction, string>(proposalProposerFunction, blockParameter);
        }

        
        public Task<string> ProposalProposerQueryAsync(BigInteger proposalId, BlockParameter blockParameter = null)
        {
            var proposalProposerFunction = new ProposalProposerFunction();
                proposalProposerFunction.ProposalId = proposalId;
            
            return ContractHandler.QueryAsync<ProposalProposerFunction, string>(proposalProposerFunction, blockParameter);
        }

        public Task<BigInteger> ProposalSnapshotQueryAsync(ProposalSnapshotFunction proposalSnapshotFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ProposalSnapshotFunction, BigInteger>(proposalSnapshotFunction, blockParameter);
        }

        
        public Task<BigInteger> ProposalSnapshotQueryAsync(BigInteger proposalId, BlockParameter blockParameter = null)
        {
            var proposalSnapshotFunction = new ProposalSnapshotFunction();
                proposalSnapshotFunction.ProposalId = proposalId;
            
            return ContractHandler.QueryAsync<ProposalSnapshotFunction, BigInteger>(proposalSnapshotFunction, blockParameter);
        }

        public Task<BigInteger> ProposalThresholdQueryAsync(ProposalThresholdFunction proposalThresholdFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ProposalThresholdFunction, BigInteger>(proposalThresholdFunction, blockParameter);
        }

        
        public Task<BigInteger> ProposalThresholdQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ProposalThresholdFunction, BigInteger>(null, blockParameter);
        }

        public Task<ProposalVotesOutputDTO> ProposalVotesQueryAsync(ProposalVotesFunction proposalVotesFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<ProposalVotesFunction, ProposalVotesOutputDTO>(proposalVotesFunction, blockParameter);
        }

        public Task<ProposalVotesOutputDTO> ProposalVotesQueryAsync(BigInteger proposalId, BlockParameter blockParameter = null)
        {
            var proposalVotesFunction = new ProposalVotesFunction();
                proposalVotesFunction.ProposalId = proposalId;
            
            return ContractHandler.QueryDeserializingToObjectAsync<ProposalVotesFunction, ProposalVotesOutputDTO>(proposalVotesFunction, blockParameter);
        }

        public Task<string> ProposeRequestAsync(ProposeFunction proposeFunction)
        {
             return ContractHandler.SendRequestAsync(proposeFunction);
        }

        public Task<TransactionReceipt> ProposeRequestAndWaitForReceiptAsync(ProposeFunction proposeFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(proposeFunction, cancellationToken);
        }

        public Task<string> ProposeRequestAsync(List<string> targets, List<BigInteger> values, List<byte[]> calldatas, string description)
        {
            var proposeFunction = new ProposeFunction();
                proposeFunction.Targets = targets;
                proposeFunction.Values = values;
                proposeFunction.Calldatas = calldatas;
                proposeFunction.Description = description;
            
             return ContractHandler.SendRequestAsync(proposeFunction);
        }

        public Task<TransactionReceipt> ProposeRequestAndWaitForReceiptAsync(List<string> targets, List<BigInteger> values, List<byte[]> calldatas, string description, CancellationTokenSource cancellationToken = null)
        {
            var proposeFunction = new ProposeFunction();
                proposeFunction.Targets = targets;
                proposeFunction.Values = values;
                proposeFunction.Calldatas = calldatas;
                proposeFunction.Description = description;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(proposeFunction, cancellationToken);
        }

        public Task<string> QueueRequestAsync(QueueFunction queueFunction)
        {
             return ContractHandler.SendRequestAsync(queueFunction);
        }

        public Task<TransactionReceipt> QueueRequestAndWaitForReceiptAsync(QueueFunction queueFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(queueFunction, cancellationToken);
        }

        public Task<string> QueueRequestAsync(List<string> targets, List<BigInteger> values, List<byte[]> calldatas, byte[] descriptionHash)
        {
            var queueFunction = new QueueFunction();
                queueFunction.Targets = targets;
                queueFunction.Values = values;
                queueFunction.Calldatas = calldatas;
                queueFunction.DescriptionHash = descriptionHash;
            
             return ContractHandler.SendRequestAsync(queueFunction);
        }

        public Task<TransactionReceipt> QueueRequestAndWaitForReceiptAsync(List<string> targets, List<BigInteger> values, List<byte[]> calldatas, byte[] descriptionHash, CancellationTokenSource cancellationToken = null)
        {
            var queueFunction = new QueueFunction();
                queueFunction.Targets = targets;
                queueFunction.Values = values;
                queueFunction.Calldatas = calldatas;
                queueFunction.DescriptionHash = descriptionHash;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(queueFunction, cancellationToken);
        }

        public Task<BigInteger> QuorumQueryAsync(QuorumFunction quorumFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<QuorumFunction, BigInteger>(quorumFunction, blockParameter);
        }

        
        public Task<BigInteger> QuorumQueryAsync(BigInteger timepoint, BlockParameter blockParameter = null)
        {
            var quorumFunction = new QuorumFunction();
                quorumFunction.Timepoint = timepoint;
            
            return ContractHandler.QueryAsync<QuorumFunction, BigInteger>(quorumFunction, blockParameter);
        }

        public Task<BigInteger> QuorumDenominatorQueryAsync(QuorumDenominatorFunction quorumDenominatorFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<QuorumDenominatorFunction, BigInteger>(quorumDenominatorFunction, blockParameter);
        }

        
        public Task<BigInteger> QuorumDenominatorQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<QuorumDenominatorFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> QuorumNumeratorQueryAsync(QuorumNumerator1Function quorumNumerator1Function, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<QuorumNumerator1Function, BigInteger>(quorumNumerator1Function, blockParameter);
        }

        
        public Task<BigInteger> QuorumNumeratorQueryAsync(BigInteger timepoint, BlockParameter blockParameter = null)
        {
            var quorumNumerator1Function = new QuorumNumerator1Function();
                quorumNumerator1Function.Timepoint = timepoint;
            
            return ContractHandler.QueryAsync<QuorumNumerator1Function, BigInteger>(quorumNumerator1Function, blockParameter);
        }

        public Task<BigInteger> QuorumNumeratorQueryAsync(QuorumNumeratorFunction quorumNumeratorFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<QuorumNumeratorFunction, BigInteger>(quorumNumeratorFunction, blockParameter);
        }

        
        public Task<BigInteger> QuorumNumeratorQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<QuorumNumeratorFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> RelayRequestAsync(RelayFunction relayFunction)
        {
             return ContractHandler.SendRequestAsync(relayFunction);
        }

        public Task<TransactionReceipt> RelayRequestAndWaitForReceiptAsync(RelayFunction relayFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(relayFunction, cancellationToken);
        }

        public Task<string> RelayRequestAsync(string target, BigInteger value, byte[] data)
        {
            var relayFunction = new RelayFunction();
                relayFunction.Target = target;
                relayFunction.Value = value;
                relayFunction.Data = data;
            
             return ContractHandler.SendRequestAsync(relayFunction);
        }

        public Task<TransactionReceipt> RelayRequestAndWaitForReceiptAsync(string target, BigInteger value, byte[] data, CancellationTokenSource cancellationToken = null)
        {
            var relayFunction = new RelayFunction();
                relayFunction.Target = target;
                relayFunction.Value = value;
                relayFunction.Data = data;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(relayFunction, cancellationToken);
        }

        public Task<string> SetLateQuorumVoteExtensionRequestAsync(SetLateQuorumVoteExtensionFunction setLateQuorumVoteExtensionFunction)
        {
             return ContractHandler.SendRequestAsync(setLateQuorumVoteExtensionFunction);
        }

        public Task<TransactionReceipt> SetLateQuorumVoteExtensionRequestAndWaitForReceiptAsync(SetLateQuorumVoteExtensionFunction setLateQuorumVoteExtensionFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setLateQuorumVoteExtensionFunction, cancellationToken);
        }

        public Task<string> SetLateQuorumVoteExtensionRequestAsync(ulong newVoteExtension)
        {
            var setLateQuorumVoteExtensionFunction = new SetLateQuorumVoteExtensionFunction();
                setLateQuorumVoteExtensionFunction.NewVoteExtension = newVoteExtension;
            
             return ContractHandler.SendRequestAsync(setLateQuorumVoteExtensionFunction);
        }

        public Task<TransactionReceipt> SetLateQuorumVoteExtensionRequestAndWaitForReceiptAsync(ulong newVoteExtension, CancellationTokenSource cancellationToken = null)
        {
            var setLateQuorumVoteExtensionFunction = new SetLateQuorumVoteExtensionFunction();
                setLateQuorumVoteExtensionFunction.NewVoteExtension = newVoteExtension;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setLateQuorumVoteExtensionFunction, cancellationToken);
        }

        public Task<string> SetProposalThresholdRequestAsync(SetProposalThresholdFunction setProposalThresholdFunction)
        {
             return ContractHandler.SendRequestAsync(setProposalThresholdFunction);
        }

        public Task<TransactionReceipt> SetProposalThresholdRequestAndWaitForReceiptAsync(SetProposalThresholdFunction setProposalThresholdFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setProposalThresholdFunction, cancellationToken);
        }

        public Task<string> SetProposalThresholdRequestAsync(BigInteger newProposalThreshold)
        {
            var setProposalThresholdFunction = new SetProposalThresholdFunction();
                setProposalThresholdFunction.NewProposalThreshold = newProposalThreshold;
            
             return ContractHandler.SendRequestAsync(setProposalThresholdFunction);
        }

        public Task<TransactionReceipt> SetProposalThresholdRequestAndWaitForReceiptAsync(BigInteger newProposalThreshold, CancellationTokenSource cancellationToken = null)
        {
            var setProposalThresholdFunction = new SetProposalThresholdFunction();
                setProposalThresholdFunction.NewProposalThreshold = newProposalThreshold;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setProposalThresholdFunction, cancellationToken);
        }

        public Task<string> SetVotingDelayRequestAsync(SetVotingDelayFunction setVotingDelayFunction)
        {
             return ContractHandler.SendRequestAsync(setVotingDelayFunction);
        }

        public Task<TransactionReceipt> SetVotingDelayRequestAndWaitForReceiptAsync(SetVotingDelayFunction setVotingDelayFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setVotingDelayFunction, cancellationToken);
        }

        public Task<string> SetVotingDelayRequestAsync(ulong newVotingDelay)
        {
            var setVotingDelayFunction = new SetVotingDelayFunction();
                setVotingDelayFunction.NewVotingDelay = newVotingDelay;
            
             return ContractHandler.SendRequestAsync(setVotingDelayFunction);
        }

        public Task<TransactionReceipt> SetVotingDelayRequestAndWaitForReceiptAsync(ulong newVotingDelay, CancellationTokenSource cancellationToken = null)
        {
            var setVotingDelayFunction = new SetVotingDelayFunction();
                setVotingDelayFunction.NewVotingDelay = newVotingDelay;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setVotingDelayFunction, cancellationToken);
        }

        public Task<string> SetVotingPeriodRequestAsync(SetVotingPeriodFunction setVotingPeriodFunction)
        {
             return ContractHandler.SendRequestAsync(setVotingPeriodFunction);
        }

        public Task<TransactionReceipt> SetVotingPeriodRequestAndWaitForReceiptAsync(SetVotingPeriodFunction setVotingPeriodFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setVotingPeriodFunction, cancellationToken);
        }

        public Task<string> SetVotingPeriodRequestAsync(uint newVotingPeriod)
        {
            var setVotingPeriodFunction = new SetVotingPeriodFunction();
                setVotingPeriodFunction.NewVotingPeriod = newVotingPeriod;
            
             return ContractHandler.SendRequestAsync(setVotingPeriodFunction);
        }

        public Task<TransactionReceipt> SetVotingPeriodRequestAndWaitForReceiptAsync(uint newVotingPeriod, CancellationTokenSource cancellationToken = null)
        {
            var setVotingPeriodFunction = new SetVotingPeriodFunction();
                setVotingPeriodFunction.NewVotingPeriod = newVotingPeriod;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setVotingPeriodFunction, cancellationToken);
        }

        public Task<string> StakingPoolQueryAsync(StakingPoolFunction stakingPoolFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<StakingPoolFunction, string>(stakingPoolFunction, blockParameter);
        }

        
        public Task<string> StakingPoolQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<StakingPoolFunction, string>(null, blockParameter);
        }

        public Task<byte> StateQueryAsync(StateFunction stateFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<StateFunction, byte>(stateFunction, blockParameter);
        }

        
        public Task<byte> StateQueryAsync(BigInteger proposalId, BlockParameter blockParameter = null)
        {
            var stateFunction = new StateFunction();
                stateFunction.ProposalId = proposalId;
            
            return ContractHandler.QueryAsync<StateFunction, byte>(stateFunction, blockParameter);
        }

        public Task<bool> SupportsInterfaceQueryAsync(SupportsInterfaceFunction supportsInterfaceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SupportsInterfaceFunction, bool>(supportsInterfaceFunction, blockParameter);
        }

        
        public Task<bool> SupportsInterfaceQueryAsync(byte[] interfaceId, BlockParameter blockParameter = null)
        {
            var supportsInterfaceFunction = new SupportsInterfaceFunction();
                supportsInterfaceFunction.InterfaceId = interfaceId;
            
            return ContractHandler.QueryAsync<SupportsInterfaceFunction, bool>(supportsInterfaceFunction, blockParameter);
        }

        public Task<string> TimelockQueryAsync(TimelockFunction timelockFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TimelockFunction, string>(timelockFunction, blockParameter);
        }

        
        public Task<string> TimelockQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TimelockFunction, string>(null, blockParameter);
        }

        public Task<string> TokenQueryAsync(TokenFunction tokenFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TokenFunction, string>(tokenFunction, blockParameter);
        }

        
        public Task<string> TokenQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TokenFunction, string>(null, blockParameter);
        }

        public Task<string> UpdateQuorumNumeratorRequestAsync(UpdateQuorumNumeratorFunction updateQuorumNumeratorFunction)
        {
             return ContractHandler.SendRequestAsync(updateQuorumNumeratorFunction);
        }

        public Task<TransactionReceipt> UpdateQuorumNumeratorRequestAndWaitForReceiptAsync(UpdateQuorumNumeratorFunction updateQuorumNumeratorFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(updateQuorumNumeratorFunction, cancellationToken);
        }

        public Task<string> UpdateQuorumNumeratorRequestAsync(BigInteger newQuorumNumerator)
        {
            var updateQuorumNumeratorFunction = new UpdateQuorumNumeratorFunction();
                updateQuorumNumeratorFunction.NewQuorumNumerator = newQuorumNumerator;
            
             return ContractHandler.SendRequestAsync(updateQuorumNumeratorFunction);
        }

        public Task<TransactionReceipt> UpdateQuorumNumeratorRequestAndWaitForReceiptAsync(BigInteger newQuorumNumerator, CancellationTokenSource cancellationToken = null)
        {
            var updateQuorumNumeratorFunction = new UpdateQuorumNumeratorFunction();
                updateQuorumNumeratorFunction.NewQuorumNumerator = newQuorumNumerator;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(updateQuorumNumeratorFunction, cancellationToken);
        }

        public Task<string> UpdateTimelockRequestAsync(UpdateTimelockFunction updateTimelockFunction)
        {
             return ContractHandler.SendRequestAsync(updateTimelockFunction);
        }

        public Task<TransactionReceipt> UpdateTimelockRequestAndWaitForReceiptAsync(UpdateTimelockFunction updateTimelockFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(updateTimelockFunction, cancellationToken);
        }

        public Task<string> UpdateTimelockRequestAsync(string newTimelock)
        {
            var updateTimelockFunction = new UpdateTimelockFunction();
                updateTimelockFunction.NewTimelock = newTimelock;
            
             return ContractHandler.SendRequestAsync(updateTimelockFunction);
        }

        public Task<TransactionReceipt> UpdateTimelockRequestAndWaitForReceiptAsync(string newTimelock, CancellationTokenSource cancellationToken = null)
        {
            var updateTimelockFunction = new UpdateTimelockFunction();
                updateTimelockFunction.NewTimelock = newTimelock;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(updateTimelockFunction, cancellationToken);
        }

        public Task<string> VersionQueryAsync(VersionFunction versionFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<VersionFunction, string>(versionFunction, blockParameter);
        }

        
        public Task<string> VersionQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<VersionFunction, string>(null, blockParameter);
        }

        public Task<BigInteger> VotingDelayQueryAsync(VotingDelayFunction votingDelayFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<VotingDelayFunction, BigInteger>(votingDelayFunction, blockParameter);
        }

        
        public Task<BigInteger> VotingDelayQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<VotingDelayFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> VotingPeriodQueryAsync(VotingPeriodFunction votingPeriodFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<VotingPeriodFunction, BigInteger>(votingPeriodFunction, blockParameter);
        }

        
        public Task<BigInteger> VotingPeriodQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<VotingPeriodFunction, BigInteger>(null, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(BallotTypehashFunction),
                typeof(ClockModeFunction),
                typeof(CountingModeFunction),
                typeof(ExtendedBallotTypehashFunction),
                typeof(CancelFunction),
                typeof(CastVoteFunction),
                typeof(CastVoteBySigFunction),
                typeof(CastVoteWithReasonFunction),
                typeof(CastVoteWithReasonAndParamsFunction),
                typeof(CastVoteWithReasonAndParamsBySigFunction),
                typeof(ClockFunction),
                typeof(Eip712DomainFunction),
                typeof(ExecuteFunction),
                typeof(GetProposalIdFunction),
                typeof(GetVotesFunction),
                typeof(GetVotesWithParamsFunction),
                typeof(HasVotedFunction),
                typeof(HashProposalFunction),
                typeof(LateQuorumVoteExtensionFunction),
                typeof(LatestProposalIdFunction),
                typeof(NameFunction),
                typeof(NoncesFunction),
                typeof(Nonces1Function),
                typeof(OnERC1155BatchReceivedFunction),
                typeof(OnERC1155ReceivedFunction),
                typeof(OnERC721ReceivedFunction),
                typeof(ProposalDeadlineFunction),
                typeof(ProposalEtaFunction),
                typeof(ProposalNeedsQueuingFunction),
                typeof(ProposalProposerFunction),
                typeof(ProposalSnapshotFunction),
                typeof(ProposalThresholdFunction),
                typeof(ProposalVotesFunction),
                typeof(ProposeFunction),
                typeof(QueueFunction),
                typeof(QuorumFunction),
                typeof(QuorumDenominatorFunction),
                typeof(QuorumNumerator1Function),
                typeof(QuorumNumeratorFunction),
                typeof(RelayFunction),
                typeof(SetLateQuorumVoteExtensionFunction),
                typeof(SetProposalThresholdFunction),
                typeof(SetVotingDelayFunction),
                typeof(SetVotingPeriodFunction),
                typeof(StakingPoolFunction),
                typeof(StateFunction),
                typeof(SupportsInterfaceFunction),
                typeof(TimelockFunction),
                typeof(TokenFunction),
                typeof(UpdateQuorumNumeratorFunction),
                typeof(UpdateTimelockFunction),
                typeof(VersionFunction),
                typeof(VotingDelayFunction),
                typeof(VotingPeriodFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(EIP712DomainChangedEventDTO),
                typeof(LateQuorumVoteExtensionSetEventDTO),
                typeof(ProposalCanceledEventDTO),
                typeof(ProposalCreatedEventDTO),
                typeof(ProposalExecutedEventDTO),
                typeof(ProposalExtendedEventDTO),
                typeof(ProposalQueuedEventDTO),
                typeof(ProposalThresholdSetEventDTO),
                typeof(QuorumNumeratorUpdatedEventDTO),
                typeof(TimelockChangeEventDTO),
                typeof(VoteCastEventDTO),
                typeof(VoteCastWithParamsEventDTO),
                typeof(VotingDelaySetEventDTO),
                typeof(VotingPeriodSetEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(CheckpointUnorderedInsertionError),
                typeof(DaoGovernorZeroWeightVoteError),
                typeof(FailedCallError),
                typeof(GovernorAlreadyCastVoteError),
                typeof(GovernorAlreadyInitializedLatestProposalIdError),
                typeof(GovernorAlreadyQueuedProposalError),
                typeof(GovernorDisabledDepositError),
                typeof(GovernorInsufficientProposerVotesError),
                typeof(GovernorInvalidProposalLengthError),
                typeof(GovernorInvalidQuorumFractionError),
                typeof(GovernorInvalidSignatureError),
                typeof(GovernorInvalidVoteParamsError),
                typeof(GovernorInvalidVoteTypeError),
                typeof(GovernorInvalidVotingPeriodError),
                typeof(GovernorNonexistentProposalError),
                typeof(GovernorNotQueuedProposalError),
                typeof(GovernorOnlyExecutorError),
                typeof(GovernorQueueNotImplementedError),
                typeof(GovernorRestrictedProposerError),
                typeof(GovernorUnableToCancelError),
                typeof(GovernorUnexpectedProposalStateError),
                typeof(InvalidAccountNonceError),
                typeof(InvalidShortStringError),
                typeof(SafeCastOverflowedUintDowncastError),
                typeof(StringTooLongError)
            };
        }
    }
}
