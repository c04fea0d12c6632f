import Foundation
import MWContent
import MWGraph

/// site/index.json: every document with its fields and its references both ways.
/// Schema: schemas/index.schema.json.
enum JSONIndex {
    static func file(_ graph: SiteGraph) -> OutputFile {
        // Each entry encoded on its own (on every core); the file is the entries joined, written
        // straight into its data (the keys in sorted order, as DeterministicJSON writes them).
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
        var data = Data(capacity: documents.reduce(1024) { $0 + $1.bytes.count + 1 })
        data.append(contentsOf: Array("{\"aantallen\":".utf8))
        data.append(DeterministicJSON.data(counts))
        data.append(contentsOf: Array(",\"documenten\":".utf8))
        DeterministicJSON.append(documents, to: &data)
        data.append(contentsOf: Array(",\"versie\":1}".utf8))
        return OutputFile(path: "index.json", data: data)
    }
}
