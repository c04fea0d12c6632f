/// The schema of each document type: which fields, of which kind, required or not.
enum Schemas {
    static let bronnen = FieldSpec("bronnen", .list(.object([
        FieldSpec("bron", .reference([.bron]), required: true, hint: "slug van de bron"),
        FieldSpec("plaats", .string, required: true, hint: "hoofdstuk of paragraaf, bijvoorbeeld §3.4"),
        FieldSpec("pagina", .string, hint: "pagina('s)"),
    ]), minCount: 1), hint: "de bronnen, elk met hoofdstuk of paragraaf")

    static let titel = FieldSpec("titel", .string, required: true, hint: "korte, duidelijke titel")
    static let samenvatting = FieldSpec("samenvatting", .text(warnAbove: 300), required: true,
                                        hint: "twee zinnen: wat is het en voor wie (maximaal 300 tekens)")
    static let bijgewerkt = FieldSpec("laatst_bijgewerkt", .date, hint: "datum van de laatste inhoudelijke controle")

    static let rule: [FieldSpec] = [
        FieldSpec("vraag", .string, required: true, hint: "id van een vraag uit de keuzehulp"),
        FieldSpec("antwoorden", .list(.string, minCount: 1), required: true, hint: "ids van antwoorden"),
        FieldSpec("gewicht", .int(-5...5), hint: "1 tot 5, standaard 1"),
        FieldSpec("reden", .string, hint: "waarom dit past, in gewone taal"),
    ]

    static func fields(for type: DocumentType) -> [FieldSpec] {
        switch type {
        case .aanpak:
            return [titel, samenvatting,
                    FieldSpec("doel", .list(.enumeration(Vocabulary.doelen), minCount: 1), required: true, hint: "stabiliseren, verbinding, participatie en/of werk"),
                    FieldSpec("benadering", .enumeration(Vocabulary.benaderingen), required: true, hint: "life-first, human-capital-first of work-first"),
                    FieldSpec("doelgroep", .string, required: true, hint: "voor wie is de aanpak"),
                    FieldSpec("niet_voor", .string, hint: "voor wie juist niet"),
                    FieldSpec("gemeenten", .list(.string, minCount: 0), hint: "waar de aanpak is toegepast"),
                    FieldSpec("uitvoerders", .list(.string, minCount: 0), hint: "wie voert uit"),
                    FieldSpec("werkzame_elementen", .list(.reference([.werkzaamElement]), minCount: 0), hint: "slugs van werkzame elementen"),
                    bronnen,
                    FieldSpec("onderbouwing", .object([
                        FieldSpec("niveau", .enumeration(Vocabulary.onderbouwingsniveaus), required: true, hint: "hoe sterk is het bewijs"),
                        FieldSpec("toelichting", .string, required: true, hint: "wat is er onderzocht"),
                        FieldSpec("erkenning", .enumeration(Vocabulary.erkenningen), hint: "erkenningsniveau in een databank"),
                        FieldSpec("databank", .string, hint: "naam van de databank"),
                    ]), required: true, hint: "bewijskracht"),
                    FieldSpec("laatst_bijgewerkt", .date, required: true, hint: "datum van de laatste inhoudelijke controle"),
                    FieldSpec("keuzehulp", .object([
                        FieldSpec("past_bij", .list(.object(rule), minCount: 0), hint: "antwoorden waarbij de aanpak past"),
                        FieldSpec("sluit_uit", .list(.object(rule), minCount: 0), hint: "antwoorden waarbij de aanpak niet past"),
                        FieldSpec("let_op", .string, hint: "waar moet je op letten"),
                    ]), hint: "regels voor de keuzehulp")]
        case .werkzaamElement:
            return [titel, samenvatting,
                    FieldSpec("categorie", .enumeration(Vocabulary.categorieen), required: true, hint: "groep van het element"),
                    bronnen, bijgewerkt]
        case .les:
            return [titel, samenvatting,
                    FieldSpec("voor", .list(.enumeration(Vocabulary.doelgroepenLes), minCount: 1), required: true, hint: "gemeente, professional, landelijk-beleid en/of uitvoeringsorganisatie"),
                    FieldSpec("thema", .enumeration(Vocabulary.themas), required: true, hint: "thema van de les"),
                    FieldSpec("gerelateerd", .list(.reference([.aanpak, .werkzaamElement, .les]), minCount: 0), hint: "slugs van aanpakken of werkzame elementen"),
                    bronnen, bijgewerkt]
        case .bron:
            return [titel, samenvatting,
                    FieldSpec("auteurs", .list(.string, minCount: 0), hint: "namen van de auteurs"),
                    FieldSpec("organisatie", .string, required: true, hint: "uitgever of opdrachtgever"),
                    FieldSpec("jaar", .int(1900...2100), required: true, hint: "jaar van verschijnen"),
                    FieldSpec("soort", .enumeration(Vocabulary.bronsoorten), required: true, hint: "soort publicatie"),
                    FieldSpec("url", .url, hint: "openbaar webadres, als dat er is")]
        case .voorzieningsoort:
            return [titel, samenvatting,
                    FieldSpec("levensdomeinen", .list(.enumeration(Vocabulary.levensdomeinen), minCount: 1), required: true, hint: "ZRM-levensdomeinen"),
                    FieldSpec("wanneer_verwijzen", .string, required: true, hint: "wanneer verwijs je hierheen"),
                    FieldSpec("bronnen", .list(.object(bronnen.kind.objectFields), minCount: 0), hint: "bronnen die deze soort noemen")]
        case .voorziening:
            return [FieldSpec("naam", .string, required: true, hint: "naam van de voorziening"),
                    samenvatting,
                    FieldSpec("organisatie", .string, required: true, hint: "organisatie die het aanbiedt"),
                    FieldSpec("soort", .reference([.voorzieningsoort]), required: true, hint: "slug van de soort voorziening"),
                    FieldSpec("gemeente", .string, required: true, hint: "gemeente (gelijk aan de map)"),
                    FieldSpec("werkgebied", .string, hint: "wijk, gemeente of regio"),
                    FieldSpec("adres", .object([
                        FieldSpec("straat", .string, required: true, hint: "straat en huisnummer"),
                        FieldSpec("postcode", .postcode, required: true, hint: "1234 AB"),
                        FieldSpec("plaats", .string, required: true, hint: "plaats"),
                    ]), hint: "bezoekadres"),
                    FieldSpec("telefoon", .phone, hint: "telefoonnummer"),
                    FieldSpec("email", .email, hint: "e-mailadres"),
                    FieldSpec("website", .url, hint: "webadres"),
                    FieldSpec("openingstijden", .openingHours, hint: "per weekdag, bijvoorbeeld maandag: [\"09:00-12:00\"]"),
                    FieldSpec("openingstijden_toelichting", .string, hint: "bijvoorbeeld: alleen op afspraak"),
                    FieldSpec("doelgroep", .string, required: true, hint: "voor wie"),
                    FieldSpec("kosten", .string, required: true, hint: "bijvoorbeeld: gratis"),
                    FieldSpec("aanmelden", .list(.enumeration(Vocabulary.aanmeldroutes), minCount: 1), required: true, hint: "zelf, via-huisarts, via-wijkteam, …"),
                    FieldSpec("aanmelden_toelichting", .string, hint: "hoe meld je je aan"),
                    FieldSpec("wachttijd", .string, hint: "bijvoorbeeld: 2 weken"),
                    FieldSpec("status", .enumeration(Vocabulary.statussen), required: true, hint: "actief, tijdelijk-gesloten of opgeheven"),
                    FieldSpec("status_toelichting", .string, hint: "uitleg bij de status"),
                    FieldSpec("levensdomeinen", .list(.enumeration(Vocabulary.levensdomeinen), minCount: 0), hint: "ZRM-levensdomeinen"),
                    FieldSpec("laatst_gecontroleerd", .date, required: true, hint: "datum waarop de gegevens zijn gecontroleerd"),
                    FieldSpec("voorbeeld", .bool, hint: "true voor verzonnen voorbeeldgegevens")]
        case .pagina:
            return [titel, samenvatting, bijgewerkt,
                    FieldSpec("volgorde", .int(0...1000), hint: "plaats in het menu")]
        case .keuzehulp:
            return [titel, samenvatting,
                    FieldSpec("drempel", .int(0...100), required: true, hint: "minimale score voor een advies"),
                    FieldSpec("vragen", .list(.object([
                        FieldSpec("id", .string, required: true),
                        FieldSpec("vraag", .string, required: true),
                        FieldSpec("kort", .string, required: true),
                        FieldSpec("uitleg", .string),
                        FieldSpec("instrument", .string),
                        FieldSpec("keuze", .enumeration(["een", "meer"]), required: true),
                        FieldSpec("opties", .list(.object([
                            FieldSpec("id", .string, required: true),
                            FieldSpec("label", .string, required: true),
                            FieldSpec("uitleg", .string),
                        ]), minCount: 2), required: true),
                    ]), minCount: 1), required: true),
                    FieldSpec("regels", .list(.object([
                        FieldSpec("id", .string, required: true),
                        FieldSpec("als", .object(Array(rule.prefix(2))), required: true),
                        FieldSpec("doel", .list(.enumeration(Vocabulary.doelen), minCount: 0)),
                        FieldSpec("benadering", .list(.enumeration(Vocabulary.benaderingen), minCount: 0)),
                        FieldSpec("gewicht", .int(-5...5), required: true),
                        FieldSpec("reden", .string, required: true),
                    ]), minCount: 0))]
        }
    }
}

extension FieldKind {
    var objectFields: [FieldSpec] {
        switch self {
        case .object(let f): f
        case .list(let inner, _): inner.objectFields
        default: []
        }
    }
}
