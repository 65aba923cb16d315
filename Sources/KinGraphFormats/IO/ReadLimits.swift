#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bounds that keep a hostile or broken input from exhausting the machine. Crossing
/// one is a clear error naming the file (and line), never a crash.
///
/// Only the file size is a setting (`KINGRAPH_MAX_INPUT_BYTES`, e.g. `4G`, for every
/// form; by default a JSON archive may be 512 MiB, any other file 2 GiB); the others
/// follow from the formats: an archive's JSON nests four levels (object → list →
/// record → list), and no field of a record needs a megabyte.
///
///     let limits = try ReadLimits.fromEnvironment()
///     let loaded = try ArchiveReader.load(from: path, limits: limits)
public struct ReadLimits: Sendable, Hashable {
    /// The environment variable that overrides `maxFileBytes`: a number of bytes,
    /// optionally followed by `K`, `M` or `G` (powers of 1024).
    public static let environmentKey = "KINGRAPH_MAX_INPUT_BYTES"

    /// Largest input file read, in bytes (default 2 GiB).
    public var maxFileBytes: Int
    /// Largest JSON archive read, in bytes (default 512 MiB): Foundation's parser takes
    /// about 30 times a file's size in memory, where the CSV reader takes about 2.
    public var maxJSONFileBytes: Int

    public init(maxFileBytes: Int = 2 << 30, maxJSONFileBytes: Int = 512 << 20) {
        self.maxFileBytes = maxFileBytes
        self.maxJSONFileBytes = maxJSONFileBytes
    }

    /// 2 GiB files, 512 MiB for a JSON archive.
    public static let standard = ReadLimits()

    /// Deepest nesting of `[` and `{` accepted in a JSON archive: the format needs 4;
    /// the rest leaves room for small objects under unknown keys (which are ignored).
    public static let maxJSONDepth = 8
    /// Longest CSV cell, in bytes.
    public static let maxCSVCellBytes = 1 << 20
    /// Longest CSV row (a quoted cell may span lines), in bytes.
    public static let maxCSVRowBytes = 4 << 20
    /// Most cells in one CSV row (an archive file has at most 14 columns, plus any extra ones).
    public static let maxCSVRowCells = 10_000

    /// The standard limits, with both sizes from `KINGRAPH_MAX_INPUT_BYTES` when it is set.
    ///
    /// - Throws: `ReadLimitsError` when the variable is set but is not a size.
    public static func fromEnvironment() throws(ReadLimitsError) -> ReadLimits {
        guard let pointer = getenv(environmentKey) else { return .standard }
        let text = String(cString: pointer)
        if text.isEmpty { return .standard }
        guard let bytes = parseSize(text) else { throw ReadLimitsError(value: text) }
        return ReadLimits(maxFileBytes: bytes, maxJSONFileBytes: bytes)
    }

    /// `1048576`, `512K`, `100M`, `4G` (case-insensitive, an optional `B` or `iB`) as
    /// bytes; `nil` for anything else, zero, or a size past `Int.max`.
    static func parseSize(_ text: String) -> Int? {
        var digits = Substring(text.trimmingSpaces().uppercased())
        for suffix in ["IB", "B"] where digits.hasSuffix(suffix) && digits.count > suffix.count {
            digits = digits.dropLast(suffix.count)
            break
        }
        var shift = 0
        switch digits.last {
        case "K": shift = 10
        case "M": shift = 20
        case "G": shift = 30
        case "T": shift = 40
        default: break
        }
        if shift > 0 { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int(digits), count > 0
        else { return nil }
        let (bytes, overflow) = count.multipliedReportingOverflow(by: 1 << shift)
        return overflow ? nil : bytes
    }
}

/// `KINGRAPH_MAX_INPUT_BYTES` holds something that is not a size.
public struct ReadLimitsError: Error, Sendable, CustomStringConvertible {
    public var value: String

    public var description: String {
        "\(ReadLimits.environmentKey)='\(value)' is not a size: give a number of bytes, or one ending K, M or G (e.g. 4G)"
    }
}

extension String {
    fileprivate func trimmingSpaces() -> Substring {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }
}
