import Foundation
import MWContent
import MWGraph

/// Everything a voorziening page shows: contact, opening hours, status, structured data.
enum VoorzieningContext {
    /// `items` renders a list through a partial (`SiteRenderer.items`): the application routes.
    static func make(_ doc: Document, graph: SiteGraph, settings: SiteSettings, root: String,
                     items: (_ list: [[String: Any]], _ partial: String) -> String) -> [String: Any] {
        let status = doc["status"]?.string ?? "actief"
        let soort = doc["soort"]?.string.flatMap { graph[$0] }
        let routes = (doc["aanmelden"]?.strings ?? []).map { ["label": Vocabulary.label($0)] }
        var context: [String: Any] = [
            "organisatie": doc["organisatie"]?.string ?? "",
            "soort": soort?.title ?? "",
            "soortUrl": soort.map { root + $0.url } ?? "",
            "gemeente": doc["gemeente"]?.string ?? "",
            "werkgebied": doc["werkgebied"]?.string ?? "",
            "doelgroep": doc["doelgroep"]?.string ?? "",
            "kosten": doc["kosten"]?.string ?? "",
            "aanmelden": items(routes, "_aanmelden-tag"),
            "aanmeldenLijst": items(routes, "_aanmelden-item"),
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

    /// `s` with everything but ASCII letters, digits and "-._~" percent-encoded (UTF-8). Done
    /// by hand: Foundation's `addingPercentEncoding` took a fifth of a voorziening's context.
    static func percentEncode(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count * 3 / 2)
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(byte)
            default:
                out += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 15)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// schema.org structured data (GovernmentService / Service) for the page, written key by key
    /// in sorted order (as `DeterministicJSON` orders a dictionary's keys).
    static func jsonLD(_ doc: Document, settings: SiteSettings, soort: String?) -> String {
        func typed(_ type: String, _ fill: (inout JSONObjectWriter) -> Void) -> [UInt8] {
            var object = JSONObjectWriter(capacity: 128)
            object.string("@type", type)
            fill(&object)
            return object.end().bytes
        }
        var service = JSONObjectWriter(capacity: 1024)
        service.string("@context", "https://schema.org")
        service.string("@type", "Service")
        service.raw("areaServed", typed("AdministrativeArea") { $0.string("name", doc["werkgebied"]?.string ?? doc["gemeente"]?.string ?? "") })
        service.raw("audience", typed("Audience") { $0.string("audienceType", doc["doelgroep"]?.string ?? "") })
        service.raw("availableChannel", typed("ServiceChannel") { channel in
            if let adres = doc["adres"] {
                channel.raw("serviceLocation", typed("Place") { place in
                    place.raw("address", typed("PostalAddress") { address in
                        address.string("addressCountry", "NL")
                        address.string("addressLocality", adres["plaats"]?.string ?? "")
                        address.string("postalCode", adres["postcode"]?.string ?? "")
                        address.string("streetAddress", adres["straat"]?.string ?? "")
                    })
                })
            }
            if let phone = doc["telefoon"]?.string {
                channel.raw("servicePhone", typed("ContactPoint") { $0.string("telephone", ContactCheck.telURI(phone)) })
            }
            if let website = doc["website"]?.string { channel.string("serviceUrl", website) }
        })
        service.string("description", doc.summary)
        service.string("name", doc.title)
        service.raw("provider", typed("Organization") { $0.string("name", doc["organisatie"]?.string ?? "") })
        if let soort { service.string("serviceType", soort) }
        service.string("url", settings.basisURL + "/" + doc.url)
        return String(decoding: service.end().bytes, as: UTF8.self).replacingAll("</", with: "<\\/")
    }
}
