using Ganss.Xss;
using Markdig;

namespace GovernanceRewards.Portal;

/// <summary>
/// A proposal's description, written by anyone who can propose, as HTML safe to put in a page: Markdown without its raw
/// HTML, then sanitized (links keep only safe schemes) in case a Markdown construct slips something through.
/// </summary>
public sealed class ProposalMarkdown
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private readonly HtmlSanitizer _sanitizer = new();

    public string ToHtml(string markdown) => _sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline));
}
