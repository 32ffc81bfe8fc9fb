using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace GovernanceRewards.Chain.Bindings.DaoGovernor.ContractDefinition
{
    public partial class Parameters : ParametersBase { }

    public class ParametersBase 
    {
        [Parameter("uint48", "votingDelay", 1)]
        public virtual ulong VotingDelay { get; set; }
        [Parameter("uint32", "votingPeriod", 2)]
        public virtual uint VotingPeriod { get; set; }
        [Parameter("uint256", "proposalThreshold", 3)]
        public virtual BigInteger ProposalThreshold { get; set; }
        [Parameter("uint256", "quorumPercent", 4)]
        public virtual BigInteger QuorumPercent { get; set; }
        [Parameter("uint48", "lateQuorumExtension", 5)]
        public virtual ulong LateQuorumExtension { get; set; }
    }
}
