/// What a PNG (8 bits per channel, not interlaced, as cairo writes them) shows: its
/// size and its pixels, with the scanline filters undone, so a test can tell a
/// drawing from a blank page.
public struct PNGInspection: Sendable {
    public let width: Int
    public let height: Int
    /// Bytes per pixel (3 for RGB, 4 for RGBA, …).
    public let bytesPerPixel: Int
    /// The pixels, row after row, `bytesPerPixel` bytes each.
    public let pixels: [UInt8]

    /// Reads `png`; nil when it is not a PNG this can read.
    public init?(_ png: [UInt8]) {
        guard png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
        var offset = 8
        var header: [UInt8] = []
        var data: [UInt8] = []
        while offset + 8 <= png.count {
            let length = png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: png[offset + 4..<offset + 8], as: UTF8.self)
            let body = offset + 8
            guard body + length + 4 <= png.count else { return nil }
            if type == "IHDR" { header = Array(png[body..<body + length]) }
            if type == "IDAT" { data += png[body..<body + length] }
            offset = body + length + 4
        }
        guard header.count == 13, header[8] == 8, header[12] == 0 else { return nil }
        let channels: [UInt8: Int] = [0: 1, 2: 3, 3: 1, 4: 2, 6: 4]
        guard let bpp = channels[header[9]], let raw = Zlib.inflate(data) else { return nil }
        width = header[0..<4].reduce(0) { $0 << 8 | Int($1) }
        height = header[4..<8].reduce(0) { $0 << 8 | Int($1) }
        bytesPerPixel = bpp
        guard let pixels = Self.unfiltered(raw, width: width, height: height, bpp: bpp) else { return nil }
        self.pixels = pixels
    }

    /// How many different pixel values the image has (1 for a blank image).
    public var distinctColours: Int {
        var seen = Set<[UInt8]>()
        var i = 0
        while i < pixels.count {
            seen.insert(Array(pixels[i..<i + bytesPerPixel]))
            i += bytesPerPixel
        }
        return seen.count
    }

    /// The share of pixels that differ from the top-left one (the background).
    public var drawnShare: Double {
        guard pixels.count >= bytesPerPixel, width * height > 0 else { return 0 }
        let background = Array(pixels[0..<bytesPerPixel])
        var drawn = 0
        var i = 0
        while i < pixels.count {
            if !pixels[i..<i + bytesPerPixel].elementsEqual(background) { drawn += 1 }
            i += bytesPerPixel
        }
        return Double(drawn) / Double(width * height)
    }

    /// Undoes the per-row filters (none, sub, up, average, Paeth).
    private static func unfiltered(_ raw: [UInt8], width: Int, height: Int, bpp: Int) -> [UInt8]? {
        let stride = width * bpp
        guard raw.count >= height * (stride + 1) else { return nil }
        var out = [UInt8](repeating: 0, count: height * stride)
        for row in 0..<height {
            let filter = raw[row * (stride + 1)]
            let source = row * (stride + 1) + 1
            let here = row * stride
            for x in 0..<stride {
                let a = x >= bpp ? Int(out[here + x - bpp]) : 0
                let b = row > 0 ? Int(out[here - stride + x]) : 0
                let c = (x >= bpp && row > 0) ? Int(out[here - stride + x - bpp]) : 0
                let predictor: Int
                switch filter {
                case 0: predictor = 0
                case 1: predictor = a
                case 2: predictor = b
                case 3: predictor = (a + b) / 2
                case 4:
                    let p = a + b - c
                    let pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
                    predictor = (pa <= pb && pa <= pc) ? a : (pb <= pc ? b : c)
                default: return nil
                }
                out[here + x] = UInt8((Int(raw[source + x]) + predictor) & 0xFF)
            }
        }
        return out
    }
}
