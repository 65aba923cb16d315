#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

import KinGraphCore

extension ArchiveReader {
    /// Reads and validates a JSON archive held in memory, as `load(from:)` does a
    /// file; problems name `fileName`.
    ///
    ///     let loaded = try ArchiveReader.load(json: Array(text.utf8))
    ///
    /// - Complexity: O(bytes).
    public static func load(json bytes: [UInt8], fileName: String = "archive.json") throws(ArchiveLoadError) -> LoadedArchive {
        try judge(JSONArchiveReader.read(bytes, fileName: fileName), form: .json)
    }

    /// Reads and validates a CSV archive held in memory: `files` maps each file name
    /// (`people.csv`, …, and optionally `archive.csv`) to its bytes; a file left out
    /// is reported missing, as in a folder.
    ///
    ///     let loaded = try ArchiveReader.load(csvFiles: ["people.csv": bytes, …])
    ///
    /// - Complexity: O(total bytes).
    public static func load(csvFiles files: [String: [UInt8]]) throws(ArchiveLoadError) -> LoadedArchive {
        let read = CSVFolderReader.read { name throws(IOFailure) in
            guard let bytes = files[name] else { throw IOFailure(path: name, errno: ENOENT) }
            return bytes
        }
        return try judge(read, form: .csvFolder)
    }

    /// The archive when `read` holds no error; `.invalid` with every problem otherwise.
    static func judge(_ read: ReadResult, form: ArchiveForm) throws(ArchiveLoadError) -> LoadedArchive {
        let (problems, resolved) = read.check()
        if problems.contains(where: \.isError) { throw .invalid(problems) }
        return LoadedArchive(resolved: resolved, warnings: problems, form: form)
    }
}
