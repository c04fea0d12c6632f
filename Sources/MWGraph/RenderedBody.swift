import MWMarkdown

/// A document's Markdown body after rendering, with what the renderer found in it.
public struct RenderedBody: Sendable {
    public var html: String
    public var headings: [MarkdownRenderer.Heading]
    public var plainText: String
}
