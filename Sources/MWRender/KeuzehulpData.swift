import Foundation
import MWContent
import MWGraph
import MWKeuzehulp

/// The data the browser keuzehulp needs, as keuzehulp.json and as a script (for file://).
public enum KeuzehulpData {
    public static func questionnaire(_ graph: SiteGraph) -> Questionnaire? {
        graph.documents(of: .keuzehulp).first.map(Questionnaire.init)
    }

    public static func recommender(_ graph: SiteGraph) -> Recommender? {
        questionnaire(graph).map { Recommender(questionnaire: $0, approaches: graph.documents(of: .aanpak).map(ApproachProfile.init)) }
    }

    static func payload(_ graph: SiteGraph) -> [String: Any]? {
        guard let questionnaire = questionnaire(graph) else { return nil }
        // On every core: at national scale these are tens of thousands of entries.
        let approaches: [[String: Any]] = Parallel.map(graph.documents(of: .aanpak)) { doc in
            var entry = plain(ApproachProfile(doc)) as? [String: Any] ?? [:]
            entry["url"] = doc.url
            entry["samenvatting"] = doc.summary
            entry["onderbouwingLabel"] = Vocabulary.label(doc["onderbouwing"]?["niveau"]?.string ?? "")
            entry["elementen"] = graph.outgoing(doc.slug, of: .werkzaamElement).map { ["titel": $0.title, "url": $0.url] }
            entry["bronnen"] = doc.citations.compactMap { c in graph[c.bron].map { ["titel": $0.title, "url": $0.url, "plaats": c.plaats] } }
            return entry
        }
        let voorzieningen: [[String: Any]] = Parallel.map(graph.documents(of: .voorziening).filter { $0["status"]?.string != "opgeheven" }) { v in
            ["titel": v.title, "url": v.url, "gemeente": v.gemeenteSlug ?? "", "telefoon": v["telefoon"]?.string ?? "",
             "soort": v["soort"]?.string.flatMap { graph[$0]?.title } ?? "",
             "domeinen": VoorzieningContext.levensdomeinen(v, graph: graph), "voorbeeld": v["voorbeeld"]?.bool ?? false]
        }
        return ["vragenlijst": plain(questionnaire), "aanpakken": approaches, "voorzieningen": voorzieningen]
    }

    /// `value` as plain values, through its Codable form.
    static func plain<T: Encodable>(_ value: T) -> Any {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? JSONSerialization.jsonObject(with: encoder.encode(value))) ?? NSNull()
    }

    /// keuzehulp.json, and the same data as a script for file:// (with "</" written "<\/", so
    /// the data cannot end a script element).
    static func write(_ graph: SiteGraph, to sink: IndexSink) throws {
        guard let payload = payload(graph) else { return }
        let data = DeterministicJSON.data(payload)
        try sink.write(OutputFile(path: "keuzehulp.json", data: data))
        let script = try sink.open("keuzehulp-data.js")
        script.write("window.MW_KEUZEHULP = ")
        data.withUnsafeBytes { bytes in
            var start = 0
            for i in bytes.indices.dropLast() where bytes[i] == UInt8(ascii: "<") && bytes[i + 1] == UInt8(ascii: "/") {
                script.write(UnsafeRawBufferPointer(rebasing: bytes[start...i]))
                script.write("\\")
                start = i + 1
            }
            script.write(UnsafeRawBufferPointer(rebasing: bytes[start...]))
        }
        script.write(";\n")
        try script.close()
    }

    static func pageContext(_ graph: SiteGraph) -> [String: Any] {
        guard let q = questionnaire(graph) else { return [:] }
        return ["vragen": q.vragen.map { v in
            ["id": v.id, "vraag": v.vraag, "uitleg": v.uitleg ?? "", "instrument": v.instrument ?? "", "meer": v.meer,
             "inputType": v.meer ? "checkbox" : "radio",
             "opties": v.opties.map { ["id": $0.id, "label": $0.label, "uitleg": $0.uitleg ?? "", "vraag": v.id, "inputType": v.meer ? "checkbox" : "radio"] }] as [String: Any]
        }]
    }
}
