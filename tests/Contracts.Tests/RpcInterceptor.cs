using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GovernanceRewards.Contracts.Tests;

/// <summary>
/// An HTTP JSON-RPC endpoint in front of the node that forwards every request, first running a hook with the request's
/// body: a test uses it to make the chain move at an exact point of a client's conversation with the node.
/// </summary>
internal sealed class RpcInterceptor : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly HttpClient _http = new();
    private readonly Uri _node;
    private readonly Func<string, Task> _before;
    private readonly Task _serving;

    private RpcInterceptor(Uri node, Func<string, Task> before)
    {
        _node = node;
        _before = before;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Url = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/");
        }
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _serving = ServeAsync();
    }

    public Uri Url { get; }

    public static RpcInterceptor Start(Uri node, Func<string, Task> before) => new(node, before);

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _serving.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _listener.Close();
        _http.Dispose();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            _ = ForwardAsync(context);
        }
    }

    private async Task ForwardAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        try
        {
            await _before(body);
        }
        catch (HttpRequestException)
        {
            // The hook plays a node that cannot be reached for this call.
            context.Response.StatusCode = (int)HttpStatusCode.BadGateway;
            context.Response.Close();
            return;
        }
        using var answer = await _http.PostAsync(_node, new StringContent(body, Encoding.UTF8, "application/json"));
        var bytes = await answer.Content.ReadAsByteArrayAsync();
        context.Response.StatusCode = (int)answer.StatusCode;
        context.Response.ContentType = "application/json";
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }
}
