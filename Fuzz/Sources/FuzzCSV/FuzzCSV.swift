import FuzzSupport
import KinGraphCore
import KinGraphFormats

/// libFuzzer entry: the first byte picks one file of a CSV archive (sources, people,
/// ties, events, links, archive.csv); the rest of the input is that file's bytes, the
/// other files a small valid archive. It must load or fail with problems, never trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let files = Exercise.csvFiles(Array(UnsafeBufferPointer(start: data, count: size))) else { return 0 }
    switch Result(catching: { () throws(ArchiveLoadError) in try ArchiveReader.load(csvFiles: files) }) {
    case .success(let loaded): Exercise.archive(loaded.archive) { fatalError($0) }
    case .failure(let error): _ = error.description
    }
    return 0
}
