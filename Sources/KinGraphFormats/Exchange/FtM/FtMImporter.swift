import Foundation
import KinGraphCore

/// Reads FollowTheMoney JSON lines into an archive: the inverse of `FtMExporter`,
/// and a best effort for FtM data from elsewhere (Aleph, OpenSanctions).
///
/// `Person`, `Family`, `Associate`, `Event`, `UnknownLink` between events, the
/// `Document` schemata (as sources) and `Documentation` are mapped; entities of
/// every other schema are counted and reported as skipped, never silently lost.
/// A line that is not JSON, or an entity whose schema FtM does not define, is an
/// error note with its line.
///
///     let result = try FtMImporter().read(data, fileName: "export.ftm.json")
public struct FtMImporter: Sendable {
    public var limits: ImportLimits

    public init(limits: ImportLimits = .standard) { self.limits = limits }

    /// The archive in `data`, with a note for everything not mapped.
    /// - Complexity: O(entities + property values).
    public func read(_ data: Data, fileName: String) throws(ExchangeError) -> ExchangeImport {
        let lines = try FtMLines(data, file: fileName, limits: limits)
        var mapper = FtMMapper(fileName: fileName)
        mapper.notes = lines.notes
        mapper.map(lines.entities)
        var archive = mapper.archive
        archive.title = "Imported from \(fileName)"
        var notes = mapper.notes
        var imported = ImportSources(fileName: fileName, existing: archive.sources.map(\.id))
        for i in archive.people.indices { archive.people[i].sources = imported.orFile(archive.people[i].sources) }
        for i in archive.ties.indices { archive.ties[i].sources = imported.orFile(archive.ties[i].sources) }
        for i in archive.events.indices { archive.events[i].sources = imported.orFile(archive.events[i].sources) }
        for i in archive.links.indices { archive.links[i].sources = imported.orFile(archive.links[i].sources) }
        imported.finish(&archive, &notes)
        notes += mapper.skippedNotes
        return ExchangeImport(archive: archive, notes: notes)
    }
}
