#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The rows of a CSV file, read a chunk at a time into one reused buffer, so a file
/// of any size costs a few hundred kilobytes of memory while it is parsed, and its
/// bytes are checked as UTF-8 on the way in.
///
///     var stream = try CSVStream(path: "people.csv")
///     defer { stream.close() }
///     var row = CSVRow()
///     while try stream.nextRow(into: &row) { … row.string(0, in: stream.bytes) … }
///
/// A row's fields point into `stream.bytes`, which stays valid until the next call.
struct CSVStream {
    /// Why the stream stopped.
    enum Failure: Error {
        case syntax(CSVScanner.SyntaxError)
        case io(IOFailure)
    }

    /// The size of a chunk; a row longer than that makes the buffer grow.
    static let defaultChunkSize = 256 * 1024

    private let path: String
    /// The open file; -1 for bytes given in memory.
    private let fd: Int32
    /// The most bytes the file may have (`ReadLimits.maxFileBytes`).
    private let limit: Int
    private var buffer: UnsafeMutableRawBufferPointer
    /// The unconsumed bytes are `buffer[start..<end]`.
    private var start = 0
    private var end = 0
    /// `buffer[..<checked]` is known to be valid UTF-8.
    private var checked = 0
    /// Bytes consumed before `start` since the file began.
    private var consumed = 0
    private var scanner: CSVScanner
    /// The file's size when opened (a hint; the file is read to its end).
    let size: Int
    /// `true` once all the file is in the buffer or consumed.
    private(set) var isAtEnd = false
    /// `true` when a byte that is not UTF-8 was seen: the rows read are not to be trusted.
    private(set) var hasInvalidUTF8 = false

    /// Opens the file at `path` (not a folder, at most `limit` bytes: a failure with
    /// `isTooLarge` otherwise) and reads its first chunk of `chunkSize` bytes.
    init(
        path: String, limit: Int = ReadLimits.standard.maxFileBytes, chunkSize: Int = CSVStream.defaultChunkSize
    ) throws(IOFailure) {
        self.path = path
        self.limit = limit
        fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw IOFailure(path: path, errno: errno) }
        var info = stat()
        if fstat(fd, &info) != 0 || info.st_mode & S_IFMT == S_IFDIR {
            let code = info.st_mode & S_IFMT == S_IFDIR ? EISDIR : errno
            close(fd)
            throw IOFailure(path: path, errno: code)
        }
        size = max(Int(info.st_size), 0)
        if size > limit {
            close(fd)
            throw IOFailure.tooLarge(path: path, size: size, limit: limit)
        }
        buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(chunkSize, 1), alignment: 8)
        scanner = CSVScanner(UnsafeRawBufferPointer(start: nil, count: 0))
        do {
            try fill()
        } catch {
            closeFile()
            throw error
        }
    }

    /// The rows of `bytes`, held in memory (`name` is for messages).
    init(bytes: [UInt8], name: String) {
        path = name
        fd = -1
        limit = Int.max
        size = bytes.count
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        bytes.withUnsafeBytes { storage.copyMemory(from: $0) }
        buffer = storage
        end = bytes.count
        isAtEnd = true
        scanner = CSVScanner(UnsafeRawBufferPointer(start: nil, count: 0))
        checkUTF8()
        scanner = CSVScanner(self.bytes, line: 1, isFinal: true, atFileStart: true)
    }

    /// Closes the file and frees the buffer.
    func closeFile() {
        buffer.deallocate()
        if fd >= 0 { close(fd) }
    }

    /// The bytes the last row's fields point into.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: buffer[start..<end]) }

    /// The line where the next row starts.
    var line: Int { scanner.line }

    /// How many bytes of the file follow the next row's start.
    var remainingBytes: Int { max(size - consumed - start - scanner.offset, 0) }

    /// A scanner over the bytes at hand, from the next row on.
    var peekScanner: CSVScanner { scanner }

    /// Reads the next row into `row`; `false` at the end of the file, or as soon as a
    /// byte that is not UTF-8 is seen (`hasInvalidUTF8`).
    ///
    /// - Complexity: O(length of the row), plus reading the next chunk when needed.
    mutating func nextRow(into row: inout CSVRow) throws(Failure) -> Bool {
        while true {
            if hasInvalidUTF8 { return false }
            let scan: CSVScanner.Scan
            do { scan = try scanner.scanRow(into: &row) } catch { throw .syntax(error) }
            switch scan {
            case .row: return true
            case .end: return false
            case .needsMore:
                do { try fill() } catch { throw .io(error) }
            }
        }
    }

    /// Reads the next row into `row` from the bytes at hand, without reading more of
    /// the file: `.needsMore` when the row is not all at hand (call `readMore()`;
    /// the rows read so far then point to bytes that are gone), `.end` at the end of
    /// the file or once a byte that is not UTF-8 was seen.
    ///
    /// - Complexity: O(length of the row).
    mutating func scanRow(into row: inout CSVRow) throws(Failure) -> CSVScanner.Scan {
        if hasInvalidUTF8 { return .end }
        do { return try scanner.scanRow(into: &row) } catch { throw .syntax(error) }
    }

    /// Reads the next chunk, after the bytes of the rows not read yet.
    mutating func readMore() throws(Failure) {
        do { try fill() } catch { throw .io(error) }
    }

    /// Reads the rest of the file only to check that it is UTF-8.
    mutating func checkRest() throws(IOFailure) {
        while !isAtEnd && !hasInvalidUTF8 {
            keepBytes(from: checked)
            try readChunk()
            checkUTF8()
        }
    }

    /// Drops the rows scanned so far, reads the next chunk after what is left, and
    /// checks the new bytes as UTF-8. The buffer doubles when one row fills it.
    private mutating func fill() throws(IOFailure) {
        let line = scanner.line
        keepBytes(from: start + scanner.offset)
        try readChunk()
        checkUTF8()
        scanner = CSVScanner(bytes, line: line, isFinal: isAtEnd, atFileStart: consumed == 0)
    }

    /// Moves `buffer[offset..<end]` to the front.
    private mutating func keepBytes(from offset: Int) {
        guard offset > 0, let base = buffer.baseAddress else { return }
        let pending = end - offset
        if pending > 0 { base.copyMemory(from: base + offset, byteCount: pending) }
        consumed += offset
        checked = max(checked - offset, 0)
        start = 0
        end = pending
    }

    /// Reads at least one more byte after `end`, or reaches the end of the file.
    private mutating func readChunk() throws(IOFailure) {
        if end == buffer.count {
            let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: buffer.count * 2, alignment: 8)
            larger.copyMemory(from: UnsafeRawBufferPointer(buffer))
            buffer.deallocate()
            buffer = larger
        }
        guard let base = buffer.baseAddress, fd >= 0 else { return }
        while !isAtEnd {
            let got = read(fd, base + end, buffer.count - end)
            if got < 0 && errno == EINTR { continue }
            if got < 0 { throw IOFailure(path: path, errno: errno) }
            if got == 0 { isAtEnd = true } else { end += got; break }
        }
        if consumed + end > limit { throw IOFailure.tooLarge(path: path, size: consumed + end, limit: limit) }
    }

    /// Checks the bytes read since the last check. A sequence cut by the end of the
    /// chunk (a lead byte and continuation bytes only, so no row can end inside it)
    /// is checked again once the rest of it is read.
    private mutating func checkUTF8() {
        let fresh = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[checked..<end])
        guard let bad = UTF8Check.firstInvalidOffset(fresh) else {
            checked = end
            return
        }
        let cut = fresh.count - bad < 4 && fresh[bad] >= 0xC2 && fresh[(bad + 1)...].allSatisfy { $0 & 0xC0 == 0x80 }
        if !isAtEnd && cut {
            checked += bad
        } else {
            hasInvalidUTF8 = true
        }
    }
}
