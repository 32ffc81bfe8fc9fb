using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovernanceRewards.Portal;

/// <summary>How the portal presents its chain to wallets; each default is stated here only.</summary>
public sealed record PortalSettings
{
    /// <summary>The chain's name in the wallet (when the portal adds it there) and on the pages; default "Chain {id}".</summary>
    public string? ChainName { get; init; }

    /// <summary>
    /// An RPC URL the portal may hand to browsers' wallets to add the chain (EIP-3085); null when none is public. Never
    /// the host's own RPC URL unless it is on loopback: that one may carry a provider's key.
    /// </summary>
    public Uri? PublicRpcUrl { get; init; }

    /// <summary>A block explorer for transaction links (<c>{explorer}/tx/{hash}</c>); none by default.</summary>
    public Uri? ExplorerUrl { get; init; }
}

/// <summary>What the wallet module reads from each page: the chain, how to add it, and the contracts it calls.</summary>
internal sealed record PortalChain(
    long ChainId, string ChainName, string? PublicRpcUrl, string? ExplorerUrl, string Governor, string Token, string Distributor, string Staking)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    /// <summary>The page's <c>portal-config</c> block; the default encoder escapes &lt; and &gt;, so nothing here ends the script element.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
