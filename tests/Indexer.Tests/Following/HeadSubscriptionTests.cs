using System.Net;
using System.Net.Sockets;
using GovernanceRewards.Indexer.Following;
using GovernanceRewards.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovernanceRewards.Indexer.Tests.Following;

public sealed class HeadSubscriptionTests(ChainFixture chain) : IClassFixture<ChainFixture>
{
    [Fact]
    public async Task Each_new_head_wakes_the_waiter_and_no_head_lets_it_sleep_until_the_timeout()
    {
        await using var heads = await HeadSubscription.TryOpenAsync(chain.Node.RpcUrl, NullLogger.Instance, CancellationToken.None);

        Assert.NotNull(heads);
        Assert.False(await heads.WaitAsync(TimeSpan.FromMilliseconds(300), CancellationToken.None));
        await chain.Node.MineAsync(1);
        Assert.True(await heads.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None));
        await chain.Node.MineAsync(3);
        Assert.True(await heads.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None));
        Assert.True(heads.IsOpen);
    }

    [Fact]
    public async Task A_dropped_subscription_comes_back_by_itself_when_the_node_does()
    {
        using var proxy = new TcpProxy(chain.Node.RpcUrl);
        proxy.Start();
        await using var heads = await HeadSubscription.TryOpenAsync(proxy.Url, NullLogger.Instance, CancellationToken.None);
        Assert.NotNull(heads);

        proxy.Stop();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (heads.IsOpen && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.False(heads.IsOpen);
        proxy.Start();
        deadline = DateTime.UtcNow.AddSeconds(20);
        while (!heads.IsOpen && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.True(heads.IsOpen);

        // The reconnection itself asks for one look; after it, a new head wakes the waiter again.
        await heads.WaitAsync(TimeSpan.FromMilliseconds(100), CancellationToken.None);
        await chain.Node.MineAsync(1);
        Assert.True(await heads.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None));
    }

    [Fact]
    public async Task Without_a_websocket_at_the_node_there_is_no_subscription_and_polling_goes_on()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        Assert.Null(await HeadSubscription.TryOpenAsync(new Uri($"http://127.0.0.1:{port}"), NullLogger.Instance, CancellationToken.None));
    }

    [Fact]
    public async Task The_subscription_log_line_names_the_node_without_its_credentials()
    {
        var logger = new Lines();
        var rpc = new UriBuilder(chain.Node.RpcUrl) { UserName = "user", Password = "secret" }.Uri;

        await using var heads = await HeadSubscription.TryOpenAsync(rpc, logger, CancellationToken.None);

        Assert.NotNull(heads);
        var line = Assert.Single(logger.Written);
        Assert.Contains($"ws://***@127.0.0.1:{chain.Node.RpcUrl.Port}", line);
        Assert.DoesNotContain("secret", line, StringComparison.Ordinal);
    }

    private sealed class Lines : ILogger
    {
        public List<string> Written { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Written.Add(formatter(state, exception));
    }
}
