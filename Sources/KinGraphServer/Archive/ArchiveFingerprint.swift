#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// What the archive's files look like on disk (sizes and modification times), to
/// notice a change without reading them: a file (JSON, or a database with its `-wal`
/// beside it) or a folder of CSV files (every entry).
struct ArchiveFingerprint: Hashable, Sendable {
    private var entries: [String]

    /// The fingerprint of `path` now; an unreadable path gives an empty one.
    static func of(_ path: String) -> ArchiveFingerprint {
        var entries: [String] = []
        guard let top = stamp(path) else { return ArchiveFingerprint(entries: []) }
        entries.append(top)
        if isFolder(path) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            for name in names.sorted() {
                if let entry = stamp(path + "/" + name) { entries.append(name + " " + entry) }
            }
        } else if let wal = stamp(path + "-wal") {
            entries.append("-wal " + wal)
        }
        return ArchiveFingerprint(entries: entries)
    }

    private static func stamp(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
            let time = info.st_mtimespec
        #else
            let time = info.st_mtim
        #endif
        return "\(info.st_size) \(time.tv_sec).\(time.tv_nsec) \(info.st_ino)"
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
