import Foundation
import FuzzSupport
import KinGraphCore
import KinGraphFormats

/// libFuzzer entry: any bytes as a GEDCOM file must import or fail with notes, never
/// trap; an import without errors must validate, and is then indexed and queried.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGEDCOM(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Data(bytes: data, count: size)
    guard let result = try? GEDCOMImporter().read(input, fileName: "fuzz.ged") else { return 0 }
    for note in result.notes { _ = note.description(file: "fuzz.ged") }
    Exercise.imported(result.archive, hasErrors: result.hasErrors) { fatalError($0) }
    return 0
}
