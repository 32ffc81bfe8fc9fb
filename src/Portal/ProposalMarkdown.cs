using Ganss.Xss;
using Markdig;

namespace GovernanceRewards.Portal;

/// <summary>
/// A proposal's description, written by anyone who can propose, as HTML safe to put in a page: Markdown without its raw
/// HTML, then sanitized (links keep only safe schemes) in case a Markdown construct slips something through.
/// </summary>
public sealed class ProposalMarkdown
{
    private readonly MarkdownPipeline _pipeline = Pipeline();

    // Element names and ids belong to the page: a `name` could shadow a global (`<img name="ethereum">` is window.ethereum).
    private readonly HtmlSanitizer _sanitizer = new(new HtmlSanitizerOptions
    {
        AllowedTags = HtmlSanitizerDefaults.AllowedTags,
        AllowedAttributes = new HashSet<string>(HtmlSanitizerDefaults.AllowedAttributes.Except(["name", "id", "target"]), StringComparer.OrdinalIgnoreCase),
        AllowedCssProperties = HtmlSanitizerDefaults.AllowedCssProperties,
        AllowedSchemes = HtmlSanitizerDefaults.AllowedSchemes,
        UriAttributes = HtmlSanitizerDefaults.UriAttributes,
    });

    public string ToHtml(string markdown) => _sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline));

    /// <summary>Markdig's advanced extensions without generic attributes (<c>{name=…}</c> would set any attribute).</summary>
    private static MarkdownPipeline Pipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml();
        builder.Extensions.RemoveAll(extension => extension is Markdig.Extensions.GenericAttributes.GenericAttributesExtension);
        return builder.Build();
    }
}
