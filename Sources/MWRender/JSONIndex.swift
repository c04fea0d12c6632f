import Foundation
import MWContent
import MWGraph

/// site/index.json: every document with its fields and its references both ways.
/// Schema: schemas/index.schema.json.
enum JSONIndex {
    static func write(_ graph: SiteGraph, to sink: IndexSink) throws {
        // Written while it is encoded: the entries in batches, each batch on every core.
        let all = graph.documents
        let documents = DeterministicJSON.Items(count: all.count) { range in Parallel.map(Array(all[range])) { doc -> DeterministicJSON.Fragment in
            var entry: [String: Any] = [
                "type": doc.type.rawValue,
                "slug": doc.slug,
                "titel": doc.title,
                "url": doc.url,
                "samenvatting": doc.summary,
                "velden": doc.fields,
                "uitgaand": graph.outgoing[doc.slug] ?? [],
                "inkomend": graph.incoming[doc.slug] ?? [],
            ]
            if let gemeente = doc.gemeenteSlug { entry["gemeente"] = gemeente }
            return DeterministicJSON.Fragment(entry)
        } }
        let counts = Dictionary(grouping: all, by: { $0.type.rawValue }).mapValues(\.count)
        let file = try sink.open("index.json")
        DeterministicJSON.write(["versie": 1, "aantallen": counts, "documenten": documents] as [String: Any], to: file)
        try file.close()
    }
}
