using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition
{
    public partial class Epoch : EpochBase { }

    public class EpochBase 
    {
        [Parameter("uint128", "budget", 1)]
        public virtual BigInteger Budget { get; set; }
        [Parameter("uint64", "windowStart", 2)]
        public virtual ulong WindowStart { get; set; }
        [Parameter("uint64", "windowEnd", 3)]
        public virtual ulong WindowEnd { get; set; }
        [Parameter("bytes32", "policyHash", 4)]
        public virtual byte[] PolicyHash { get; set; }
        [Parameter("uint128", "fundedThrough", 5)]
        public virtual BigInteger FundedThrough { get; set; }
    }
}
