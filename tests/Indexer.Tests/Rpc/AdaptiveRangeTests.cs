using GovernanceRewards.Indexer.Rpc;

namespace GovernanceRewards.Indexer.Tests.Rpc;

public sealed class AdaptiveRangeTests
{
    [Fact]
    public void Sparse_answers_double_the_range_up_to_the_maximum()
    {
        var range = new AdaptiveRange(initial: 10, maximum: 50, sparseResults: 100);
        range.Succeeded(3);
        Assert.Equal(20UL, range.Blocks);
        range.Succeeded(99);
        range.Succeeded(0);
        Assert.Equal(50UL, range.Blocks);
        range.Succeeded(100);
        Assert.Equal(50UL, range.Blocks);
    }

    [Fact]
    public void Dense_answers_shrink_the_range_in_proportion_so_a_range_stays_small_in_memory()
    {
        var range = new AdaptiveRange(initial: 100, maximum: 10_000, sparseResults: 2_000);
        range.Succeeded(100_000);
        Assert.Equal(2UL, range.Blocks);
        range.Succeeded(3_000);
        Assert.Equal(2UL, range.Blocks);
        range.Succeeded(1_000_000);
        Assert.Equal(1UL, range.Blocks);
    }

    [Fact]
    public void Infura_range_in_the_error_data_is_followed()
    {
        var range = new AdaptiveRange(1_000, 10_000, 100);
        var refused = range.Refused(new RpcException(-32005, "query returned more than 10000 results", """{"from":"0x64","to":"0xc7"}"""), fromBlock: 100);
        Assert.True(refused);
        Assert.Equal(100UL, range.Blocks);
    }

    [Fact]
    public void Alchemy_range_in_the_message_is_followed()
    {
        var range = new AdaptiveRange(5_000, 10_000, 100);
        var message = "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, "
            + "or you can request any block range with a cap of 10K logs in the response. Based on your parameters, this block range should work: [0x3e8, 0x5db]";
        Assert.True(range.Refused(new RpcException(-32602, message, null), fromBlock: 1_000));
        Assert.Equal(500UL, range.Blocks);
    }

    [Fact]
    public void Other_limits_and_timeouts_halve_the_range_and_unrelated_errors_do_not()
    {
        var range = new AdaptiveRange(800, 10_000, 100);
        Assert.True(range.Refused(new RpcException(-32000, "query exceeds max results 20000, retry with the range 1-2", null), 1));
        Assert.Equal(400UL, range.Blocks);
        Assert.True(range.Refused(new TaskCanceledException("timeout"), 1));
        Assert.Equal(200UL, range.Blocks);
        Assert.False(range.Refused(new RpcException(-32601, "method not found", null), 1));
        Assert.Equal(200UL, range.Blocks);
    }
}
