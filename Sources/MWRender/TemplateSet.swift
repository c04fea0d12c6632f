import Foundation
import MWContent
import Mustache

/// The Mustache templates from templates/, compiled once per build. `{{x}}` is HTML-escaped;
/// only `{{{x}}}` (used for already-rendered HTML such as Markdown bodies) is not.
public struct TemplateSet: Sendable {
    public let directory: URL
    let library: MustacheLibrary
    public let names: Set<String>
    /// Per template: a hash of its text together with the layout and all partials.
    let keys: [String: UInt64]
    /// Whether pages may be made from frames (`ContextSkeleton`): no template applies a
    /// transform that reads a text (such as `uppercased(title)`) or includes a partial named by
    /// a text (`{{>*name}}`); `empty(list)` and the list position transforms depend on the shape
    /// alone.
    let framable: Bool
    /// Per template: every name its tags mention, its partials' included (`mentions`).
    let mentioned: [String: Set<String>]
    static let shapeTransforms: Set<String> = ["empty", "first", "last", "index", "even", "odd"]

    public init(directory: URL) throws {
        self.directory = directory
        HTMLEscaping.registered
        var library = MustacheLibrary()
        var names: Set<String> = []
        var transforms: Set<String> = []
        var dynamicPartial = false
        var texts: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for file in files.sorted() where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            let path = "templates/" + file
            guard let text = try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8) else {
                diagnostics.append(.error(path, .start, "sjabloon kan niet worden gelezen (is het UTF-8?)"))
                continue
            }
            do {
                // The pragma goes on the first line, so line numbers of errors stay as they are.
                library.register(try MustacheTemplate(string: HTMLEscaping.pragma + text), named: name)
                names.insert(name)
                texts[name] = text
                for match in text.matches(of: /\{\{\{?[#^\/&]?\s*([A-Za-z]+)\(/) { transforms.insert(String(match.1)) }
                // A dynamic partial (`{{>*name}}`) reads a text to choose a template.
                if text.contains(/\{\{>\s*\*/) { dynamicPartial = true }
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber, column = error.context.columnNumber
                let shift = line == 1 ? HTMLEscaping.pragma.count : 0
                diagnostics.append(.error(path, Position(line: line, column: max(1, column - shift)),
                                          "fout in sjabloon: \(error.error)"))
            }
        }
        if names.isEmpty, diagnostics.isEmpty {
            diagnostics.append(.error(directory.path, .start, "geen sjablonen (.mustache) gevonden"))
        }
        if !diagnostics.isEmpty { throw ContentErrors(diagnostics) }
        self.library = library
        self.names = names
        framable = !dynamicPartial && transforms.isSubset(of: Self.shapeTransforms)
        // Other delimiters (`{{=<% %>=}}`) would hide tags from `mentionedNames`.
        mentioned = texts.values.contains { $0.contains("{{=") } ? [:] : Self.mentionedNames(texts)
        var shared = Fingerprint()
        for name in texts.keys.sorted() where name == "layout" || name.hasPrefix("_") { shared.add(name); shared.add(texts[name]!) }
        keys = texts.mapValues { text in
            var key = shared
            key.add(text)
            return key.value
        }
    }

    public func key(_ name: String) -> UInt64 { keys[name] ?? 0 }

    /// Whether template `name` (or a partial it includes) can show `field` of its context: a
    /// context value that no tag names is never rendered, so it need not be made. True for
    /// an unknown template, and for every field of a template set with a dynamic partial or other
    /// delimiters.
    public func mentions(_ name: String, _ field: String) -> Bool {
        guard framable, let names = mentioned[name] else { return true }
        return names.contains(field)
    }

    /// The names in each template's tags (sections, values, transform arguments, dotted
    /// parts), with those of the partials it includes, and theirs.
    static func mentionedNames(_ texts: [String: String]) -> [String: Set<String>] {
        var direct: [String: Set<String>] = [:], partials: [String: Set<String>] = [:]
        for (name, text) in texts {
            for tag in text.matches(of: /\{\{\{?\s*([#^\/&>]?)\s*([^}]*?)\s*\}?\}\}/) {
                let body = String(tag.2)
                if tag.1 == ">" { partials[name, default: []].insert(body); continue }
                for part in body.split(whereSeparator: { "().".contains($0) }) { direct[name, default: []].insert(String(part)) }
            }
        }
        return texts.keys.reduce(into: [:]) { result, name in
            var seen: Set<String> = [name], todo = [name], names: Set<String> = []
            while let next = todo.popLast() {
                names.formUnion(direct[next] ?? [])
                for partial in partials[next] ?? [] where seen.insert(partial).inserted { todo.append(partial) }
            }
            result[name] = names
        }
    }

    public func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// Static files (CSS, JavaScript, icons) under templates/assets/.
    public func assetFiles() throws -> [OutputFile] {
        let assets = directory.appendingPathComponent("assets")
        guard let enumerator = FileManager.default.enumerator(atPath: assets.path) else { return [] }
        var files: [OutputFile] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = assets.appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: full.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            files.append(OutputFile(path: "assets/" + relative, data: try Data(contentsOf: full)))
        }
        return files.sorted { $0.path < $1.path }
    }
}
