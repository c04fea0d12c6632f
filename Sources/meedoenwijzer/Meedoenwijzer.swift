import ArgumentParser
import Foundation
import MWContent
import MWSite
import MWKeuzehulp
import MWRender
import MWServe
import MWSearch

/// The command-line interface: a thin layer over the MWSite library.
@main
struct Meedoenwijzer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meedoenwijzer",
        abstract: "Bouwt de Meedoenwijzer-site uit Markdown-bestanden in content/.",
        subcommands: [Build.self, Check.self, New.self, Serve.self, Zoek.self, Advies.self],
        defaultSubcommand: Build.self)
}

struct Paths: ParsableArguments {
    @Option(help: "Map met de inhoud (Markdown met YAML-front matter).")
    var content = "content"
    @Option(help: "Map met de sjablonen (Mustache) en assets.")
    var templates = "templates"

    func builder(output: String = "site") -> SiteBuilder {
        SiteBuilder(content: URL(fileURLWithPath: content), templates: URL(fileURLWithPath: templates), output: URL(fileURLWithPath: output))
    }
}

func printDiagnostics(_ diagnostics: [Diagnostic]) {
    for d in diagnostics { FileHandle.standardError.write(Data((d.description + "\n").utf8)) }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Bouw de site. Bij fouten blijft de vorige site staan.")
    @OptionGroup var paths: Paths
    @Option(help: "Map waarin de site komt.")
    var output = "site"
    @Option(help: "Schrijf de site ook als zip-bestand (voor gebruik zonder internet, uitpakken en index.html openen).")
    var zip: String?
    @Flag(help: "Toon hoe lang elke stap duurt.")
    var timing = false

    func run() throws {
        do {
            var builder = paths.builder(output: output)
            builder.leavesMemoryToExit = true
            let report = try builder.build()
            printDiagnostics(report.warnings)
            print("Site gebouwd in \(output)/: \(report.documents) documenten, \(report.files) bestanden.")
            if timing {
                for (stage, seconds) in report.timings {
                    print("  " + stage.padding(toLength: 30, withPad: " ", startingAt: 0) + String(format: "%8.3f s", seconds))
                }
            }
            if let zip {
                try SiteArchive.write(site: URL(fileURLWithPath: output), to: URL(fileURLWithPath: zip))
                print("Zip geschreven: \(zip)")
            }
        } catch let errors as ContentErrors {
            printDiagnostics(errors.diagnostics)
            let count = errors.diagnostics.filter { $0.severity == .error }.count
            FileHandle.standardError.write(Data("Niet gebouwd: \(count) fout\(count == 1 ? "" : "en"). De vorige site in \(output)/ is niet veranderd.\n".utf8))
            throw ExitCode(1)
        }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Controleer de inhoud zonder te bouwen: fouten en waarschuwingen als pad:regel:kolom.")
    @OptionGroup var paths: Paths
    @Option(help: "Uitvoer: text of json.")
    var format = "text"
    @Flag(help: "Ook bij waarschuwingen een foutcode teruggeven.")
    var strict = false

    func run() throws {
        let checked: SiteBuilder.Checked
        do {
            checked = try paths.builder().check()
        } catch let errors as ContentErrors {
            printDiagnostics(errors.diagnostics)
            throw ExitCode(1)
        }
        let diagnostics = checked.diagnostics
        if format == "json" {
            let items = diagnostics.map { ["path": $0.path, "line": $0.position.line, "column": $0.position.column,
                                           "severity": $0.severity.rawValue, "message": $0.message] as [String: Any] }
            let data = try JSONSerialization.data(withJSONObject: items, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        } else {
            for d in diagnostics { print(d.description) }
            let errors = diagnostics.filter { $0.severity == .error }.count
            print("\(checked.graph.documents.count) documenten gecontroleerd: \(errors) fouten, \(diagnostics.count - errors) waarschuwingen.")
        }
        if checked.hasErrors || (strict && !diagnostics.isEmpty) { throw ExitCode(1) }
    }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Maak een nieuw document met alle velden en korte aanwijzingen.",
        discussion: """
        Types: \(NewDocument.creatableTypes.map(\.rawValue).joined(separator: ", ")).
        In een terminal vraagt het commando om de verplichte velden die je niet als optie meegeeft.
        Voorbeeld zonder vragen: meedoenwijzer new les "Neem de tijd" --veld thema=vertrouwen --veld voor=professional
        """)
    @Argument(help: "Type document, bijvoorbeeld aanpak of voorziening.")
    var type: String
    @Argument(help: "Titel (of naam) van het document. In een terminal gevraagd als je hem weglaat.")
    var titel: String?
    @Option(help: "Gemeente (alleen voor een voorziening).")
    var gemeente: String?
    @Option(name: .customLong("veld"), help: "Een veld als naam=waarde, bijvoorbeeld samenvatting=\"…\" (mag vaker).")
    var velden: [String] = []
    @Flag(help: "Nooit vragen stellen, ook niet in een terminal.")
    var nietInteractief = false
    @Option(help: "Inhoudsmap.")
    var content = "content"

    func run() throws {
        var values: [String: String] = [:]
        for veld in velden {
            let parts = veld.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { fail("'--veld \(veld)' moet naam=waarde zijn") }
            values[parts[0]] = parts[1]
        }
        let interactive = !nietInteractief && isatty(STDIN_FILENO) == 1
        var title = titel ?? ""
        var gemeente = gemeente
        if interactive {
            let questions = NewDocument.questions(for: type, given: Set(values.keys).union(titel == nil ? [] : ["titel", "naam"]))
            if !questions.isEmpty { print("Vul de velden in (Enter = later invullen in het bestand).") }
            for q in questions {
                print("\(q.name) – \(q.hint)\(q.choices.isEmpty ? "" : " [\(q.choices.joined(separator: ", "))]"): ", terminator: "")
                guard let answer = readLine()?.trimmingCharacters(in: .whitespaces), !answer.isEmpty else { continue }
                switch q.name {
                case "titel", "naam": title = answer
                case "gemeente" where type == "voorziening": gemeente = answer
                default: values[q.name] = answer
                }
            }
        }
        guard !title.isEmpty else { fail("geef een titel op, bijvoorbeeld: meedoenwijzer new \(type) \"Mijn titel\"") }
        do {
            let path = try NewDocument.create(type: type, title: title, gemeente: gemeente, values: values,
                                              content: URL(fileURLWithPath: content), today: SiteBuilder.todayInAmsterdam())
            print("Aangemaakt: \(content)/\(path)")
            print("Controleer het met: meedoenwijzer check")
        } catch let failure as NewDocument.Failure {
            fail("\(failure)")
        }
    }

    func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("fout: \(message)\n".utf8))
        Foundation.exit(1)
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Voorbeeld in de browser: herbouwt bij elke wijziging en herlaadt de pagina.",
        discussion: "Luistert alleen op deze computer (127.0.0.1), tenzij je --host opgeeft. Fouten staan in de terminal en in de browser; intussen blijft de laatste goede versie zichtbaar.")
    @OptionGroup var paths: Paths
    @Option(help: "Poort.")
    var port = 8000
    @Option(help: "Adres om op te luisteren.")
    var host = "127.0.0.1"

    func run() async throws {
        try await PreviewServer(builder: paths.builder(), host: host, port: port) { line in
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }.run()
    }
}

struct Zoek: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Zoek zoals de zoekpagina van de site: dezelfde index, dezelfde volgorde.")
    @Argument(help: "Zoekvraag.")
    var query: String
    @Option(help: "Map van de gebouwde site (met zoeken/).")
    var site = "site"
    @Option(help: "Aantal resultaten.")
    var limit = 10
    @Option(help: "Filter als sleutel=waarde, bijvoorbeeld type=Aanpak of gemeente=Voorbeeldstad (mag vaker).")
    var filter: [String] = []

    func run() throws {
        let engine: SearchEngine
        do {
            engine = try SearchEngine(directory: URL(fileURLWithPath: site).appendingPathComponent("zoeken"))
        } catch SearchEngineError.otherVersion(let version) {
            FileHandle.standardError.write(Data("fout: de zoekindex in \(site)/zoeken heeft versie \(version); deze meedoenwijzer leest versie \(SearchIndexFormat.version). Bouw de site opnieuw (meedoenwijzer build).\n".utf8))
            throw ExitCode(1)
        } catch {
            FileHandle.standardError.write(Data("fout: geen zoekindex in \(site)/zoeken; bouw eerst de site (meedoenwijzer build)\n".utf8))
            throw ExitCode(1)
        }
        var filters: [String: Set<String>] = [:]
        for f in filter {
            let parts = f.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { FileHandle.standardError.write(Data("fout: filter '\(f)' moet sleutel=waarde zijn\n".utf8)); throw ExitCode(1) }
            filters[parts[0], default: []].insert(parts[1])
        }
        let result = engine.search(query, filters: filters, limit: limit)
        print("\(result.total) resultaten voor '\(query)'")
        for (i, hit) in result.hits.enumerated() {
            print("\(i + 1). [\(hit.typeLabel)] \(hit.title) (\(hit.url), score \(hit.score))")
            print("   \(hit.markedSnippet())")
        }
    }
}

struct Advies: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Geef een keuzehulp-advies voor een klantprofiel.",
        discussion: "Het profiel is een YAML-bestand met per vraag-id het gekozen antwoord, bijvoorbeeld:\n  basis: niet-op-orde\n  domeinen: [financien, sociaal-netwerk]")
    @OptionGroup var paths: Paths
    @Option(help: "YAML-bestand met het profiel.")
    var profiel: String
    @Option(help: "Uitvoer: text of json.")
    var format = "text"

    func run() throws {
        let checked = try paths.builder().check()
        if checked.hasErrors { printDiagnostics(checked.diagnostics); throw ExitCode(1) }
        guard let recommender = KeuzehulpData.recommender(checked.graph) else {
            FileHandle.standardError.write(Data("fout: content/keuzehulp.md ontbreekt\n".utf8)); throw ExitCode(1)
        }
        guard let text = try? String(contentsOfFile: profiel, encoding: .utf8) else {
            FileHandle.standardError.write(Data("fout: kan \(profiel) niet lezen\n".utf8)); throw ExitCode(1)
        }
        let profile: Profile
        switch ProfileReader.read(text, path: profiel, questionnaire: recommender.questionnaire) {
        case .success(let p): profile = p
        case .failure(let errors): printDiagnostics(errors.diagnostics); throw ExitCode(1)
        }
        let advice = recommender.advise(profile)
        if format == "json" {
            let items = advice.aanbevolen.map { ["slug": $0.slug, "titel": $0.titel, "score": $0.score, "redenen": $0.redenen] as [String: Any] }
            let data = try JSONSerialization.data(withJSONObject: items, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        for melding in advice.meldingen { print("! \(melding)") }
        if advice.nietsPast { print("Geen aanpak past goed bij dit profiel. Bespreek eerst wat de klant nu het meest nodig heeft.") }
        for (i, r) in advice.aanbevolen.enumerated() {
            print("\(i + 1). \(r.titel) (score \(r.score))")
            for reden in r.redenen { print("   + \(reden)") }
            for tegen in r.tegen { print("   - \(tegen)") }
        }
        for u in advice.uitgesloten { print("x \(u.titel): \(u.reden)") }
    }
}


