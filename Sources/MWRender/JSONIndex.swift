import Foundation
import MWContent
import MWGraph

/// site/index.json: every document with its fields and its references both ways.
/// Schema: schemas/index.schema.json.
enum JSONIndex {
    static func write(_ graph: SiteGraph, to sink: IndexSink) throws {
        // Written while it is encoded: the entries in batches, each batch on every core.
        let all = graph.documents
        let documents = DeterministicJSON.Items(count: all.count) { range in Parallel.map(Array(all[range])) { doc in
            // Key by key in sorted order (the order `DeterministicJSON` gives a dictionary).
            var entry = JSONObjectWriter(capacity: 2048)
            if let gemeente = doc.gemeenteSlug { entry.string("gemeente", gemeente) }
            entry.strings("inkomend", graph.incoming[doc.slug] ?? [])
            entry.string("samenvatting", doc.summary)
            entry.string("slug", doc.slug)
            entry.string("titel", doc.title)
            entry.string("type", doc.type.rawValue)
            entry.strings("uitgaand", graph.outgoing[doc.slug] ?? [])
            entry.string("url", doc.url)
            entry.fields("velden", doc.fields)
            return entry.end()
        } }
        let counts = Dictionary(grouping: all, by: { $0.type.rawValue }).mapValues(\.count)
        let file = try sink.open("index.json")
        DeterministicJSON.write(["versie": 1, "aantallen": counts, "documenten": documents] as [String: Any], to: file)
        try file.close()
    }
}
