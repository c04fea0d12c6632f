import MWContent

/// What the recommender needs to know of one aanpak.
public struct ApproachProfile: Sendable, Codable, Hashable {
    public var slug: String
    public var titel: String
    public var doel: [String]
    public var benadering: String
    public var onderbouwing: String
    public var pastBij: [Rule]
    public var sluitUit: [Rule]
    public var letOp: String?

    public init(slug: String, titel: String, doel: [String], benadering: String, onderbouwing: String,
                pastBij: [Rule], sluitUit: [Rule], letOp: String?) {
        self.slug = slug
        self.titel = titel
        self.doel = doel
        self.benadering = benadering
        self.onderbouwing = onderbouwing
        self.pastBij = pastBij
        self.sluitUit = sluitUit
        self.letOp = letOp
    }

    public init(_ doc: Document) {
        func rules(_ field: String) -> [Rule] {
            (doc["keuzehulp"]?[field]?.list ?? []).map { r in
                Rule(vraag: r["vraag"]?.string ?? "", antwoorden: r["antwoorden"]?.strings ?? [],
                     gewicht: r["gewicht"]?.int ?? 1, reden: r["reden"]?.string)
            }
        }
        self.init(slug: doc.slug, titel: doc.title, doel: doc["doel"]?.strings ?? [],
                  benadering: doc["benadering"]?.string ?? "",
                  onderbouwing: doc["onderbouwing"]?["niveau"]?.string ?? "praktijkervaring",
                  pastBij: rules("past_bij"), sluitUit: rules("sluit_uit"), letOp: doc["keuzehulp"]?["let_op"]?.string)
    }

    /// Higher is stronger evidence; used to break ties.
    var evidenceRank: Int { Vocabulary.onderbouwingsniveaus.firstIndex(of: onderbouwing) ?? 0 }
}
