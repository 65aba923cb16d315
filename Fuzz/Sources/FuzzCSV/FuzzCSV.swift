import FuzzSupport
import KinGraphCore
import KinGraphFormats

/// libFuzzer entry: the first byte picks one file of a CSV archive (sources, people,
/// ties, events, links, archive.csv); the rest of the input is that file's bytes, the
/// other files a small valid archive. It must load or fail with problems, never trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let names = ["sources.csv", "people.csv", "ties.csv", "events.csv", "links.csv", "archive.csv"]
    var files = CSVSeed.files
    files[names[Int(data[0]) % names.count]] = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    switch Result(catching: { () throws(ArchiveLoadError) in try ArchiveReader.load(csvFiles: files) }) {
    case .success(let loaded): Exercise.archive(loaded.archive)
    case .failure(let error): _ = error.description
    }
    return 0
}

/// A small valid CSV archive: two people, a tie, two linked events.
enum CSVSeed {
    static let files: [String: [UInt8]] = [
        "sources.csv": Array("id,kind\nT-1,testimony\n".utf8),
        "people.csv": Array("id,name,hangul,born,protected,sources\nP-1,Kim Chol-su,김철수,1970?,,T-1\nP-2,Ri Yong-hui,,1972,true,T-1\n".utf8),
        "ties.csv": Array("from,to,kind,sources\nP-1,P-2,spouse,T-1\n".utf8),
        "events.csv": Array("id,person,kind,date,sources\nE-1,P-1,defection,2013-04,T-1\nE-2,P-2,detention,2013-05~,T-1\n".utf8),
        "links.csv": Array("cause,effect,kind,sources\nE-1,E-2,guilt-by-association,T-1\n".utf8),
        "archive.csv": Array("format,title\nkingraph-archive/1,Fuzz\n".utf8),
    ]
}
