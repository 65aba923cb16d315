import FuzzSupport
import KinGraphCore
import KinGraphFormats

/// libFuzzer entry: any bytes as a JSON archive must load or fail with problems, never
/// trap; what loads is validated, indexed and queried.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch Result(catching: { () throws(ArchiveLoadError) in try ArchiveReader.load(json: bytes) }) {
    case .success(let loaded): Exercise.archive(loaded.archive) { fatalError($0) }
    case .failure(let error): _ = error.description
    }
    return 0
}
