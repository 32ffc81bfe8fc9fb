using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3.Accounts;

namespace GovernanceRewards.Chain;

/// <summary>
/// Signs as Nethereum's account signer does, but asks for a fifth more gas than the node estimates, as wallets do. What
/// a call costs moves with the block it lands in: the staking pool's accrual writes more when a second has passed since
/// the estimate (it extends an idle stream's period), so a stake estimated exactly ran out of gas when mined a second
/// later, and its receipt said only "failed". Unused gas is not paid for.
/// </summary>
internal sealed class GasMarginTransactionManager(Account account, BigInteger chainId)
    : AccountSignerTransactionManager(null, account, chainId)
{
    public override async Task<HexBigInteger> EstimateGasAsync(CallInput callInput)
    {
        var estimate = (await base.EstimateGasAsync(callInput).ConfigureAwait(false)).Value;
        return new HexBigInteger(estimate + estimate / 5);
    }
}
