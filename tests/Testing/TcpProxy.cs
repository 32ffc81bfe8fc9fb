using System.Net;
using System.Net.Sockets;

namespace GovernanceRewards.Testing;

/// <summary>
/// A loopback TCP forwarder in front of a node, to cut a client off the RPC and bring it back on the same address
/// without losing the chain's state (stopping anvil itself would start a new chain).
/// </summary>
public sealed class TcpProxy(Uri target) : IDisposable
{
    private readonly List<TcpClient> _connections = [];
    private TcpListener? _listener;
    private CancellationTokenSource? _running;

    public int Port { get; private set; }

    public Uri Url => new($"http://127.0.0.1:{Port}");

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
            await upstream.ConnectAsync(target.Host, target.Port, cancellationToken);
            var clientStream = client.GetStream();
            var upstreamStream = upstream.GetStream();
            await Task.WhenAny(clientStream.CopyToAsync(upstreamStream, cancellationToken), upstreamStream.CopyToAsync(clientStream, cancellationToken));
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

    public void Dispose() => Stop();
}
