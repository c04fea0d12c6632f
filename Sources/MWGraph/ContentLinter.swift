import Foundation
import MWContent

/// Warnings about content that builds but could be better (the errors come from earlier stages).
public enum ContentLinter {
    public static func lint(_ graph: SiteGraph, settings: SiteSettings, today: String) -> [Diagnostic] {
        let staleBefore = monthsBefore(today, settings.controleTermijnMaanden)
        // Per document, on every core.
        return Parallel.map(graph.documents) { doc -> [Diagnostic] in
            var warnings: [Diagnostic] = []
            if let summary = doc["samenvatting"], summary.string?.count ?? 0 > 300 {
                warnings.append(.warning(doc.path, summary.position, "de samenvatting is \(summary.string!.count) tekens; houd haar onder de 300 (twee zinnen: wat is het en voor wie)"))
            }
            switch doc.type {
            case .aanpak where (doc["werkzame_elementen"]?.list ?? []).isEmpty:
                warnings.append(.warning(doc.path, doc["werkzame_elementen"]?.position ?? .start, "deze aanpak noemt geen werkzame elementen ('werkzame_elementen')"))
            case .werkzaamElement where graph.incoming(doc.slug, of: .aanpak).isEmpty && graph.incoming(doc.slug, of: .les).isEmpty:
                warnings.append(.warning(doc.path, .start, "wees: geen aanpak of les verwijst naar dit werkzame element"))
            case .bron where (graph.incoming[doc.slug] ?? []).isEmpty:
                warnings.append(.warning(doc.path, .start, "wees: geen document citeert deze bron"))
            case .voorzieningsoort where graph.incoming(doc.slug, of: .voorziening).isEmpty:
                warnings.append(.warning(doc.path, .start, "wees: er is geen voorziening van deze soort in de sociale kaart"))
            case .voorziening:
                if let checked = doc["laatst_gecontroleerd"], let date = checked.string, date < staleBefore {
                    warnings.append(.warning(doc.path, checked.position, "de gegevens zijn op \(date) voor het laatst gecontroleerd, langer dan \(settings.controleTermijnMaanden) maanden geleden"))
                }
            default:
                break
            }
            var previous = 1
            for heading in graph.bodies[doc.slug]?.headings ?? [] {
                let position = Position(line: doc.bodyLine + heading.line - 1, column: 1)
                if heading.level == 1 {
                    warnings.append(.warning(doc.path, position, "kop '\(heading.text)' is van niveau 1 (#); de titel is al de enige kop 1, begin met ## "))
                } else if heading.level > previous + 1 {
                    warnings.append(.warning(doc.path, position, "kop '\(heading.text)' slaat een niveau over (van \(previous) naar \(heading.level)); gebruik \(String(repeating: "#", count: previous + 1))"))
                }
                previous = heading.level
            }
            return warnings
        }.flatMap { $0 }
    }

    /// The ISO date `months` before `date` (day clamped to 28 to stay valid).
    static func monthsBefore(_ date: String, _ months: Int) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return date }
        var total = parts[0] * 12 + (parts[1] - 1) - months
        if total < 0 { total = 0 }
        return String(format: "%04d-%02d-%02d", total / 12, total % 12 + 1, min(parts[2], 28))
    }

    /// Today's date in the Netherlands, as YYYY-MM-DD.
    public static func today() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter.string(from: Date())
    }
}
