import Foundation
import MWContent
import MWGraph

/// Everything a voorziening page shows: contact, opening hours, status, structured data.
enum VoorzieningContext {
    static func make(_ doc: Document, graph: SiteGraph, settings: SiteSettings, root: String) -> [String: Any] {
        let status = doc["status"]?.string ?? "actief"
        let soort = doc["soort"]?.string.flatMap { graph[$0] }
        var context: [String: Any] = [
            "organisatie": doc["organisatie"]?.string ?? "",
            "soort": soort?.title ?? "",
            "soortUrl": soort.map { root + $0.url } ?? "",
            "gemeente": doc["gemeente"]?.string ?? "",
            "werkgebied": doc["werkgebied"]?.string ?? "",
            "doelgroep": doc["doelgroep"]?.string ?? "",
            "kosten": doc["kosten"]?.string ?? "",
            "aanmelden": (doc["aanmelden"]?.strings ?? []).map(Vocabulary.label),
            "aanmeldenToelichting": doc["aanmelden_toelichting"]?.string ?? "",
            "wachttijd": doc["wachttijd"]?.string ?? "",
            "status": Vocabulary.label(status),
            "statusId": status,
            "nietActief": status != "actief",
            "opgeheven": status == "opgeheven",
            "statusToelichting": doc["status_toelichting"]?.string ?? "",
            "levensdomeinen": levensdomeinen(doc, graph: graph).map(Vocabulary.label).joined(separator: ", "),
            "laatstGecontroleerd": DutchDate.long(doc["laatst_gecontroleerd"]?.string ?? ""),
            "laatstGecontroleerdISO": doc["laatst_gecontroleerd"]?.string ?? "",
            "controleTermijn": settings.controleTermijnMaanden,
            "openingstijden": openingHours(doc),
            "openingstijdenToelichting": doc["openingstijden_toelichting"]?.string ?? "",
            "meldFout": "mailto:\(settings.redactieEmail)?subject=" + percentEncode("Fout in de sociale kaart: \(doc.title) (\(doc.slug))"),
            "jsonld": jsonLD(doc, settings: settings, soort: soort?.title),
            "openKort": SiteRenderer.openingHoursShort(doc),
        ]
        if let phone = doc["telefoon"]?.string { context["telefoon"] = ["label": phone, "uri": "tel:" + ContactCheck.telURI(phone)] }
        if let email = doc["email"]?.string { context["email"] = ["label": email, "uri": "mailto:" + email] }
        if let website = doc["website"]?.string { context["website"] = website }
        if let adres = doc["adres"] {
            context["adres"] = ["straat": adres["straat"]?.string ?? "", "postcode": adres["postcode"]?.string ?? "", "plaats": adres["plaats"]?.string ?? ""]
        }
        return context
    }

    static func levensdomeinen(_ doc: Document, graph: SiteGraph) -> [String] {
        let own = doc["levensdomeinen"]?.strings ?? []
        if !own.isEmpty { return own }
        return doc["soort"]?.string.flatMap { graph[$0] }?["levensdomeinen"]?.strings ?? []
    }

    static func openingHours(_ doc: Document) -> [[String: Any]] {
        let hours = doc["openingstijden"]?.object ?? [:]
        guard !hours.isEmpty else { return [] }
        return Vocabulary.weekdagen.map { day in
            let ranges = hours[day]?.strings ?? []
            return ["dag": day.prefix(1).uppercased() + day.dropFirst(),
                    "tijden": ranges.isEmpty ? "Gesloten" : ranges.map { $0.replacingAll("-", with: " – ") }.joined(separator: ", ")]
        }
    }

    static func percentEncode(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: unreserved) ?? s
    }
    static let unreserved = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))

    /// schema.org structured data (GovernmentService / Service) for the page.
    static func jsonLD(_ doc: Document, settings: SiteSettings, soort: String?) -> String {
        var service: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "Service",
            "name": doc.title,
            "description": doc.summary,
            "url": settings.basisURL + "/" + doc.url,
            "provider": ["@type": "Organization", "name": doc["organisatie"]?.string ?? ""],
            "areaServed": ["@type": "AdministrativeArea", "name": doc["werkgebied"]?.string ?? doc["gemeente"]?.string ?? ""],
            "audience": ["@type": "Audience", "audienceType": doc["doelgroep"]?.string ?? ""],
        ]
        if let soort { service["serviceType"] = soort }
        var channel: [String: Any] = ["@type": "ServiceChannel"]
        if let phone = doc["telefoon"]?.string { channel["servicePhone"] = ["@type": "ContactPoint", "telephone": ContactCheck.telURI(phone)] }
        if let adres = doc["adres"] {
            channel["serviceLocation"] = ["@type": "Place", "address": [
                "@type": "PostalAddress", "streetAddress": adres["straat"]?.string ?? "",
                "postalCode": adres["postcode"]?.string ?? "", "addressLocality": adres["plaats"]?.string ?? "", "addressCountry": "NL"]]
        }
        if let website = doc["website"]?.string { channel["serviceUrl"] = website }
        service["availableChannel"] = channel
        let data = DeterministicJSON.data(service)
        return String(decoding: data, as: UTF8.self).replacingAll("</", with: "<\\/")
    }
}
