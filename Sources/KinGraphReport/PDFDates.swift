/// Sets the dates a PDF writer put in a PDF's information dictionary to one given
/// day, keeping every byte offset (the date strings keep their length), so that the
/// cross-reference table stays right and the same input gives the same bytes.
enum PDFDates {
    /// `pdf` with every `/CreationDate (D:…)` and `/ModDate (D:…)` digit run set to
    /// `date` (YYYY-MM-DD) at midnight.
    static func fixed(_ pdf: [UInt8], date: String) -> [UInt8] {
        let digits = Array(date.utf8.filter { $0 >= 48 && $0 <= 57 }) + Array("000000".utf8)
        var out = pdf
        for key in ["/CreationDate", "/ModDate"] {
            let needle = Array(key.utf8)
            var at = 0
            while let hit = find(needle, in: out, from: at) {
                var i = hit + needle.count
                while i < out.count, out[i] == 32 { i += 1 }
                // (D:YYYYMMDDHHmmSS…
                guard i + 3 < out.count, out[i] == 40, out[i + 1] == 68, out[i + 2] == 58 else { at = hit + 1; continue }
                var j = i + 3, k = 0
                while j < out.count, k < digits.count, out[j] >= 48, out[j] <= 57 {
                    out[j] = digits[k]
                    j += 1
                    k += 1
                }
                at = j
            }
        }
        return out
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from start: Int) -> Int? {
        guard needle.count <= hay.count, start <= hay.count - needle.count else { return nil }
        var i = start
        while i <= hay.count - needle.count {
            if hay[i] == needle[0], Array(hay[i..<i + needle.count]) == needle { return i }
            i += 1
        }
        return nil
    }
}
