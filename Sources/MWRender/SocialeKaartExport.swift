import Foundation
import MWContent
import MWGraph

/// Exports of the sociale kaart for other systems: CSV, and Open Referral HSDS 3 JSON.
/// The field mapping is documented in docs/hsds-mapping.md.
enum SocialeKaartExport {
    static let csvColumns = ["slug", "naam", "organisatie", "soort", "gemeente", "werkgebied", "straat", "postcode", "plaats",
                             "telefoon", "email", "website"] + Vocabulary.weekdagen +
        ["openingstijden_toelichting", "doelgroep", "kosten", "aanmelden", "aanmelden_toelichting", "wachttijd", "status",
         "status_toelichting", "levensdomeinen", "laatst_gecontroleerd", "voorbeeld", "url"]

    /// The voorzieningen in the order of the exports.
    static func voorzieningen(_ graph: SiteGraph) -> [Document] {
        graph.documents(of: .voorziening).sorted { $0.slug < $1.slug }
    }

    // MARK: CSV (RFC 4180, UTF-8, lists joined with "; ")

    static func csv(_ graph: SiteGraph, to sink: IndexSink) throws {
        let file = try sink.open("downloads/voorzieningen.csv")
        file.write(csvColumns.map(csvField).joined(separator: ",") + "\r\n")
        inBatches(voorzieningen(graph)) { batch in
            file.write(Parallel.map(Array(batch)) { csvRow($0, graph: graph) + "\r\n" }.joined())
        }
        try file.close()
    }

    /// One voorziening as a CSV row (without the line break).
    static func csvRow(_ v: Document, graph: SiteGraph) -> String {
        let hours = v["openingstijden"]?.object ?? [:]
        var row: [String: String] = [:]
        for key in ["naam", "organisatie", "soort", "gemeente", "werkgebied", "telefoon", "email", "website", "openingstijden_toelichting",
                    "doelgroep", "kosten", "aanmelden_toelichting", "wachttijd", "status", "status_toelichting", "laatst_gecontroleerd"] {
            row[key] = v[key]?.string ?? ""
        }
        row["slug"] = v.slug
        row["straat"] = v["adres"]?["straat"]?.string ?? ""
        row["postcode"] = v["adres"]?["postcode"]?.string ?? ""
        row["plaats"] = v["adres"]?["plaats"]?.string ?? ""
        for day in Vocabulary.weekdagen { row[day] = (hours[day]?.strings ?? []).joined(separator: "; ") }
        row["aanmelden"] = (v["aanmelden"]?.strings ?? []).joined(separator: "; ")
        row["levensdomeinen"] = VoorzieningContext.levensdomeinen(v, graph: graph).joined(separator: "; ")
        row["voorbeeld"] = v["voorbeeld"]?.bool == true ? "ja" : "nee"
        row["url"] = v.url
        return csvColumns.map { csvField(row[$0] ?? "") }.joined(separator: ",")
    }

    /// Runs `body` on consecutive batches of `items`: the exports are encoded and written batch by
    /// batch, so only one batch is in memory at a time.
    static func inBatches<T>(_ items: [T], size: Int = 4096, _ body: (ArraySlice<T>) throws -> Void) rethrows {
        for start in stride(from: 0, to: items.count, by: size) { try body(items[start..<min(items.count, start + size)]) }
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
    }

    // MARK: HSDS 3

    static let dayCodes = ["maandag": "MO", "dinsdag": "TU", "woensdag": "WE", "donderdag": "TH", "vrijdag": "FR", "zaterdag": "SA", "zondag": "SU"]
    static let statusCodes = ["actief": "active", "tijdelijk-gesloten": "temporarily closed", "opgeheven": "defunct"]

    /// One voorziening's share of each HSDS file, encoded.
    struct HSDSRecord: Sendable {
        var organizationID: String
        var organization: DeterministicJSON.Fragment
        var service: DeterministicJSON.Fragment
        var location: DeterministicJSON.Fragment?
        var serviceAtLocation: DeterministicJSON.Fragment?
        var address: DeterministicJSON.Fragment?
        var phones: [DeterministicJSON.Fragment]
        var schedules: [DeterministicJSON.Fragment]
    }

    /// The HSDS files, written while they are encoded: the voorzieningen in batches, each batch
    /// mapped and encoded on every core and appended to the files it belongs in.
    static func hsds(_ graph: SiteGraph, settings: SiteSettings, to sink: IndexSink) throws {
        // Each file one compact JSON array (these are data files for other systems; pretty
        // printing doubled their size).
        func file(_ name: String) throws -> DeterministicJSON.ArrayWriter { try .init(sink.open("downloads/hsds/\(name).json")) }
        let services = try file("services"), locations = try file("locations"), links = try file("service_at_locations"),
            phones = try file("phones"), schedules = try file("schedules"), addresses = try file("addresses")
        // An organization appears once, as its last voorziening describes it, in id order.
        var organizations: [String: DeterministicJSON.Fragment] = [:]
        inBatches(voorzieningen(graph)) { batch in
            for record in Parallel.map(Array(batch), { hsdsRecord($0, settings: settings) }) {
                services.append(record.service)
                record.location.map(locations.append)
                record.serviceAtLocation.map(links.append)
                record.phones.forEach(phones.append)
                record.schedules.forEach(schedules.append)
                record.address.map(addresses.append)
                organizations[record.organizationID] = record.organization
            }
        }
        let organizationFile = try file("organizations")
        for id in organizations.keys.sorted() { organizationFile.append(organizations[id]!) }
        for done in [services, locations, links, phones, schedules, addresses, organizationFile] {
            done.end()
            try done.writer.close()
        }
        let datapackage: [String: Any] = [
            "name": "meedoenwijzer-sociale-kaart", "profile": "https://openreferral.org/hsds/3.1",
            "resources": ["services", "organizations", "locations", "service_at_locations", "phones", "schedules", "addresses"]
                .map { ["name": $0, "path": "\($0).json", "format": "json"] },
        ]
        try sink.write(OutputFile(path: "downloads/hsds/datapackage.json", data: DeterministicJSON.data(datapackage)))
    }

    static func hsdsRecord(_ v: Document, settings: SiteSettings) -> HSDSRecord {
        let orgName = v["organisatie"]?.string ?? ""
        let orgId = StableUUID.make("organization:\(v.gemeenteSlug ?? ""):\(orgName)")
        // Each part is encoded once: as an item of its own file and inside the service.
        let organization = DeterministicJSON.Fragment(["id": orgId, "name": orgName, "description": "\(orgName) (\(v["gemeente"]?.string ?? ""))"])
        let serviceId = StableUUID.make("service:\(v.slug)")
        var service: [String: Any] = [
            "id": serviceId, "organization_id": orgId, "name": v.title, "description": v.summary,
            "status": statusCodes[v["status"]?.string ?? "actief"] ?? "active",
            "eligibility_description": v["doelgroep"]?.string ?? "",
            "fees_description": v["kosten"]?.string ?? "",
            "application_process": ((v["aanmelden"]?.strings ?? []).map(Vocabulary.label) + [v["aanmelden_toelichting"]?.string].compactMap { $0 }).joined(separator: ". "),
            "assured_date": v["laatst_gecontroleerd"]?.string ?? "",
            "assurer_email": settings.redactieEmail,
            "url": settings.basisURL + "/" + v.url,
            "service_areas": [["id": StableUUID.make("area:\(v.slug)"), "service_id": serviceId, "name": v["werkgebied"]?.string ?? v["gemeente"]?.string ?? ""]],
            "organization": organization,
        ]
        if let email = v["email"]?.string { service["email"] = email }
        if let website = v["website"]?.string { service["additional_urls"] = [["id": StableUUID.make("url:\(v.slug)"), "url": website, "label": "Website"]] }
        if let alert = v["status_toelichting"]?.string { service["alert"] = alert }
        if let wait = v["wachttijd"]?.string { service["wait_time"] = wait }
        var phones: [DeterministicJSON.Fragment] = []
        if let phone = v["telefoon"]?.string {
            phones.append(.init(["id": StableUUID.make("phone:\(v.slug)"), "service_id": serviceId, "number": phone, "type": "voice", "languages": []]))
        }
        service["phones"] = phones
        var schedules: [[String: Any]] = []
        let hours = v["openingstijden"]?.object ?? [:]
        for day in Vocabulary.weekdagen {
            for (i, range) in (hours[day]?.strings ?? []).enumerated() {
                let parts = range.split(separator: "-").map(String.init)
                guard parts.count == 2 else { continue }
                schedules.append(["id": StableUUID.make("schedule:\(v.slug):\(day):\(i)"), "service_id": serviceId,
                                  "freq": "WEEKLY", "wkst": "MO", "byday": dayCodes[day]!, "opens_at": parts[0], "closes_at": parts[1],
                                  "timezone": 1.0, "attending_type": "in_person",
                                  "description": "\(day): \(range)"])
            }
        }
        if let note = v["openingstijden_toelichting"]?.string, !schedules.isEmpty {
            schedules[0]["notes"] = note
        }
        let scheduleFragments = schedules.map(DeterministicJSON.Fragment.init)
        service["schedules"] = scheduleFragments
        // A located service: its address, location and the flat service-at-location link (the
        // link inside services.json also carries the location).
        var located: (address: DeterministicJSON.Fragment, location: DeterministicJSON.Fragment, link: [String: Any])?
        if let adres = v["adres"] {
            let locationId = StableUUID.make("location:\(v.slug)")
            let address = DeterministicJSON.Fragment([
                "id": StableUUID.make("address:\(v.slug)"), "location_id": locationId,
                "address_1": adres["straat"]?.string ?? "", "city": adres["plaats"]?.string ?? "",
                "state_province": "", "postal_code": adres["postcode"]?.string ?? "", "country": "NL", "address_type": "physical",
            ] as [String: Any])
            let location = DeterministicJSON.Fragment(["id": locationId, "location_type": "physical", "organization_id": orgId,
                                                       "name": v.title, "addresses": [address], "phones": [], "schedules": []] as [String: Any])
            let link: [String: Any] = ["id": StableUUID.make("sal:\(v.slug)"), "service_id": serviceId, "location_id": locationId,
                                       "phones": [], "schedules": []]
            located = (address, location, link)
            var linkWithLocation = link
            linkWithLocation["location"] = location
            service["service_at_locations"] = [linkWithLocation]
        } else {
            service["service_at_locations"] = []
        }
        return HSDSRecord(organizationID: orgId, organization: organization, service: .init(service),
                          location: located?.location, serviceAtLocation: located.map { .init($0.link) },
                          address: located?.address, phones: phones, schedules: scheduleFragments)
    }
}

/// Deterministic RFC 4122-shaped UUIDs (version 5 layout) from a name, so exports are stable between builds.
enum StableUUID {
    static func make(_ name: String) -> String {
        var a = Fingerprint(), b = Fingerprint()
        a.add(name)
        b.add("meedoenwijzer/" + name + "/2")
        var bytes = withUnsafeBytes(of: a.value.bigEndian, Array.init) + withUnsafeBytes(of: b.value.bigEndian, Array.init)
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (i, byte) in bytes.enumerated() {
            if i == 4 || i == 6 || i == 8 || i == 10 { text.append(UInt8(ascii: "-")) }
            text.append(DeterministicJSON.hex[Int(byte >> 4)])
            text.append(DeterministicJSON.hex[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
