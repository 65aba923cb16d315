import ArgumentParser
import Foundation
import KinGraphCore
import KinGraphFormats
import KinGraphReport

/// `export --format wgeid` (a folder of cases for the UN Working Group on Enforced or
/// Involuntary Disappearances) and `--format capture-history` (the table for multiple
/// systems estimation), both from the archive as it may be published.
extension Export {
    func validateUNFormats() throws {
        if let lists {
            guard format == .captureHistory else { throw ValidationError("--lists is only for --format capture-history") }
            guard CaptureLists(rawValue: lists) != nil else {
                throw ValidationError("unknown --lists '\(lists)': use " + CaptureLists.allCases.map(\.rawValue).joined(separator: ", "))
            }
        }
        if submitter != nil && format != .wgeid { throw ValidationError("--submitter is only for --format wgeid") }
        if format == .wgeid || format == .captureHistory, focus != nil {
            throw ValidationError("--focus does not apply to --format \(format.rawValue): it covers the whole archive")
        }
    }

    func runUNFormat() throws {
        let input = try archiveOptions.requirePath()
        if format == .wgeid { try WGEIDFolder.check(output, overwrite: force, input: input) }
        else { try ExchangeFiles.checkDestination(output, overwrite: force, input: input) }
        let archive = try archiveOptions.load()
        let published = revealProtected ? archive : Redactor(archive).redact(archive)
        let protected = archive.people.filter(\.isProtected).count
        let note = protected == 0 ? "" : revealProtected ? "; \(protected) protected people REVEALED" : "; protected people as pseudonyms"
        if format == .wgeid {
            let export = WGEIDExport(submitter: submitter)
            let files = export.files(published)
            try WGEIDFolder.write(files, to: output)
            let cases = export.cases(published)
            let incomplete = cases.filter { $0.missing.contains(where: \.isMinimum) }.count
            print("wrote \(output): \(cases.count) cases (cases.csv and one text each), \(incomplete) missing a minimum element\(note)")
        } else {
            let history = CaptureHistory(lists: lists.flatMap(CaptureLists.init(rawValue:)) ?? .sourceKind)
            let (header, rows) = try history.table(published)
            try ExchangeFiles.write(bytes: try history.csv(published), to: output, overwrite: force, input: input)
            let listCount = header.count - 3
            print("wrote \(output) (capture-history): \(rows.count) people, \(listCount) lists (\(header.dropFirst().prefix(listCount).joined(separator: ", ")))\(note)")
        }
    }
}

/// The WGEID export's folder: created when missing; an existing one must be empty
/// unless `--force`, and is never the archive.
enum WGEIDFolder {
    static func check(_ path: String, overwrite: Bool, input: String) throws {
        let manager = FileManager.default
        func resolved(_ p: String) -> String { URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath().path }
        if resolved(path) == resolved(input) {
            throw ExchangeError(file: path, "this is the archive being read; choose another output")
        }
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw ExchangeError(file: path, "it is a file; name a folder to write the cases into") }
            let contents = (try? manager.contentsOfDirectory(atPath: path)) ?? []
            if !contents.isEmpty && !overwrite {
                throw ExchangeError(file: path, "the folder is not empty; pass --force to write into it")
            }
        } else if !manager.fileExists(atPath: AtomicFile.parentFolder(of: path), isDirectory: &isFolder) || !isFolder.boolValue {
            throw ExchangeError(file: path, "the folder '\(AtomicFile.parentFolder(of: path))' does not exist; create it first")
        }
    }

    /// Writes each file atomically under `folder`, creating the folders needed.
    static func write(_ files: [(name: String, bytes: [UInt8])], to folder: String) throws {
        for (name, bytes) in files {
            let path = folder + "/" + name
            let parent = AtomicFile.parentFolder(of: path)
            do {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw ExchangeError(file: parent, "cannot create it: \(error.localizedDescription)")
            }
            try ExchangeFiles.write(bytes: bytes, to: path, overwrite: true)
        }
    }
}
