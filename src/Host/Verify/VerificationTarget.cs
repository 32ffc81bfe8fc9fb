namespace GovernanceRewards.Host.Verify;

/// <summary>What a verification service answered about one contract.</summary>
internal abstract record VerificationStep
{
    /// <summary>Accepted and queued under <paramref name="Ticket"/> (Etherscan's guid, Sourcify's verification id).</summary>
    public sealed record Queued(string Ticket) : VerificationStep;

    public sealed record Pending : VerificationStep;

    public sealed record Verified(string Note) : VerificationStep;

    public sealed record Failed(string Message) : VerificationStep;
}

/// <summary>An explorer or verification service: submit a contract, then ask about its ticket until it is decided.</summary>
internal interface IVerificationTarget
{
    /// <summary>The service's name and URL, as reports and the state file name it (never with a key).</summary>
    string Name { get; }

    Task<VerificationStep> SubmitAsync(VerifiableContract contract, CancellationToken cancellationToken);

    Task<VerificationStep> CheckAsync(string ticket, CancellationToken cancellationToken);
}

/// <summary>The service cannot be used at all (unreachable, an HTTP error): the run stops and says so.</summary>
internal sealed class VerificationServiceException(string message, Exception? inner = null) : Exception(message, inner);
