using System.Numerics;
using Microsoft.Extensions.Logging;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Util;

namespace GovernanceRewards.Chain;

/// <summary>
/// What came of asking the ledger to send: the mined receipt (its status may be failed), a refusal in simulation with
/// its decoded reason, or nothing when the call was no longer needed.
/// </summary>
public sealed record LedgerResult(TransactionReceipt? Receipt, string? Refusal)
{
    public static readonly LedgerResult NotNeeded = new(null, null);

    public bool Succeeded => Receipt?.Status?.Value == 1;

    public static LedgerResult Mined(TransactionReceipt receipt) => new(receipt, null);

    public static LedgerResult Refused(string reason) => new(null, reason);
}

/// <summary>
/// What came of a broadcast: the hash the node accepted (or of the operation's transaction already under way), a
/// refusal in simulation with its decoded reason, or neither when the call was no longer needed.
/// </summary>
public sealed record LedgerBroadcast(string? Hash, string? Refusal, bool UnderWay);

/// <summary>When a transaction counts as stuck, and how its replacements are priced.</summary>
public sealed record LedgerOptions
{
    /// <summary>Unmined this long after it was (re)sent, a transaction is replaced with higher fees.</summary>
    public TimeSpan StuckAfter { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>How much each replacement raises both the tip and the fee cap (nodes want at least 10%).</summary>
    public int FeeBumpPercent { get; init; } = 25;

    /// <summary>Replacements at most, so a chain with a fee spike cannot drain the operator's account.</summary>
    public int MaximumReplacements { get; init; } = 5;
}

/// <summary>What the ledger knows about one operation's transaction.</summary>
public sealed record LedgerEntry(string Operation, string Status, string? TransactionHash, string? Error, int Attempts);

/// <summary>
/// Sends each operation's transaction at most once at a time: the one way the backend, its commands and the demo send
/// transactions (only the deployer's contract creations go their own way). The transaction is signed and recorded
/// (hash and raw bytes, in the <see cref="ITransactionJournal"/>) before it is broadcast, through the signer's
/// <see cref="SignerGate"/>. A later call for an operation still marked sent waits for that same transaction
/// (broadcasting its recorded bytes again if the node dropped it) instead of signing another, so a crash anywhere (with
/// the journal in PostgreSQL) never doubles a transaction. Before signing, the signer's other transactions recorded but
/// unknown to the node are broadcast again, so the node's pending count (which gives the nonce) counts them; one whose
/// nonce another transaction took is marked dropped and its operation built again (the build re-reads the chain). A
/// call the chain refuses in simulation is recorded with its decoded reason and nothing is sent.
/// </summary>
public sealed class TransactionLedger(
    ITransactionJournal journal, ChainConnection signer, SignerGate gate, ILogger<TransactionLedger> logger, LedgerMetrics? metrics = null,
    LedgerOptions? options = null)
{
    private readonly LedgerOptions _options = options ?? new LedgerOptions();

    private long ChainId => (long)signer.ChainId;

    /// <summary>The address that signs this ledger's transactions.</summary>
    public string SignerAddress => signer.Address;

    /// <summary>
    /// A ledger for one process with no database (a CLI command): the same signing, recording before broadcasting,
    /// waiting, replacing when stuck and decoding of refusals, with the record kept in memory while the process runs.
    /// </summary>
    public static TransactionLedger InProcess(ChainConnection signer, ILogger<TransactionLedger> logger) =>
        new(new MemoryTransactionJournal(), signer, new SignerGate(null, signer.ChainId, signer.Address), logger);

    /// <summary>
    /// Sends <paramref name="call"/> as <see cref="SendOnceAsync{TFunction}(string, string, TFunction, CancellationToken)"/>
    /// does and returns its receipt; a refusal in simulation or a failure on chain is a
    /// <see cref="TransactionRevertedException"/> saying <paramref name="what"/> and why.
    /// </summary>
    public async Task<TransactionReceipt> SendAsync<TFunction>(string what, string operation, string contract, TFunction call, CancellationToken cancellationToken)
        where TFunction : FunctionMessage, new()
    {
        var result = await SendOnceAsync(operation, contract, call, cancellationToken);
        if (result.Refusal is { } reason) throw new TransactionRevertedException(what, reason);
        if (result.Receipt is not { } receipt) throw new InvalidOperationException($"{what}: nothing was sent");
        if (!result.Succeeded) throw new TransactionRevertedException(what, "the transaction failed on chain", receipt.TransactionHash);
        return receipt;
    }

    /// <summary>Sends <paramref name="call"/> for <paramref name="operation"/> unless a transaction of it is already under way.</summary>
    public Task<LedgerResult> SendOnceAsync<TFunction>(string operation, string contract, TFunction call, CancellationToken cancellationToken)
        where TFunction : FunctionMessage, new() =>
        SendOnceAsync(operation, contract, _ => Task.FromResult<TFunction?>(call), cancellationToken);

    /// <summary>
    /// Waits for the transaction of <paramref name="operation"/> that is already under way, if any; otherwise, holding
    /// the signer's gate (so no other worker sends for it meanwhile), asks <paramref name="build"/> for the call, which
    /// re-reads the chain and returns null when nothing is needed any more, and signs, records and broadcasts it.
    /// </summary>
    public async Task<LedgerResult> SendOnceAsync<TFunction>(
        string operation, string contract, Func<CancellationToken, Task<TFunction?>> build, CancellationToken cancellationToken)
        where TFunction : FunctionMessage, new()
    {
        while (true)
        {
            try
            {
                return await SendOnceOrDropAsync(operation, contract, build, cancellationToken);
            }
            catch (TransactionDroppedException)
            {
                // Another transaction took its nonce, so it can never be mined: the operation is built again (build re-reads
                // the chain, so what was done meanwhile is not done twice).
            }
        }
    }

    private async Task<LedgerResult> SendOnceOrDropAsync<TFunction>(
        string operation, string contract, Func<CancellationToken, Task<TFunction?>> build, CancellationToken cancellationToken)
        where TFunction : FunctionMessage, new()
    {
        if (await PendingAsync(operation, cancellationToken) is { } earlier) return LedgerResult.Mined(await WaitAsync(operation, earlier, cancellationToken));
        var broadcast = await BroadcastAsync(operation, contract, build, cancellationToken);
        if (broadcast.Refusal is { } reason) return LedgerResult.Refused(reason);
        if (broadcast.Hash is not { } hash) return LedgerResult.NotNeeded;
        var receipt = await WaitAsync(operation, hash, cancellationToken);
        metrics?.Mined(operation, receipt);
        return LedgerResult.Mined(receipt);
    }

    /// <summary>
    /// Like <see cref="SendOnceAsync{TFunction}(string, string, Func{CancellationToken, Task{TFunction}}, CancellationToken)"/>,
    /// but answers once the node accepted the transaction instead of waiting for it to be mined (a relayed ballot): the
    /// hash of the operation's transaction already under way (<see cref="LedgerBroadcast.UnderWay"/>) or of the one just
    /// broadcast, a refusal, or nothing when no call was needed. The entry is recorded mined when a later send of this
    /// signer finds its receipt.
    /// </summary>
    public async Task<LedgerBroadcast> BroadcastOnceAsync<TFunction>(
        string operation, string contract, Func<CancellationToken, Task<TFunction?>> build, CancellationToken cancellationToken)
        where TFunction : FunctionMessage, new()
    {
        // An earlier transaction found dropped (its nonce taken) leaves nothing under way: the operation is built again.
        if (await PendingAsync(operation, cancellationToken) is { } earlier) return new LedgerBroadcast(earlier, null, UnderWay: true);
        return await BroadcastAsync(operation, contract, build, cancellationToken);
    }

    /// <summary>
    /// Holding the signer's gate (so no other worker sends for it meanwhile): unless another worker sent the operation
    /// while this one waited, asks <paramref name="build"/> for the call, which re-reads the chain and returns null when
    /// nothing is needed any more, and signs, records and broadcasts it.
    /// </summary>
    private async Task<LedgerBroadcast> BroadcastAsync<TFunction>(
        string operation, string contract, Func<CancellationToken, Task<TFunction?>> build, CancellationToken cancellationToken)
        where TFunction : FunctionMessage, new()
    {
        try
        {
            var underWay = false;
            var hash = await gate.SendAsync(async token =>
            {
                // Another worker may have sent it while this one waited for the gate.
                if (await PendingAsync(operation, token) is { } other)
                {
                    underWay = true;
                    return other;
                }
                // The node's pending count gives the nonce: it must count every transaction of this signer already signed.
                await BroadcastInFlightAsync(operation, token);
                if (await build(token) is not { } call) return null;
                var signed = (await signer.Web3.Eth.GetContractHandler(contract).SignTransactionAsync(call)).EnsureHexPrefix();
                var signedHash = Sha3Keccack.Current.CalculateHash(signed.HexToByteArray()).ToHex(true);
                await RecordAsync(operation, "sent", signedHash, signed.HexToByteArray(), null, token);
                await signer.Web3.Eth.Transactions.SendRawTransaction.SendRequestAsync(signed);
                return signedHash;
            }, cancellationToken);
            return new LedgerBroadcast(hash, null, underWay);
        }
        catch (Exception e) when (RevertReason.Describe(e) is { } reason)
        {
            await RecordAsync(operation, "reverted", null, null, reason, cancellationToken);
            Log.Refused(logger, operation, reason);
            metrics?.Refused(operation);
            return new LedgerBroadcast(null, reason, false);
        }
    }

    /// <summary>
    /// The hash of the operation's transaction still marked sent, broadcast again from its recorded bytes if the node
    /// no longer knows it; null when none is under way (or it was just found dropped).
    /// </summary>
    private async Task<string?> PendingAsync(string operation, CancellationToken cancellationToken) =>
        await journal.SentAsync(ChainId, operation, cancellationToken) is { } entry ? await EnsureKnownAsync(entry, cancellationToken) : null;

    /// <summary>
    /// Every other transaction of this signer recorded as sent, made known to the node again where it is not (its
    /// broadcast failed after it was recorded): otherwise the node's pending count would hand its nonce out again.
    /// </summary>
    private async Task BroadcastInFlightAsync(string operation, CancellationToken cancellationToken)
    {
        foreach (var entry in await journal.SentBySignerAsync(ChainId, signer.Address, operation, cancellationToken))
        {
            // One nobody waits for (a broadcast answered at once) is recorded here when it is mined, so the list stays short.
            if (await MinedReceiptAsync(entry) is { } receipt)
            {
                var succeeded = receipt.Status?.Value == 1;
                await RecordAsync(entry.Operation, succeeded ? "mined" : "reverted", receipt.TransactionHash, null,
                    succeeded ? null : "the transaction failed on chain", cancellationToken);
                continue;
            }
            await EnsureKnownAsync(entry, cancellationToken);
        }
    }

    /// <summary>
    /// The hash to wait for: one of the entry's that was mined, or its current one, broadcast again if the node does not
    /// know it. Null when another transaction took its nonce: then none of its hashes can ever be mined, and the entry is
    /// marked dropped.
    /// </summary>
    private async Task<string?> EnsureKnownAsync(SentTransaction entry, CancellationToken cancellationToken)
    {
        if (await MinedHashAsync(entry) is { } mined) return mined;
        if (await signer.Web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(entry.Hash) is not null) return entry.Hash;
        Log.Rebroadcast(logger, entry.Operation, entry.Hash);
        try
        {
            await signer.Web3.Eth.Transactions.SendRawTransaction.SendRequestAsync(entry.Raw.ToHex(true));
        }
        catch (Nethereum.JsonRpc.Client.RpcResponseException e) when (IsNonceTooLow(e))
        {
            // Seen on anvil: a transaction the node knew neither pending nor mined only while it was being mined. Then one
            // of the entry's hashes has its receipt now; if none has, another transaction spent the nonce.
            if (await MinedHashAsync(entry) is { } justMined) return justMined;
            await DropAsync(entry, cancellationToken);
            return null;
        }
        catch (Nethereum.JsonRpc.Client.RpcResponseException e) when (e.Message.Contains("already known", StringComparison.OrdinalIgnoreCase))
        {
            // It reached the node between the two calls.
        }
        return entry.Hash;
    }

    private async Task<string?> MinedHashAsync(SentTransaction entry) => (await MinedReceiptAsync(entry))?.TransactionHash;

    private async Task<TransactionReceipt?> MinedReceiptAsync(SentTransaction entry)
    {
        var receipts = signer.Web3.Eth.Transactions.GetTransactionReceipt;
        // A transaction this one replaced may be the one that was mined; then the nonce is spent and nothing is resent.
        foreach (var hash in entry.Replaced.Prepend(entry.Hash))
        {
            if (await receipts.SendRequestAsync(hash) is { } receipt) return receipt;
        }
        return null;
    }

    private async Task DropAsync(SentTransaction entry, CancellationToken cancellationToken)
    {
        await journal.DropAsync(ChainId, entry.Operation, entry.Hash, cancellationToken);
        Log.Dropped(logger, entry.Operation, entry.Hash);
    }

    public async Task<LedgerEntry?> FindAsync(string operation, CancellationToken cancellationToken) =>
        await EntriesAsync([operation], cancellationToken) is [var entry] ? entry : null;

    /// <summary>The entries of these operations, oldest change first.</summary>
    public Task<IReadOnlyList<LedgerEntry>> EntriesAsync(IReadOnlyList<string> operations, CancellationToken cancellationToken) =>
        journal.EntriesAsync(ChainId, operations, cancellationToken);

    /// <summary>
    /// Waits for the operation's transaction, or any transaction it replaced, to be mined; one unmined for
    /// <see cref="LedgerOptions.StuckAfter"/> is replaced with higher fees (same nonce, so only one can ever be mined).
    /// </summary>
    private async Task<TransactionReceipt> WaitAsync(string operation, string hash, CancellationToken cancellationToken)
    {
        var receipts = signer.Web3.Eth.Transactions.GetTransactionReceipt;
        var watched = new List<string> { hash };
        watched.AddRange(await ReplacedAsync(operation, cancellationToken));
        var since = DateTime.UtcNow;
        var wait = TimeSpan.FromMilliseconds(50);
        TransactionReceipt? receipt;
        while (true)
        {
            receipt = null;
            foreach (var candidate in watched)
            {
                receipt = await receipts.SendRequestAsync(candidate);
                if (receipt is not null) break;
            }
            if (receipt is not null) break;
            if (DateTime.UtcNow - since > _options.StuckAfter)
            {
                // Unknown to the node, it is broadcast again; its nonce taken by another transaction, it never will be mined.
                if (await PendingAsync(operation, cancellationToken) is null
                    && await FindAsync(operation, cancellationToken) is { Status: "dropped" })
                {
                    throw new TransactionDroppedException();
                }
                if (await ReplaceAsync(operation, watched[0], cancellationToken) is { } replacement) watched.Insert(0, replacement);
                since = DateTime.UtcNow;
                wait = TimeSpan.FromMilliseconds(50);
            }
            await Task.Delay(wait, cancellationToken);
            wait = TimeSpan.FromMilliseconds(Math.Min(wait.TotalMilliseconds * 2, 2_000));
        }
        var succeeded = receipt.Status?.Value == 1;
        await RecordAsync(operation, succeeded ? "mined" : "reverted", receipt.TransactionHash, null,
            succeeded ? null : "the transaction failed on chain", cancellationToken);
        Log.Mined(logger, operation, receipt.TransactionHash, succeeded);
        return receipt;
    }

    private async Task<IReadOnlyList<string>> ReplacedAsync(string operation, CancellationToken cancellationToken) =>
        (await journal.SentAsync(ChainId, operation, cancellationToken))?.Replaced ?? [];

    /// <summary>
    /// Re-signs the stuck transaction <paramref name="current"/> with the same nonce, call and gas and fees raised by
    /// <see cref="LedgerOptions.FeeBumpPercent"/>, records it (keeping the old hash as replaced) before broadcasting it,
    /// and returns its hash; null when it needs no replacement after all (mined meanwhile) or the limit is reached.
    /// </summary>
    private async Task<string?> ReplaceAsync(string operation, string current, CancellationToken cancellationToken) =>
        await gate.SendAsync(async token =>
        {
            if (await journal.SentAsync(ChainId, operation, token) is not { } sent) return null;
            var (raw, replacements) = (sent.Raw, sent.Replaced.Count);
            if (replacements >= _options.MaximumReplacements)
            {
                Log.ReplacementLimit(logger, operation, current, replacements);
                return null;
            }
            if (await signer.Web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(current) is not null) return null;
            if (Nethereum.Model.TransactionFactory.CreateTransaction(raw.ToHex(true)) is not Nethereum.Model.Transaction1559 stuck) return null;
            var bump = (BigInteger)(100 + _options.FeeBumpPercent);
            var input = new TransactionInput
            {
                Type = new Nethereum.Hex.HexTypes.HexBigInteger(2),
                From = signer.Address,
                To = stuck.ReceiverAddress,
                Data = stuck.Data.EnsureHexPrefix(),
                Value = new Nethereum.Hex.HexTypes.HexBigInteger(stuck.Amount ?? 0),
                Gas = new Nethereum.Hex.HexTypes.HexBigInteger(stuck.GasLimit!.Value),
                Nonce = new Nethereum.Hex.HexTypes.HexBigInteger(stuck.Nonce!.Value),
                MaxPriorityFeePerGas = new Nethereum.Hex.HexTypes.HexBigInteger(stuck.MaxPriorityFeePerGas!.Value * bump / 100 + 1),
                MaxFeePerGas = new Nethereum.Hex.HexTypes.HexBigInteger(stuck.MaxFeePerGas!.Value * bump / 100 + 1),
            };
            var signed = (await signer.Web3.TransactionManager.SignTransactionAsync(input)).EnsureHexPrefix();
            var hash = Sha3Keccack.Current.CalculateHash(signed.HexToByteArray()).ToHex(true);
            await journal.RecordReplacementAsync(ChainId, operation, hash, signed.HexToByteArray(), token);
            Log.Replaced(logger, operation, current, hash, input.MaxFeePerGas.Value);
            try
            {
                await signer.Web3.Eth.Transactions.SendRawTransaction.SendRequestAsync(signed);
            }
            catch (Nethereum.JsonRpc.Client.RpcResponseException e) when (IsNonceTooLow(e))
            {
                // Mined between the receipt check and this broadcast: the nonce is spent by a hash already watched
                // (and recorded as replaced), so there is nothing to replace.
                return null;
            }
            return hash;
        }, cancellationToken);

    private static bool IsNonceTooLow(Nethereum.JsonRpc.Client.RpcResponseException error) =>
        error.Message.Contains("nonce too low", StringComparison.OrdinalIgnoreCase);

    private Task RecordAsync(string operation, string status, string? hash, byte[]? raw, string? error, CancellationToken cancellationToken) =>
        journal.RecordAsync(ChainId, operation, status, hash, raw, error, signer.Address, cancellationToken);

    /// <summary>The transaction awaited can never be mined: another one took its nonce.</summary>
    private sealed class TransactionDroppedException : Exception;
}
