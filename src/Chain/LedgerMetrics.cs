using System.Diagnostics.Metrics;
using Nethereum.RPC.Eth.DTOs;

namespace GovernanceRewards.Chain;

/// <summary>
/// What the operator's transactions cost and how they ended, by kind of operation ("governance/queue",
/// "rewards/pay", ...: the ledger's operation name without the proposal or epoch, so the series stay few).
/// </summary>
public sealed class LedgerMetrics
{
    public const string MeterName = "GovernanceRewards.Chain";

    private readonly Counter<long> _transactions;
    private readonly Counter<long> _gas;

    public LedgerMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _transactions = meter.CreateCounter<long>("govrewards.transactions", "{transaction}", "Operator transactions by kind and outcome");
        _gas = meter.CreateCounter<long>("govrewards.gas.used", "{gas}", "Gas used by the operator's mined transactions");
    }

    public void Mined(string operation, TransactionReceipt receipt)
    {
        var kind = Kind(operation);
        var outcome = receipt.Status?.Value == 1 ? "mined" : "reverted";
        _transactions.Add(1, new("kind", kind), new("outcome", outcome));
        _gas.Add((long)receipt.GasUsed.Value, new KeyValuePair<string, object?>("kind", kind));
    }

    public void Refused(string operation) => _transactions.Add(1, new("kind", Kind(operation)), new("outcome", "refused"));

    private static string Kind(string operation) => string.Join('/', operation.Split('/').Take(2));
}
