import MWContent

/// The keuzehulp's questions and global rules, read from content/keuzehulp.md.
public struct Questionnaire: Sendable, Codable {
    public struct Option: Sendable, Codable, Hashable {
        public var id: String
        public var label: String
        public var uitleg: String?
    }

    public struct Question: Sendable, Codable, Hashable {
        public var id: String
        public var vraag: String
        public var kort: String
        public var uitleg: String?
        public var instrument: String?
        /// true when several options may be chosen.
        public var meer: Bool
        public var opties: [Option]

        public func label(_ option: String) -> String { opties.first { $0.id == option }?.label ?? option }
    }

    public var titel: String
    public var vragen: [Question]
    public var regels: [GlobalRule]
    public var drempel: Int

    public func question(_ id: String) -> Question? { vragen.first { $0.id == id } }

    public init(titel: String, vragen: [Question], regels: [GlobalRule], drempel: Int) {
        self.titel = titel
        self.vragen = vragen
        self.regels = regels
        self.drempel = drempel
    }

    public init(_ doc: Document) {
        titel = doc.title
        drempel = doc["drempel"]?.int ?? 1
        vragen = (doc["vragen"]?.list ?? []).map { q in
            Question(id: q["id"]?.string ?? "", vraag: q["vraag"]?.string ?? "",
                     kort: q["kort"]?.string ?? q["id"]?.string ?? "", uitleg: q["uitleg"]?.string,
                     instrument: q["instrument"]?.string, meer: q["keuze"]?.string == "meer",
                     opties: (q["opties"]?.list ?? []).map { o in
                         Option(id: o["id"]?.string ?? "", label: o["label"]?.string ?? "", uitleg: o["uitleg"]?.string)
                     })
        }
        regels = (doc["regels"]?.list ?? []).map { r in
            GlobalRule(id: r["id"]?.string ?? "",
                       als: Rule(vraag: r["als"]?["vraag"]?.string ?? "", antwoorden: r["als"]?["antwoorden"]?.strings ?? [], gewicht: 0, reden: nil),
                       doel: r["doel"]?.strings ?? [], benadering: r["benadering"]?.strings ?? [],
                       gewicht: r["gewicht"]?.int ?? 0, reden: r["reden"]?.string ?? "")
        }
    }
}

/// One condition on an answer, with a weight and an optional reason in words.
public struct Rule: Sendable, Codable, Hashable {
    public var vraag: String
    public var antwoorden: [String]
    public var gewicht: Int
    public var reden: String?

    public func matches(_ profile: Profile) -> Bool {
        !(Set(profile[vraag] ?? []).isDisjoint(with: antwoorden))
    }
}

/// A rule for all approaches with a given doel or benadering, e.g. "stabilise first".
public struct GlobalRule: Sendable, Codable, Hashable {
    public var id: String
    public var als: Rule
    public var doel: [String]
    public var benadering: [String]
    public var gewicht: Int
    public var reden: String
}

/// Question id → chosen option ids.
public typealias Profile = [String: [String]]
