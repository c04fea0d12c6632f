import Foundation
import MWContent

/// Link cards and compact links, rendered once per document and folder depth and reused on
/// every list that shows them (an aanpak appears on three overviews, the pages of its werkzame
/// elementen and its bronnen). Kept by `serve` between builds; the key includes the document's
/// fingerprint and the template, so an edit renders its cards again.
public final class CardCache: @unchecked Sendable {
    public enum Style: String, Sendable { case card = "_card", link = "_link" }
    private var entries: [String: (key: UInt64, html: String)] = [:]
    private let lock = NSLock()

    public init() {}

    func html(_ style: Style, slug: String, root: String, key: UInt64, render: () -> String) -> String {
        let name = style.rawValue + "|" + root + slug
        lock.lock()
        if let entry = entries[name], entry.key == key {
            lock.unlock()
            return entry.html
        }
        lock.unlock()
        let html = render()
        lock.lock()
        entries[name] = (key, html)
        lock.unlock()
        return html
    }
}

extension SiteRenderer {
    /// The list items of `_cards` (`{{{cards}}}`): the cards of `docs` as seen from the page at `path`.
    func cardList(_ docs: [Document], from path: String) -> String {
        docs.map { cardHTML(.card, $0, from: path) }.joined()
    }

    /// The items of a compact link list (long backlink lists).
    func linkList(_ docs: [Document], from path: String) -> String {
        docs.map { cardHTML(.link, $0, from: path) }.joined()
    }

    func cardHTML(_ style: CardCache.Style, _ doc: Document, from path: String) -> String {
        let root = SitePath.rootPrefix(of: path)
        var key = Fingerprint()
        key.add(doc.fingerprint)
        key.add(doc.url)
        key.add(templates.key(style.rawValue))
        return cards.html(style, slug: doc.slug, root: root, key: key.value) {
            templates.render(style.rawValue, Self.dropEmpty(card(doc, from: path)) as! [String: Any])
        }
    }
}
