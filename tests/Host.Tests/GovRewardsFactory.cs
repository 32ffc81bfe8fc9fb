using GovernanceRewards.Host.Serve;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovernanceRewards.Host.Tests;

/// <summary>
/// <c>serve</c>'s host under <see cref="WebApplicationFactory{TEntryPoint}"/>: the same composition
/// (<see cref="GovRewardsServer.BuildAsync"/>: indexer, read models, Hangfire jobs and the API, on real PostgreSQL and
/// anvil), its HTTP served in memory by the factory's TestServer instead of Kestrel.
/// </summary>
internal sealed class GovRewardsFactory(ServeSettings settings) : WebApplicationFactory<Program>
{
    /// <summary>
    /// Takes the factory's generic-host route rather than running <c>Program</c>'s Main, whose arguments are the CLI's
    /// commands: the builder handed to <see cref="CreateHost"/> only carries the factory's content root.
    /// </summary>
    protected override IHostBuilder CreateHostBuilder() => new HostBuilder();

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var app = GovRewardsServer.BuildAsync(settings with { ConfigureWebHost = web => web.UseTestServer() }, NullLoggerFactory.Instance, CancellationToken.None)
            .GetAwaiter().GetResult();
        app.Start();
        return app;
    }
}
