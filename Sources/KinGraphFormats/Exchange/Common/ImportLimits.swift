import KinGraphCore

/// Bounds that keep an importer from exhausting the machine on a hostile or
/// broken file. Every limit crossed is a clear error naming the limit.
public struct ImportLimits: Sendable, Hashable {
    /// Largest input file accepted, in bytes.
    public var maxFileBytes: Int
    /// Longest line accepted, in bytes.
    public var maxLineBytes: Int
    /// Deepest JSON nesting accepted in one FtM line.
    public var maxJSONDepth: Int

    public init(maxFileBytes: Int = ReadLimits.standard.maxFileBytes, maxLineBytes: Int = 1 << 20, maxJSONDepth: Int = 16) {
        self.maxFileBytes = maxFileBytes
        self.maxLineBytes = maxLineBytes
        self.maxJSONDepth = maxJSONDepth
    }

    /// The limits used when none are given: 2 GiB files (as `ReadLimits`), 1 MiB lines, JSON depth 16.
    public static let standard = ImportLimits()
}
