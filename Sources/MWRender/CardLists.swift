import Foundation
import MWContent

extension SiteRenderer {
    /// A link card (`_card`) or a compact link (`_link`).
    enum CardStyle: String { case card = "_card", link = "_link" }

    /// The list items of `_cards` (`{{{cards}}}`): the cards of `docs` as seen from the page at `path`.
    func cardList(_ docs: [Document], from path: String) -> String {
        docs.map { cardHTML(.card, $0, from: path) }.joined()
    }

    /// The items of a list, each rendered by `partial` from the frame of its shape, as one text
    /// (`{{{name}}}` in the page's template): the page's own shape then does not depend on how
    /// long its lists are, so pages share frames (10,000 documents: 711 of 1,000 aanpak pages
    /// had a shape of their own, 41 with their lists as texts).
    func items(_ list: [[String: Any]], with partial: String) -> String {
        list.map { render(partial, $0) }.joined()
    }

    /// The items of a compact link list (long backlink lists).
    func linkList(_ docs: [Document], from path: String) -> String {
        docs.map { cardHTML(.link, $0, from: path) }.joined()
    }

    func cardHTML(_ style: CardStyle, _ doc: Document, from path: String) -> String {
        let root = SitePath.rootPrefix(of: path)
        var key = Fingerprint()
        key.add(doc.fieldsFingerprint)   // a card shows fields only
        key.add(doc.url)
        key.add(templates.key(style.rawValue))
        return cards.value(style.rawValue + "|" + root + doc.slug, key: key.value) {
            render(style.rawValue, card(doc, from: path))
        }
    }

    /// A link card for lists.
    func card(_ doc: Document, from path: String) -> [String: Any] {
        var meta: [String] = []
        switch doc.type {
        case .aanpak:
            meta = (doc["doel"]?.strings ?? []).map(Vocabulary.label) + [Vocabulary.label(doc["onderbouwing"]?["niveau"]?.string ?? "")]
        case .les:
            meta = (doc["voor"]?.strings ?? []).map(Vocabulary.label)
        case .werkzaamElement:
            meta = [Vocabulary.label(doc["categorie"]?.string ?? "")]
        case .voorziening:
            meta = [doc["organisatie"]?.string ?? ""]
            if let status = doc["status"]?.string, status != "actief" { meta.append(Vocabulary.label(status)) }
        default:
            break
        }
        return ["titel": doc.title, "url": SitePath.rootPrefix(of: path) + doc.url, "samenvatting": doc.summary,
                "type": doc.type.label, "meta": meta.filter { !$0.isEmpty }.joined(separator: " · ")]
    }
}
