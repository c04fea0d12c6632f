/// Scores and ranks approaches for a client profile. The JavaScript twin in
/// templates/assets/js/keuzehulp.js must give the same result (shared test vectors).
public struct Recommender: Sendable {
    public struct Recommendation: Sendable, Codable, Hashable {
        public var slug: String
        public var titel: String
        public var score: Int
        /// Why it fits, in words.
        public var redenen: [String]
        /// Points against (global rules with negative weight).
        public var tegen: [String]
    }

    public struct Exclusion: Sendable, Codable, Hashable {
        public var slug: String
        public var titel: String
        public var reden: String
    }

    public struct Advice: Sendable, Codable {
        public var aanbevolen: [Recommendation]
        public var uitgesloten: [Exclusion]
        /// Global rules that applied to this profile, as advice for the conversation.
        public var meldingen: [String]
        public var nietsPast: Bool
    }

    public let questionnaire: Questionnaire
    public let approaches: [ApproachProfile]
    public var maximum = 10

    public init(questionnaire: Questionnaire, approaches: [ApproachProfile]) {
        self.questionnaire = questionnaire
        self.approaches = approaches
    }

    public func advise(_ profile: Profile) -> Advice {
        let activeGlobal = questionnaire.regels.filter { $0.als.matches(profile) }
        var recommendations: [(Recommendation, Int)] = []
        var exclusions: [Exclusion] = []
        for approach in approaches {
            if let exclusion = approach.sluitUit.first(where: { $0.matches(profile) }) {
                exclusions.append(Exclusion(slug: approach.slug, titel: approach.titel, reden: exclusion.reden ?? defaultReason(exclusion, profile)))
                continue
            }
            var score = 0, matched = 0
            var reasons: [String] = [], against: [String] = []
            for rule in approach.pastBij where rule.matches(profile) {
                score += rule.gewicht
                matched += 1
                reasons.append(rule.reden ?? defaultReason(rule, profile))
            }
            guard matched > 0 else { continue }
            for rule in activeGlobal where !Set(rule.doel).isDisjoint(with: approach.doel) || rule.benadering.contains(approach.benadering) {
                score += rule.gewicht
                if rule.gewicht >= 0 { reasons.append(rule.reden) } else { against.append(rule.reden) }
            }
            guard score >= questionnaire.drempel else { continue }
            recommendations.append((Recommendation(slug: approach.slug, titel: approach.titel, score: score, redenen: reasons, tegen: against), approach.evidenceRank))
        }
        recommendations.sort { a, b in
            if a.0.score != b.0.score { return a.0.score > b.0.score }
            if a.1 != b.1 { return a.1 > b.1 }
            if a.0.titel != b.0.titel { return a.0.titel < b.0.titel }
            return a.0.slug < b.0.slug
        }
        exclusions.sort { ($0.titel, $0.slug) < ($1.titel, $1.slug) }
        let top = Array(recommendations.prefix(maximum).map(\.0))
        return Advice(aanbevolen: top, uitgesloten: exclusions, meldingen: activeGlobal.map(\.reden), nietsPast: top.isEmpty)
    }

    /// "Doel: Werk" — the question's short label and the chosen options that matched.
    func defaultReason(_ rule: Rule, _ profile: Profile) -> String {
        guard let question = questionnaire.question(rule.vraag) else { return rule.vraag }
        let chosen = (profile[rule.vraag] ?? []).filter { rule.antwoorden.contains($0) }.map { question.label($0) }
        return "\(question.kort): \(chosen.joined(separator: ", "))"
    }
}
