import XCTest
@testable import MWSearch

/// Documents are numbered in one total order, so the index is the same whatever order they come in.
final class DocumentOrderTests: XCTestCase {
    func testOrderIsTypeGemeenteTitleURLThenTheOtherFields() {
        func doc(_ url: String, _ type: String, _ title: String, gemeente: String? = nil, summary: String = "s", soort: String? = nil) -> SearchDocument {
            var facets: [String: [String]] = [:]
            if let gemeente { facets["gemeente"] = [gemeente] }
            if let soort { facets["soort"] = [soort] }
            return SearchDocument(url: url, type: type, typeLabel: type, title: title, summary: summary, body: "b", facets: facets)
        }
        let docs = [
            doc("v/2.html", "voorziening", "Taalhuis", gemeente: "Zandstad"),
            doc("v/1.html", "voorziening", "Taalhuis", gemeente: "Álmere-Oost"),   // folded: before Zandstad
            doc("a/b.html", "aanpak", "Buurtkamer"),
            doc("a/a.html", "aanpak", "Écht contact"),                             // folded "echt": after Buurtkamer
            doc("a/c.html", "aanpak", "Buurtkamer"),                               // same title: by URL
            // Same URL: by the fields after it (summary, then facets).
            doc("d.html", "pagina", "Over", summary: "twee"),
            doc("d.html", "pagina", "Over", summary: "een", soort: "b"),
            doc("d.html", "pagina", "Over", summary: "een", soort: "a"),
        ]
        let expected = ["a/b.html", "a/c.html", "a/a.html", "d.html|een|a", "d.html|een|b", "d.html|twee|", "v/1.html", "v/2.html"]
        func name(_ d: SearchDocument) -> String { d.url == "d.html" ? "d.html|\(d.summary)|\(d.facets["soort"]?.first ?? "")" : d.url }
        XCTAssertEqual(SearchIndexBuilder.ordered(docs).map(name), expected)
        XCTAssertEqual(SearchIndexBuilder.ordered(docs.reversed()).map(name), expected)
        XCTAssertEqual(SearchIndexBuilder.ordered(docs.shuffled()).map(name), expected)
    }
}
