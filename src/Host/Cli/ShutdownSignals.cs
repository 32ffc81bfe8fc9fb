using System.Runtime.InteropServices;

namespace GovernanceRewards.Host.Cli;

/// <summary>
/// SIGINT and SIGTERM for every command. The first cancels <see cref="Stopping"/>, so the command stops cleanly: the
/// web host drains, the indexer's step ends and its lease goes, child processes stop. A second one while that runs
/// exits at once with 128 + the signal's number, for an operator (or supervisor) who will not wait for the drain.
/// System.CommandLine's own handling is off: it forces an exit 2 s after the first signal, too soon for a drain and
/// too late for someone pressing Ctrl+C twice.
/// </summary>
internal sealed class ShutdownSignals : IDisposable
{
    private const int InterruptExitCode = 130, TerminateExitCode = 143;
    private readonly CancellationTokenSource _stopping = new();
    private readonly PosixSignalRegistration _interrupt, _terminate;
    private int _received;

    public ShutdownSignals()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    public CancellationToken Stopping => _stopping.Token;

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        if (Interlocked.Increment(ref _received) > 1)
        {
            Console.Error.WriteLine("second signal: exiting without waiting for the shutdown");
            Environment.Exit(context.Signal == PosixSignal.SIGINT ? InterruptExitCode : TerminateExitCode);
        }
        // Each signal is handled on a thread of its own, so a cancellation callback that blocks here never delays the
        // second signal.
        _stopping.Cancel();
    }

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _stopping.Dispose();
    }
}
