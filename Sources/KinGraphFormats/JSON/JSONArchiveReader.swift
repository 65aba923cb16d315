import Foundation
import KinGraphCore

/// Reads the JSON form of an archive (`{"format": "kingraph-archive/1", …}`).
/// Problems carry JSON paths such as `people[3].born`.
enum JSONArchiveReader {
    /// Reads `bytes`, the content of the file `fileName`.
    ///
    /// - Complexity: O(bytes) (Foundation's parser, then one pass over the records).
    static func read(_ bytes: [UInt8], fileName: String) -> ReadResult {
        var findings: [Finding] = []
        func fail(_ place: String, _ message: String) -> ReadResult {
            findings.append(Finding(order: (-1, 0), problem: Problem(.error, place: place, message: message)))
            return ReadResult(archive: Archive(), findings: findings, skipped: .init()) { _, _ in ((0, 0), fileName) }
        }
        if bytes.allSatisfy(isSpace) {
            return fail(fileName, "the file is empty; a JSON archive starts {\"format\": \"\(Archive.formatTag)\", …")
        }
        if let bad = bytes.withUnsafeBytes({ UTF8Check.firstInvalidOffset($0) }) {
            let (line, column) = bytes.withUnsafeBytes { UTF8Check.lineAndColumn(of: bad, in: $0) }
            let byte = String(bytes[bad], radix: 16, uppercase: true)
            return fail("\(fileName):\(line):\(column)", "not UTF-8 text (byte 0x\(byte)); is this really a JSON archive?")
        }
        if let deep = bytes.withUnsafeBytes({ JSONDepth.firstOffset(deeperThan: ReadLimits.maxJSONDepth, in: $0) }) {
            let (line, column) = bytes.withUnsafeBytes { UTF8Check.lineAndColumn(of: deep, in: $0) }
            return fail(
                "\(fileName):\(line):\(column)",
                "the JSON nests deeper than \(ReadLimits.maxJSONDepth) levels here; an archive needs 4 (the object, a list, a record, a list of strings): is this really a KinGraph archive?"
            )
        }
        let top: Any
        do {
            top = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            return fail(syntaxPlace(error, bytes: bytes, fileName: fileName), "not valid JSON: \(syntaxReason(error))")
        }
        guard let root = top as? [String: Any] else {
            return fail(
                fileName,
                "the top level is \(JSONValue.describe(top)); a JSON archive is an object {\"format\": \"\(Archive.formatTag)\", \"people\": […], …}"
            )
        }
        switch root["format"] {
        case let format as String where format == Archive.formatTag:
            break
        case let format as String:
            return fail("format", "format '\(format)' is not '\(Archive.formatTag)'; this version reads only that format")
        case .some(let value):
            return fail("format", "format must be the string '\(Archive.formatTag)', not \(JSONValue.describe(value))")
        case nil:
            return fail("format", "missing format; a JSON archive starts {\"format\": \"\(Archive.formatTag)\", …")
        }
        var title: String?
        if let value = root["title"], !(value is NSNull) {
            if let text = value as? String {
                title = text.isEmpty ? nil : text
            } else {
                findings.append(
                    Finding(
                        order: (-1, 1),
                        problem: Problem(.error, place: "title", message: "title must be a string, not \(JSONValue.describe(value))")))
            }
        }
        var sections = JSONSections(root: root)
        let archive = Archive(
            title: title,
            sources: sections.read(.source) { $0.source(&$1) },
            people: sections.read(.person) { $0.person(&$1) },
            ties: sections.read(.tie) { $0.tie(&$1) },
            events: sections.read(.event) { $0.event(&$1) },
            links: sections.read(.link) { $0.link(&$1) })
        findings += sections.findings
        findings += UnknownKeys.findings(root: root)
        let positions = sections.positions
        return ReadResult(archive: archive, findings: findings, skipped: sections.skipped) { record, field in
            let list = positions[record.kind.rawValue]
            let index = record.index < list.count ? Int(list[record.index]) : record.index
            let path = "\(record.kind.section)[\(index)]"
            return ((record.kind.rawValue, index), field.map { "\(path).\($0)" } ?? path)
        }
    }

    /// `file.json:3:14` for Foundation's "around line 3, column 14" or "around character 52".
    private static func syntaxPlace(_ error: any Error, bytes: [UInt8], fileName: String) -> String {
        let text = debugDescription(error)
        if let range = text.range(of: "character "),
            let offset = Int(text[range.upperBound...].prefix(while: \.isNumber))
        {
            let (line, column) = bytes.withUnsafeBytes { UTF8Check.lineAndColumn(of: offset, in: $0) }
            return "\(fileName):\(line):\(column)"
        }
        return fileName
    }

    /// Foundation's reason, without its position (given by the place instead).
    private static func syntaxReason(_ error: any Error) -> String {
        var text = debugDescription(error)
        if let range = text.range(of: " around ") { text = String(text[..<range.lowerBound]) }
        if text.hasSuffix(".") { text.removeLast() }
        return text.isEmpty ? "the data is not in the JSON format" : text.lowercased()
    }

    private static func debugDescription(_ error: any Error) -> String {
        (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
    }
}
