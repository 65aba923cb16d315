import Foundation

/// `text` with XML character references (`&#45;`, `&#x2D;`) and the five named
/// entities replaced by the characters they stand for: Graphviz writes `-` as
/// `&#45;` in SVG, so a search for a hyphenated name must look at decoded text.
public func decodeXMLEntities(_ text: String) -> String {
    var out = ""
    var rest = text[...]
    while let amp = rest.firstIndex(of: "&") {
        out += rest[..<amp]
        guard let semi = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semi) <= 10 else {
            out += "&"
            rest = rest[rest.index(after: amp)...]
            continue
        }
        let name = rest[rest.index(after: amp)..<semi]
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
        if let value = named[String(name)] {
            out += value
        } else if name.hasPrefix("#x"), let code = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code) {
            out.unicodeScalars.append(scalar)
        } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(code) {
            out.unicodeScalars.append(scalar)
        } else {
            out += rest[amp...semi]
        }
        rest = rest[rest.index(after: semi)...]
    }
    return out + rest
}
