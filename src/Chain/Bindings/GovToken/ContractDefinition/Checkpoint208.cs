using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition
{
    public partial class Checkpoint208 : Checkpoint208Base { }

    public class Checkpoint208Base 
    {
        [Parameter("uint48", "_key", 1)]
        public virtual ulong Key { get; set; }
        [Parameter("uint208", "_value", 2)]
        public virtual BigInteger Value { get; set; }
    }
}
