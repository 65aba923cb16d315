import Foundation
import KinGraphCore

/// Reading an exchange file and writing an export, with the same care as the
/// archive writer: a write goes to a temporary file in the same folder, is flushed
/// to disk and renamed into place, so a reader sees the old file or the new one,
/// never half of either, and a failed or interrupted export leaves nothing behind.
public enum ExchangeFiles {
    /// The bytes of the file at `path`; an error naming the file when it cannot be
    /// read or is larger than `limits.maxFileBytes`.
    public static func read(_ path: String, limits: ImportLimits = .standard) throws(ExchangeError) -> [UInt8] {
        switch FileSystem.entry(at: path) {
        case .missing: throw ExchangeError(file: path, "no such file")
        case .folder: throw ExchangeError(file: path, "it is a folder, not a file")
        case .file, .other: break
        }
        do throws(IOFailure) {
            return try FileSystem.readBytes(at: path, limit: limits.maxFileBytes)
        } catch {
            if error.isTooLarge { throw ExchangeError(file: path, error.reason) }
            throw ExchangeError(file: path, "cannot read it: \(error.reason)")
        }
    }

    /// Checks that `text` could be written to `path`: its folder exists, it is not a
    /// folder, it is not `input`, and it does not exist unless `overwrite`. Run it
    /// before the work, so a mistyped path fails at once.
    public static func checkDestination(_ path: String, overwrite: Bool = false, input: String? = nil) throws(ExchangeError) {
        if let input, FileSystem.resolved(input) == FileSystem.resolved(path) {
            throw ExchangeError(file: path, "this is the archive being read; choose another output")
        }
        switch FileSystem.entry(at: path) {
        case .missing: break
        case .file where overwrite: break
        case .file: throw ExchangeError(file: path, "the file exists; pass --force to replace it")
        case .folder: throw ExchangeError(file: path, "it is a folder; name a file to write")
        case .other: throw ExchangeError(file: path, "it is neither a file nor a folder")
        }
        let folder = AtomicFile.parentFolder(of: path)
        guard FileSystem.entry(at: folder) == .folder else {
            throw ExchangeError(file: path, "the folder '\(folder)' does not exist; create it first")
        }
    }

    /// Writes `text` to `path` atomically, after `checkDestination`.
    ///
    /// - Throws: as `checkDestination`, or when the system refuses; nothing is left behind.
    /// - Complexity: O(text size).
    public static func write(_ text: String, to path: String, overwrite: Bool = false, input: String? = nil) throws(ExchangeError) {
        try write(bytes: Array(text.utf8), to: path, overwrite: overwrite, input: input)
    }

    /// Writes `bytes` to `path` atomically, after `checkDestination` (a PDF, a PNG).
    public static func write(bytes: [UInt8], to path: String, overwrite: Bool = false, input: String? = nil) throws(ExchangeError) {
        try checkDestination(path, overwrite: overwrite, input: input)
        do throws(IOFailure) {
            try AtomicFile.write(bytes, to: path)
        } catch {
            throw ExchangeError(file: path, "cannot write it: \(error.reason)")
        }
    }
}
