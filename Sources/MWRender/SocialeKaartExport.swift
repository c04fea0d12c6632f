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
        var header: [UInt8] = []
        for (n, column) in csvColumns.enumerated() {
            if n > 0 { header.append(UInt8(ascii: ",")) }
            csvField(column, into: &header)
        }
        header.append(contentsOf: [13, 10])
        file.write(header)
        inBatches(voorzieningen(graph)) { batch in
            for row in Parallel.map(Array(batch), { csvRow($0, graph: graph) }) { file.write(row) }
        }
        try file.close()
    }

    /// One voorziening as a CSV row with its line break, field by field in the order of `csvColumns`.
    static func csvRow(_ v: Document, graph: SiteGraph) -> [UInt8] {
        var row: [UInt8] = []
        row.reserveCapacity(1024)
        var fields = 0
        func field(_ s: String) {
            if fields > 0 { row.append(UInt8(ascii: ",")) }
            fields += 1
            csvField(s, into: &row)
        }
        func text(_ key: String) { field(v[key]?.string ?? "") }
        let adres = v["adres"]
        let hours = v["openingstijden"]?.object ?? [:]
        field(v.slug)
        for key in ["naam", "organisatie", "soort", "gemeente", "werkgebied"] { text(key) }
        field(adres?["straat"]?.string ?? "")
        field(adres?["postcode"]?.string ?? "")
        field(adres?["plaats"]?.string ?? "")
        for key in ["telefoon", "email", "website"] { text(key) }
        for day in Vocabulary.weekdagen { field((hours[day]?.strings ?? []).joined(separator: "; ")) }
        for key in ["openingstijden_toelichting", "doelgroep", "kosten"] { text(key) }
        field((v["aanmelden"]?.strings ?? []).joined(separator: "; "))
        for key in ["aanmelden_toelichting", "wachttijd", "status", "status_toelichting"] { text(key) }
        field(VoorzieningContext.levensdomeinen(v, graph: graph).joined(separator: "; "))
        text("laatst_gecontroleerd")
        field(v["voorbeeld"]?.bool == true ? "ja" : "nee")
        field(v.url)
        assert(fields == csvColumns.count)
        row.append(contentsOf: [13, 10])
        return row
    }

    /// Runs `body` on consecutive batches of `items`: the exports are encoded and written batch by
    /// batch, so only one batch is in memory at a time.
    static func inBatches<T>(_ items: [T], size: Int = 4096, _ body: (ArraySlice<T>) throws -> Void) rethrows {
        for start in stride(from: 0, to: items.count, by: size) { try body(items[start..<min(items.count, start + size)]) }
    }

    /// A field, quoted (with its quotes doubled) when it holds a comma, quote or line break.
    static func csvField(_ s: String, into out: inout [UInt8]) {
        let utf8 = s.utf8
        guard utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            out.append(contentsOf: utf8)
            return
        }
        out.append(0x22)
        for byte in utf8 {
            out.append(byte)
            if byte == 0x22 { out.append(0x22) }
        }
        out.append(0x22)
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

    /// Each object is written key by key in sorted order (the bytes `DeterministicJSON` gives a
    /// dictionary); building a `[String: Any]` per object first took twice as long.
    static func hsdsRecord(_ v: Document, settings: SiteSettings) -> HSDSRecord {
        let orgName = v["organisatie"]?.string ?? ""
        let orgId = StableUUID.make("organization:\(v.gemeenteSlug ?? ""):\(orgName)")
        // Each part is encoded once: as an item of its own file and inside the service.
        var org = JSONObjectWriter(capacity: 160)
        org.string("description", "\(orgName) (\(v["gemeente"]?.string ?? ""))")
        org.string("id", orgId)
        org.string("name", orgName)
        let organization = org.end()
        let serviceId = StableUUID.make("service:\(v.slug)")

        var phones: [DeterministicJSON.Fragment] = []
        if let phone = v["telefoon"]?.string {
            var p = JSONObjectWriter(capacity: 160)
            p.string("id", StableUUID.make("phone:\(v.slug)"))
            p.raw("languages", emptyArray)
            p.string("number", phone)
            p.string("service_id", serviceId)
            p.string("type", "voice")
            phones.append(p.end())
        }

        var schedules: [DeterministicJSON.Fragment] = []
        let hours = v["openingstijden"]?.object ?? [:]
        let note = v["openingstijden_toelichting"]?.string
        for day in Vocabulary.weekdagen {
            for (i, range) in (hours[day]?.strings ?? []).enumerated() {
                let parts = range.split(separator: "-").map(String.init)
                guard parts.count == 2 else { continue }
                var s = JSONObjectWriter(capacity: 320)
                s.string("attending_type", "in_person")
                s.string("byday", dayCodes[day]!)
                s.string("closes_at", parts[1])
                s.string("description", "\(day): \(range)")
                s.string("freq", "WEEKLY")
                s.string("id", StableUUID.make("schedule:\(v.slug):\(day):\(i)"))
                if schedules.isEmpty, let note { s.string("notes", note) }
                s.string("opens_at", parts[0])
                s.string("service_id", serviceId)
                s.number("timezone", 1)
                s.string("wkst", "MO")
                schedules.append(s.end())
            }
        }

        // A located service: its address, location and the flat service-at-location link (the
        // link inside services.json also carries the location).
        var located: (address: DeterministicJSON.Fragment, location: DeterministicJSON.Fragment,
                      link: DeterministicJSON.Fragment, linkWithLocation: DeterministicJSON.Fragment)?
        if let adres = v["adres"] {
            let locationId = StableUUID.make("location:\(v.slug)")
            var a = JSONObjectWriter(capacity: 320)
            a.string("address_1", adres["straat"]?.string ?? "")
            a.string("address_type", "physical")
            a.string("city", adres["plaats"]?.string ?? "")
            a.string("country", "NL")
            a.string("id", StableUUID.make("address:\(v.slug)"))
            a.string("location_id", locationId)
            a.string("postal_code", adres["postcode"]?.string ?? "")
            a.string("state_province", "")
            let address = a.end()
            var l = JSONObjectWriter(capacity: 640)
            l.array("addresses", [address.bytes])
            l.string("id", locationId)
            l.string("location_type", "physical")
            l.string("name", v.title)
            l.string("organization_id", orgId)
            l.raw("phones", emptyArray)
            l.raw("schedules", emptyArray)
            let location = l.end()
            func link(with location: DeterministicJSON.Fragment?) -> DeterministicJSON.Fragment {
                var k = JSONObjectWriter(capacity: 256 + (location?.bytes.count ?? 0))
                k.string("id", StableUUID.make("sal:\(v.slug)"))
                if let location { k.raw("location", location.bytes) }
                k.string("location_id", locationId)
                k.raw("phones", emptyArray)
                k.raw("schedules", emptyArray)
                k.string("service_id", serviceId)
                return k.end()
            }
            located = (address, location, link(with: nil), link(with: location))
        }

        var service = JSONObjectWriter(capacity: 2048)
        if let website = v["website"]?.string {
            var u = JSONObjectWriter(capacity: 128)
            u.string("id", StableUUID.make("url:\(v.slug)"))
            u.string("label", "Website")
            u.string("url", website)
            service.array("additional_urls", [u.end().bytes])
        }
        if let alert = v["status_toelichting"]?.string { service.string("alert", alert) }
        service.string("application_process", ((v["aanmelden"]?.strings ?? []).map(Vocabulary.label)
            + [v["aanmelden_toelichting"]?.string].compactMap { $0 }).joined(separator: ". "))
        service.string("assured_date", v["laatst_gecontroleerd"]?.string ?? "")
        service.string("assurer_email", settings.redactieEmail)
        service.string("description", v.summary)
        service.string("eligibility_description", v["doelgroep"]?.string ?? "")
        if let email = v["email"]?.string { service.string("email", email) }
        service.string("fees_description", v["kosten"]?.string ?? "")
        service.string("id", serviceId)
        service.string("name", v.title)
        service.raw("organization", organization.bytes)
        service.string("organization_id", orgId)
        service.array("phones", phones.map(\.bytes))
        service.array("schedules", schedules.map(\.bytes))
        var area = JSONObjectWriter(capacity: 160)
        area.string("id", StableUUID.make("area:\(v.slug)"))
        area.string("name", v["werkgebied"]?.string ?? v["gemeente"]?.string ?? "")
        area.string("service_id", serviceId)
        service.array("service_areas", [area.end().bytes])
        service.array("service_at_locations", located.map { [$0.linkWithLocation.bytes] } ?? [])
        service.string("status", statusCodes[v["status"]?.string ?? "actief"] ?? "active")
        service.string("url", settings.basisURL + "/" + v.url)
        if let wait = v["wachttijd"]?.string { service.string("wait_time", wait) }

        return HSDSRecord(organizationID: orgId, organization: organization, service: service.end(),
                          location: located?.location, serviceAtLocation: located?.link,
                          address: located?.address, phones: phones, schedules: schedules)
    }

    static let emptyArray = Array("[]".utf8)
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
