import Foundation
import FuzzSupport
import KinGraphCore
import KinGraphFormats

/// libFuzzer entry: any bytes as FollowTheMoney JSON lines must import or fail with
/// notes, never trap; an import without errors must validate, and is then indexed and queried.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFtM(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Data(bytes: data, count: size)
    guard let result = try? FtMImporter().read(input, fileName: "fuzz.ftm.json") else { return 0 }
    for note in result.notes { _ = note.description(file: "fuzz.ftm.json") }
    Exercise.imported(result.archive, hasErrors: result.hasErrors) { fatalError($0) }
    return 0
}
