using System.Net.Http.Json;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovernanceRewards.Embedded.Tests;

public sealed class AnvilNodeTests
{
    [Fact]
    public async Task A_node_serves_its_chain_id_with_funded_accounts_and_stops_on_dispose()
    {
        Uri rpcUrl;
        await using (var node = await AnvilNode.StartAsync(RepositoryLayout.Discover(), new AnvilOptions { ChainId = 11155111 }, NullLogger.Instance, CancellationToken.None))
        {
            rpcUrl = node.RpcUrl;
            var chainId = await node.RpcAsync("eth_chainId", []);
            Assert.Equal("0xaa36a7", chainId.GetString());
            Assert.Equal(10, node.DevelopmentKeys.Count);
            await node.MineAsync(5);
            Assert.Equal("0x5", (await node.RpcAsync("eth_blockNumber", [])).GetString());
        }
        using var http = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() =>
            http.PostAsJsonAsync(rpcUrl, new { jsonrpc = "2.0", id = 1, method = "eth_chainId", @params = Array.Empty<object>() }));
    }
}
