import Foundation
import MWContent

/// Where the index stage puts its files: whole ones, and large exports written piece by piece
/// while they are encoded (`build` writes both to disk; `MemorySink` keeps them). Safe to use
/// from several threads at once.
public protocol IndexSink: Sendable {
    func write(_ file: OutputFile) throws
    /// A file to be written in pieces; it is complete when the writer is closed.
    func open(_ path: String) throws -> FileWriter
}

/// Keeps the files in memory (`serve`, tests), in path order.
public final class MemorySink: IndexSink, @unchecked Sendable {
    private var collected: [OutputFile] = []
    private let lock = NSLock()

    public init() {}

    public func write(_ file: OutputFile) {
        lock.lock()
        collected.append(file)
        lock.unlock()
    }

    public func open(_ path: String) -> FileWriter {
        FileWriter.inMemory(path: path) { self.write(OutputFile(path: path, data: $0)) }
    }

    public var files: [OutputFile] {
        lock.lock()
        defer { lock.unlock() }
        return collected.sorted { $0.path < $1.path }
    }
}

/// Passes files on and notes what the sitemap and the offline files need to know of them.
final class SummarizingSink: IndexSink, @unchecked Sendable {
    private let target: IndexSink
    private var summaries: [FileSummary] = []
    private var streams: [FileWriter] = []
    private let lock = NSLock()

    init(_ target: IndexSink) { self.target = target }

    func write(_ file: OutputFile) throws {
        let summary = FileSummary(file)
        try target.write(file)
        lock.lock()
        summaries.append(summary)
        lock.unlock()
    }

    func open(_ path: String) throws -> FileWriter {
        let writer = try target.open(path)
        lock.lock()
        streams.append(writer)
        lock.unlock()
        return writer
    }

    /// Every file passed on, in path order (streamed ones once they are closed).
    var files: [FileSummary] {
        lock.lock()
        defer { lock.unlock() }
        return (summaries + streams.map { FileSummary(path: $0.path, size: $0.size, hash: $0.hash) }).sorted { $0.path < $1.path }
    }
}
