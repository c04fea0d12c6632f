import Foundation
import MWContent
import MWGraph

/// site/index.json: every document with its fields and its references both ways.
/// Schema: schemas/index.schema.json.
enum JSONIndex {
    static func file(_ graph: SiteGraph) -> OutputFile {
        // Each entry encoded on its own (on every core) and written into the file as it is.
        let documents = Parallel.map(graph.documents) { doc -> DeterministicJSON.Fragment in
            var entry: [String: Any] = [
                "type": doc.type.rawValue,
                "slug": doc.slug,
                "titel": doc.title,
                "url": doc.url,
                "samenvatting": doc.summary,
                "velden": doc.fields.mapValues(\.plain),
                "uitgaand": graph.outgoing[doc.slug] ?? [],
                "inkomend": graph.incoming[doc.slug] ?? [],
            ]
            if let gemeente = doc.gemeenteSlug { entry["gemeente"] = gemeente }
            return DeterministicJSON.Fragment(entry)
        }
        let counts = Dictionary(grouping: graph.documents, by: { $0.type.rawValue }).mapValues(\.count)
        let data = DeterministicJSON.data(["versie": 1, "aantallen": counts, "documenten": documents] as [String: Any])
        return OutputFile(path: "index.json", data: data)
    }
}
