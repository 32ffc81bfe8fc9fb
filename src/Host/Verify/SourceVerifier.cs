using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Host.Verify;

/// <summary>A contract's verification with one service as it ended in this run.</summary>
internal sealed record VerificationReport(string Contract, string Address, string Service, bool Verified, string Note);

/// <summary>
/// Takes every contract through each service: submit (unless verified or queued before), then ask about the ticket
/// every poll interval until the service decides or <c>patience</c> runs out (the ticket stays recorded, so the next run
/// asks about it again). Each step is recorded before the next one, so an interrupted run resumes; a failure is reported
/// and the others go on.
/// </summary>
internal sealed class SourceVerifier(VerificationState state, TimeSpan pollInterval, TimeSpan patience, ILogger<SourceVerifier> logger)
{
    public async Task<VerificationReport> VerifyAsync(
        IVerificationTarget target, string stateKey, VerifiableContract contract, CancellationToken cancellationToken)
    {
        var recorded = state.Find(stateKey, contract);
        VerificationStep step;
        if (recorded is { Status: ContractVerification.Verified })
        {
            return new(contract.Name, contract.Address, target.Name, true, $"{recorded.Message} (recorded earlier)");
        }
        if (recorded is { Status: ContractVerification.Queued, Ticket: { } ticket })
        {
            Log.Resumed(logger, contract.Name, target.Name, ticket);
            step = new VerificationStep.Pending();
        }
        else
        {
            step = await target.SubmitAsync(contract, cancellationToken);
            if (step is VerificationStep.Queued queued)
            {
                ticket = queued.Ticket;
                state.Record(stateKey, contract.Name, new(contract.Address, ContractVerification.Queued, ticket, null));
                Log.Submitted(logger, contract.Name, target.Name, ticket);
                step = new VerificationStep.Pending();
            }
            else
            {
                ticket = null;
            }
        }
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while (step is VerificationStep.Pending)
        {
            if (waiting.Elapsed >= patience)
            {
                return new(contract.Name, contract.Address, target.Name, false,
                    $"still pending after {patience.TotalSeconds:0} s; ticket {ticket} kept: run again to ask again");
            }
            await Task.Delay(pollInterval, cancellationToken);
            step = await target.CheckAsync(ticket!, cancellationToken);
        }
        var (verified, note) = step switch
        {
            VerificationStep.Verified v => (true, v.Note),
            VerificationStep.Failed f => (false, f.Message),
            _ => throw new InvalidOperationException($"{target.Name} left {contract.Name} at {step}"),
        };
        state.Record(stateKey, contract.Name, new(contract.Address,
            verified ? ContractVerification.Verified : ContractVerification.Failed, ticket, note));
        return new(contract.Name, contract.Address, target.Name, verified, note);
    }
}

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Submitted {Contract} to the {Service}: ticket {Ticket}")]
    public static partial void Submitted(ILogger logger, string contract, string service, string ticket);

    [LoggerMessage(2, LogLevel.Information, "Asking the {Service} again about {Contract}'s ticket {Ticket} from an earlier run")]
    public static partial void Resumed(ILogger logger, string contract, string service, string ticket);

    [LoggerMessage(3, LogLevel.Warning, "{Service} is rate limiting; asking again in {Pause}")]
    public static partial void RateLimited(ILogger logger, string service, TimeSpan pause);
}
