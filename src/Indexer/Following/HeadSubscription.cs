using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GovernanceRewards.Chain;
using Microsoft.Extensions.Logging;

namespace GovernanceRewards.Indexer.Following;

/// <summary>
/// <c>eth_subscribe("newHeads")</c> over the node's WebSocket, where it offers one: each new head wakes the follower
/// at once instead of at its next poll. Polling stays the ground truth (a notification only says "look now"), so a
/// subscription that drops or never opens costs latency, never data.
/// </summary>
public sealed partial class HeadSubscription : IAsyncDisposable
{
    private readonly Uri _url;
    private readonly SemaphoreSlim _heads = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiving;
    private readonly ILogger _logger;
    private readonly Backoff _reconnect = new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30));
    private ClientWebSocket _socket;

    private HeadSubscription(Uri url, ClientWebSocket socket, ILogger logger)
    {
        _url = url;
        _socket = socket;
        _logger = logger;
        _receiving = Task.Run(ReceiveAsync);
    }

    /// <summary>False while the subscription is down (it reconnects by itself); the follower polls meanwhile.</summary>
    public bool IsOpen => _socket.State == WebSocketState.Open;

    /// <summary>Subscribes at the WebSocket twin of <paramref name="rpcUrl"/>; null when the node does not offer it.</summary>
    public static async Task<HeadSubscription?> TryOpenAsync(Uri rpcUrl, ILogger logger, CancellationToken cancellationToken)
    {
        var url = new UriBuilder(rpcUrl) { Scheme = rpcUrl.Scheme == "https" ? "wss" : "ws" }.Uri;
        var socket = await TrySubscribeAsync(url, logger, cancellationToken);
        if (socket is null) return null;
        Subscribed(logger, Redaction.Redact(url));
        return new HeadSubscription(url, socket, logger);
    }

    /// <summary>True when a new head arrived (since the last call), false when <paramref name="timeout"/> passed first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _heads.WaitAsync(timeout, cancellationToken);

    private static async Task<ClientWebSocket?> TrySubscribeAsync(Uri url, ILogger logger, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await socket.ConnectAsync(url, timeout.Token);
            await socket.SendAsync("""{"jsonrpc":"2.0","id":1,"method":"eth_subscribe","params":["newHeads"]}"""u8.ToArray(),
                WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
            using var answer = JsonDocument.Parse(await ReadMessageAsync(socket, timeout.Token));
            if (!answer.RootElement.TryGetProperty("result", out _))
            {
                throw new WebSocketException(answer.RootElement.TryGetProperty("error", out var error) ? error.GetRawText() : "no subscription id");
            }
            return socket;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or JsonException or HttpRequestException
                                   && !cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            Unavailable(logger, Redaction.Redact(url), Redaction.Redact(e.GetBaseException().Message));
            return null;
        }
    }

    /// <summary>Turns each notification into a wake-up; when the socket drops, subscribes again after a growing pause.</summary>
    private async Task ReceiveAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                while (_socket.State == WebSocketState.Open)
                {
                    await ReadMessageAsync(_socket, _stop.Token);
                    // At most one wake-up is pending: several heads while a step runs need one look, not several.
                    if (_heads.CurrentCount == 0) _heads.Release();
                }
            }
            catch (Exception e)
            {
                // Whatever the node sent or did, the subscription is only a hint: it never takes the indexer down with it.
                if (_stop.IsCancellationRequested) return;
                Dropped(_logger, e.GetBaseException().Message);
            }
            try
            {
                await _reconnect.DelayAsync(_stop.Token);
                if (await TrySubscribeAsync(_url, _logger, _stop.Token) is { } socket)
                {
                    _reconnect.Reset();
                    _socket.Dispose();
                    _socket = socket;
                    Subscribed(_logger, Redaction.Redact(_url));
                    // Heads may have come while it was down: look once now.
                    if (_heads.CurrentCount == 0) _heads.Release();
                }
            }
            catch (Exception e)
            {
                if (_stop.IsCancellationRequested) return;
                Dropped(_logger, e.GetBaseException().Message);
            }
        }
    }

    private static async Task<string> ReadMessageAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        using var message = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close) throw new WebSocketException("the node closed the subscription");
            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);
        return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Abort();
        await _receiving;
        _socket.Dispose();
        _stop.Dispose();
        _heads.Dispose();
    }

    [LoggerMessage(20, LogLevel.Information, "Subscribed to new heads at {Url}; polling stays as the fallback")]
    private static partial void Subscribed(ILogger logger, string url);

    [LoggerMessage(21, LogLevel.Information, "No head subscription at {Url} ({Reason}); following the head by polling")]
    private static partial void Unavailable(ILogger logger, string url, string reason);

    [LoggerMessage(22, LogLevel.Warning, "The head subscription dropped ({Reason}); polling until it is back")]
    private static partial void Dropped(ILogger logger, string reason);
}
