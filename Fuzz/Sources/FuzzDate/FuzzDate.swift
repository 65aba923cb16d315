import KinGraphCore

/// libFuzzer entry: the fuzzy date parser must accept or reject any text, never trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let date = try? FuzzyDate(parsing: text), let day = Day(year: 2011, month: 12, day: 17) {
        _ = date.compare(to: day)
        _ = date.earliest?.description
    }
    return 0
}
