import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// zlib's `uncompress`, found at run time in the libz that Graphviz's cairo loads.
public enum Zlib {
    private typealias Uncompress = @convention(c) (
        UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt>?, UnsafePointer<UInt8>?, UInt
    ) -> Int32

    nonisolated(unsafe) private static let uncompress: Uncompress? = {
        #if os(macOS)
            let handle = dlopen("libz.dylib", RTLD_NOW)
        #else
            let handle = dlopen("libz.so.1", RTLD_NOW)
        #endif
        guard let handle, let symbol = dlsym(handle, "uncompress") else { return nil }
        return unsafeBitCast(symbol, to: Uncompress.self)
    }()

    /// `true` when zlib could be loaded (so inflating is really tried).
    public static var available: Bool { uncompress != nil }

    /// The inflated bytes, or `nil` when `bytes` is not a zlib stream.
    public static func inflate(_ bytes: [UInt8]) -> [UInt8]? {
        guard let uncompress, !bytes.isEmpty else { return nil }
        var capacity = max(1024, bytes.count * 8)
        while capacity <= 1 << 28 {
            var output = [UInt8](repeating: 0, count: capacity)
            var length = UInt(capacity)
            let status = output.withUnsafeMutableBufferPointer { out in
                bytes.withUnsafeBufferPointer { input in
                    uncompress(out.baseAddress, &length, input.baseAddress, UInt(input.count))
                }
            }
            if status == 0 { return Array(output.prefix(Int(length))) }
            if status != -5 { return nil }
            capacity *= 4
        }
        return nil
    }
}
