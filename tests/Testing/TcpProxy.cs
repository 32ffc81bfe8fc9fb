using System.Net;
using System.Net.Sockets;

namespace GovernanceRewards.Testing;

/// <summary>
/// A loopback TCP forwarder in front of a node or a database, to cut a client off it and bring it back on the same
/// address without losing its state (stopping anvil itself would start a new chain), to freeze it (connections stay
/// open, nothing answers: what a stalled server looks like from outside), or to put another server behind the address.
/// </summary>
public sealed class TcpProxy(Uri target) : IDisposable
{
    private readonly List<TcpClient> _connections = [];
    private TaskCompletionSource _flowing = Flowing();
    private Uri _target = target;
    private TcpListener? _listener;
    private CancellationTokenSource? _running;

    public int Port { get; private set; }

    public Uri Url => new($"http://127.0.0.1:{Port}");

    /// <summary>A proxy in front of the database <paramref name="connectionString"/> names, and the same connection string through it.</summary>
    public static (TcpProxy Proxy, string ConnectionString) ForDatabase(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var proxy = new TcpProxy(new Uri($"tcp://{builder.Host}:{builder.Port}"));
        proxy.Start();
        builder.Host = "127.0.0.1";
        builder.Port = proxy.Port;
        return (proxy, builder.ConnectionString);
    }

    /// <summary>Holds every byte in both directions, and new connections before they reach the target, until <see cref="Thaw"/>.</summary>
    public void Freeze()
    {
        if (_flowing.Task.IsCompleted) _flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Thaw() => _flowing.TrySetResult();

    /// <summary>New connections go to <paramref name="target"/> from now on; open ones are dropped.</summary>
    public void Retarget(Uri target)
    {
        _target = target;
        DropConnections();
    }

    public void Start()
    {
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _running = new CancellationTokenSource();
        _ = AcceptAsync(_listener, _running.Token);
    }

    /// <summary>Refuses new connections and drops open ones, as a node that went down would.</summary>
    public void Stop()
    {
        _running?.Cancel();
        _listener?.Stop();
        DropConnections();
    }

    private void DropConnections()
    {
        lock (_connections)
        {
            foreach (var connection in _connections) connection.Dispose();
            _connections.Clear();
        }
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            var upstream = new TcpClient();
            lock (_connections)
            {
                _connections.Add(client);
                _connections.Add(upstream);
            }
            _ = ForwardAsync(client, upstream, cancellationToken);
        }
    }

    private async Task ForwardAsync(TcpClient client, TcpClient upstream, CancellationToken cancellationToken)
    {
        try
        {
            await _flowing.Task.WaitAsync(cancellationToken);
            await upstream.ConnectAsync(_target.Host, _target.Port, cancellationToken);
            var clientStream = client.GetStream();
            var upstreamStream = upstream.GetStream();
            await Task.WhenAny(PumpAsync(clientStream, upstreamStream, cancellationToken), PumpAsync(upstreamStream, clientStream, cancellationToken));
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The proxy was stopped or a side hung up.
        }
        finally
        {
            client.Dispose();
            upstream.Dispose();
        }
    }

    private async Task PumpAsync(Stream from, Stream to, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
        {
            await _flowing.Task.WaitAsync(cancellationToken);
            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }

    private static TaskCompletionSource Flowing()
    {
        var flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        flowing.SetResult();
        return flowing;
    }

    public void Dispose()
    {
        Thaw();
        Stop();
    }
}
