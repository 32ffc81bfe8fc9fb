using System.Globalization;
using System.Text.RegularExpressions;

namespace GovernanceRewards.Indexer.Rpc;

/// <summary>
/// How many blocks the next <c>eth_getLogs</c> asks for. Providers cap a request by results or by blocks and say so
/// differently: Infura (-32005) puts the range that works in the error data, Alchemy writes "this block range should
/// work: [0x…, 0x…]"; others only say "too many results" or time out. The range follows the hint when there is one,
/// halves otherwise, doubles while answers stay sparse, and shrinks in proportion when an answer is dense, so one
/// range never holds much more than a few times <c>sparseResults</c> logs in memory.
/// </summary>
public sealed partial class AdaptiveRange(ulong initial, ulong maximum, int sparseResults)
{
    public ulong Blocks { get; private set; } = Math.Max(1, Math.Min(initial, maximum));

    public void Succeeded(int results)
    {
        if (results < sparseResults) Blocks = Math.Min(maximum, Blocks * 2);
        else if (results > 2 * sparseResults) Blocks = Math.Max(1, Blocks * (ulong)sparseResults / (ulong)results);
    }

    /// <summary>True when the error means "ask for fewer blocks" (the range shrank); false for any other error.</summary>
    public bool Refused(Exception error, ulong fromBlock)
    {
        if (error is RpcException rpc && Suggested(rpc) is { } suggested && suggested.To >= fromBlock)
        {
            Blocks = Math.Max(1, Math.Min(Blocks - 1, suggested.To - fromBlock + 1));
            return true;
        }
        var text = error is RpcException r ? r.RpcMessage + " " + r.ErrorData : error.Message;
        if (error is TaskCanceledException or TimeoutException || TooMany().IsMatch(text))
        {
            if (Blocks == 1) return false;
            Blocks = Math.Max(1, Blocks / 2);
            return true;
        }
        return false;
    }

    private static (ulong From, ulong To)? Suggested(RpcException rpc)
    {
        var match = HexRange().Match(rpc.RpcMessage + " " + rpc.ErrorData);
        if (!match.Success) return null;
        return (Parse(match.Groups["from"].Value), Parse(match.Groups["to"].Value));
    }

    private static ulong Parse(string hex) => ulong.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:from""?\s*:\s*""0x|\[0x)(?<from>[0-9a-fA-F]+)""?\s*,\s*(?:""?to""?\s*:\s*""0x|0x)(?<to>[0-9a-fA-F]+)")]
    private static partial Regex HexRange();

    [GeneratedRegex("too many|more than|exceed|max results|response size|query timeout|block range", RegexOptions.IgnoreCase)]
    private static partial Regex TooMany();
}
