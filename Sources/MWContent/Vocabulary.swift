/// The fixed value lists of the content model, with their Dutch labels.
public enum Vocabulary {
    public static let doelen = ["stabiliseren", "verbinding", "participatie", "werk"]
    public static let benaderingen = ["life-first", "human-capital-first", "work-first"]
    public static let onderbouwingsniveaus = ["praktijkervaring", "kwalitatief-onderzoek", "procesevaluatie", "literatuuronderzoek", "effectonderzoek"]
    public static let erkenningen = ["niet-beoordeeld", "goed-beschreven", "goed-onderbouwd", "effectief-eerste-aanwijzingen", "effectief-goede-aanwijzingen", "effectief-sterke-aanwijzingen"]
    public static let categorieen = ["relatie-en-houding", "bereik-en-contact", "intensiteit-en-continuiteit", "volgorde-van-stappen", "autonomie-en-eigen-regie", "participatie-en-werk", "lotgenoten-en-netwerk", "bestaanszekerheid", "organisatie-en-samenwerking", "beleid-en-regels"]
    public static let doelgroepenLes = ["gemeente", "professional", "landelijk-beleid", "uitvoeringsorganisatie"]
    public static let themas = ["vertrouwen", "maatwerk", "samenwerking", "bereik", "regels-en-prikkels", "organisatie", "financien", "participatie", "werk", "gezondheid", "beeldvorming"]
    public static let bronsoorten = ["kwalitatief-onderzoek", "praktijkonderzoek", "literatuuronderzoek", "beleidsonderzoek", "tijdschriftdossier", "handreiking"]
    public static let levensdomeinen = ["financien", "werk-opleiding", "tijdsbesteding", "huisvesting", "huiselijke-relaties", "geestelijke-gezondheid", "lichamelijke-gezondheid", "middelengebruik", "basale-adl", "instrumentele-adl", "sociaal-netwerk", "maatschappelijke-participatie", "justitie"]
    public static let aanmeldroutes = ["zelf", "via-huisarts", "via-wijkteam", "via-gemeente", "via-klantmanager", "via-verwijzing"]
    public static let statussen = ["actief", "tijdelijk-gesloten", "opgeheven"]
    public static let weekdagen = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]

    /// Human-readable Dutch labels for the ids above.
    public static let labels: [String: String] = [
        "stabiliseren": "Stabiliseren", "verbinding": "Verbinding", "participatie": "Participatie", "werk": "Werk",
        "life-first": "Life first", "human-capital-first": "Human capital first", "work-first": "Work first",
        "praktijkervaring": "Praktijkervaring", "kwalitatief-onderzoek": "Kwalitatief onderzoek",
        "procesevaluatie": "Procesevaluatie", "literatuuronderzoek": "Literatuuronderzoek", "effectonderzoek": "Effectonderzoek",
        "niet-beoordeeld": "Niet beoordeeld door een erkenningscommissie", "goed-beschreven": "Erkend: goed beschreven",
        "goed-onderbouwd": "Erkend: goed onderbouwd", "effectief-eerste-aanwijzingen": "Erkend: effectief, eerste aanwijzingen",
        "effectief-goede-aanwijzingen": "Erkend: effectief, goede aanwijzingen", "effectief-sterke-aanwijzingen": "Erkend: effectief, sterke aanwijzingen",
        "relatie-en-houding": "Relatie en houding", "bereik-en-contact": "Bereik en contact",
        "intensiteit-en-continuiteit": "Intensiteit en continuïteit", "volgorde-van-stappen": "Volgorde van stappen",
        "autonomie-en-eigen-regie": "Autonomie en eigen regie", "participatie-en-werk": "Participatie en werk",
        "lotgenoten-en-netwerk": "Lotgenoten en netwerk", "bestaanszekerheid": "Bestaanszekerheid",
        "organisatie-en-samenwerking": "Organisatie en samenwerking", "beleid-en-regels": "Beleid en regels",
        "gemeente": "Gemeente", "professional": "Professional", "landelijk-beleid": "Landelijk beleid",
        "uitvoeringsorganisatie": "Uitvoeringsorganisatie",
        "vertrouwen": "Vertrouwen", "maatwerk": "Maatwerk", "samenwerking": "Samenwerking", "bereik": "Bereik",
        "regels-en-prikkels": "Regels en prikkels", "organisatie": "Organisatie", "financien": "Financiën",
        "gezondheid": "Gezondheid", "beeldvorming": "Beeldvorming",
        "praktijkonderzoek": "Praktijkonderzoek", "beleidsonderzoek": "Beleidsonderzoek",
        "tijdschriftdossier": "Tijdschriftdossier", "handreiking": "Handreiking",
        "werk-opleiding": "Werk en opleiding", "tijdsbesteding": "Tijdsbesteding", "huisvesting": "Huisvesting",
        "huiselijke-relaties": "Huiselijke relaties", "geestelijke-gezondheid": "Geestelijke gezondheid",
        "lichamelijke-gezondheid": "Lichamelijke gezondheid", "middelengebruik": "Middelengebruik",
        "basale-adl": "Basale ADL (zelfzorg)", "instrumentele-adl": "Instrumentele ADL (dagelijkse activiteiten)",
        "sociaal-netwerk": "Sociaal netwerk", "maatschappelijke-participatie": "Maatschappelijke participatie",
        "justitie": "Justitie",
        "zelf": "Zelf aanmelden", "via-huisarts": "Via de huisarts", "via-wijkteam": "Via het wijkteam",
        "via-gemeente": "Via de gemeente", "via-klantmanager": "Via de klantmanager", "via-verwijzing": "Met een verwijzing",
        "actief": "Actief", "tijdelijk-gesloten": "Tijdelijk gesloten", "opgeheven": "Opgeheven",
    ]

    public static func label(_ id: String) -> String { labels[id] ?? id }
}
