using System.Globalization;
using System.Text.Json;
using Nethereum.Hex.HexConvertors.Extensions;

namespace GovernanceRewards.Rewards.Merkle;

/// <summary>
/// An epoch's tree in @openzeppelin/merkle-tree's <c>StandardMerkleTree</c> dump format. The bytes are a function of the
/// tree alone (no whitespace, fixed key order), so the dump served over HTTP is the one whose CID is posted on chain.
/// </summary>
public static class TreeDump
{
    public static async Task WriteAsync(StandardMerkleTree tree, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("format", "standard-v1");
        json.WriteStartArray("leafEncoding");
        json.WriteStringValue("address");
        json.WriteStringValue("uint256");
        json.WriteEndArray();
        json.WriteStartArray("tree");
        for (var i = 0; i < tree.NodeCount; i++) json.WriteStringValue(tree.Node(i).ToHex(true));
        json.WriteEndArray();
        json.WriteStartArray("values");
        for (var i = 0; i < tree.Values.Count; i++)
        {
            json.WriteStartObject();
            json.WriteStartArray("value");
            json.WriteStringValue(tree.Values[i].Account);
            json.WriteStringValue(tree.Values[i].CumulativeTotal.ToString(CultureInfo.InvariantCulture));
            json.WriteEndArray();
            json.WriteNumber("treeIndex", tree.TreeIndexOf(i));
            json.WriteEndObject();
            if (json.BytesPending > 1 << 16) await json.FlushAsync(cancellationToken);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }
}
