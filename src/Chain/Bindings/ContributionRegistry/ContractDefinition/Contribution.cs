using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition
{
    public partial class Contribution : ContributionBase { }

    public class ContributionBase 
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
}
