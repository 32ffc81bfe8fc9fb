namespace GovernanceRewards.Governance.Proposals;

/// <summary>
/// The description convention: the first line is the title (a leading Markdown <c>#</c> is dropped), the rest is
/// the body. Any wallet's free text still parses: a one-line description is all title.
/// </summary>
public sealed record ProposalDescription(string Title, string Body)
{
    public const int MaximumTitleLength = 120;

    public static ProposalDescription Parse(string description)
    {
        var text = description.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var title = (newline < 0 ? text : text[..newline]).TrimStart('#').Trim();
        var body = newline < 0 ? "" : text[(newline + 1)..].Trim();
        if (title.Length > MaximumTitleLength) title = title[..MaximumTitleLength] + "…";
        return new ProposalDescription(title.Length == 0 ? "(untitled)" : title, body);
    }

    /// <summary>The text proposed on chain; its keccak256 is what queue and execute take.</summary>
    public string ToDescription() => Body.Length == 0 ? $"# {Title}" : $"# {Title}\n\n{Body}";
}
