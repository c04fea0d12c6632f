import Foundation
import MWRender

/// Stage 6: writes the new site beside the old one and swaps it in only when complete,
/// so a failed build never leaves a half-written or empty site.
public enum AtomicSiteWriter {
    public static func write(_ files: [OutputFile], to output: URL) throws {
        let fm = FileManager.default
        let output = output.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).new-\(getpid())")
        let previous = parent.appendingPathComponent(".\(name).old-\(getpid())")
        try? fm.removeItem(at: staging)
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            var directories: Set<String> = []
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                let dir = url.deletingLastPathComponent().path
                if !directories.contains(dir) {
                    try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
                    directories.insert(dir)
                }
                try file.data.write(to: url)
            }
            // Keeps the generated files out of git while site/ itself stays in the repository layout.
            try Data("*\n!.gitignore\n".utf8).write(to: staging.appendingPathComponent(".gitignore"))
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
        if fm.fileExists(atPath: output.path) {
            try fm.moveItem(at: output, to: previous)
            do {
                try fm.moveItem(at: staging, to: output)
            } catch {
                try? fm.moveItem(at: previous, to: output)
                throw error
            }
            try? fm.removeItem(at: previous)
        } else {
            try fm.moveItem(at: staging, to: output)
        }
    }
}
