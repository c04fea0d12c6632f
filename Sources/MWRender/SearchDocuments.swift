import Foundation
import MWContent
import MWGraph
import MWSearch

/// What each document contributes to the search index: title, summary, body text, and the
/// fields worth finding (gemeente, soort, doel, organisation, doelgroep), with facets for filters.
enum SearchDocuments {
    static func make(_ graph: SiteGraph) -> [SearchDocument] {
        Parallel.map(graph.documents.filter { $0.type != .keuzehulp }) { doc in
            var facets: [String: [String]] = ["type": [doc.type.label]]
            var extra: [String] = []
            switch doc.type {
            case .aanpak:
                facets["doel"] = (doc["doel"]?.strings ?? []).map(Vocabulary.label)
                facets["gemeente"] = doc["gemeenten"]?.strings ?? []
                extra = [doc["doelgroep"]?.string, doc["niet_voor"]?.string].compactMap { $0 } + (doc["uitvoerders"]?.strings ?? [])
                    + [Vocabulary.label(doc["benadering"]?.string ?? "")]
            case .voorziening:
                facets["gemeente"] = [doc["gemeente"]?.string ?? ""]
                let soort = doc["soort"]?.string.flatMap { graph[$0]?.title } ?? ""
                facets["soort"] = [soort]
                extra = [doc["organisatie"]?.string, doc["doelgroep"]?.string, doc["werkgebied"]?.string, doc["kosten"]?.string,
                         doc["aanmelden_toelichting"]?.string, soort].compactMap { $0 }
            case .voorzieningsoort:
                facets["soort"] = [doc.title]
                extra = [doc["wanneer_verwijzen"]?.string].compactMap { $0 } + (doc["levensdomeinen"]?.strings ?? []).map(Vocabulary.label)
            case .les:
                extra = [Vocabulary.label(doc["thema"]?.string ?? "")] + (doc["voor"]?.strings ?? []).map(Vocabulary.label)
            case .werkzaamElement:
                extra = [Vocabulary.label(doc["categorie"]?.string ?? "")]
            case .bron:
                extra = [doc["organisatie"]?.string].compactMap { $0 } + (doc["auteurs"]?.strings ?? [])
            default:
                break
            }
            let body = (extra + [graph.bodies[doc.slug]?.plainText ?? ""]).joined(separator: " ")
            return SearchDocument(url: doc.url, type: doc.type.rawValue, typeLabel: doc.type.label, title: doc.title,
                                  summary: doc.summary, body: body, facets: facets.filter { !$0.value.allSatisfy(\.isEmpty) })
        }
    }

    /// Writes the index's files as they are encoded; throws the first failed write.
    static func write(_ graph: SiteGraph, to sink: IndexSink) throws {
        try SearchIndexBuilder().build(make(graph)) { (path, data) throws(any Error) in try sink.write(OutputFile(path: path, data: data)) }
    }
}
