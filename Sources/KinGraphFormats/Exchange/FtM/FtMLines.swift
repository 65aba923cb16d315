import Foundation
import KinGraphCore

/// Reads FtM JSON lines into entities, merging fragments that share an id (as FtM
/// streams may), with a note for every line that is not an entity.
struct FtMLines {
    /// An entity and the line it was first seen on.
    struct Read {
        var entity: FtMEntity
        var line: Int
    }

    private(set) var entities: [Read] = []
    private(set) var notes: [ExchangeNote] = []

    init(_ data: Data, file: String, limits: ImportLimits) throws(ExchangeError) {
        guard data.count <= limits.maxFileBytes else {
            throw ExchangeError(file: file, "the file has \(data.count) bytes, over the limit of \(limits.maxFileBytes)")
        }
        var index: [String: Int] = [:]
        var number = 0
        var start = data.startIndex
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        while start < data.endIndex {
            number += 1
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            let line = data[start..<end]
            start = end + 1
            if line.count > limits.maxLineBytes {
                throw ExchangeError(file: file, line: number, "the line is longer than \(limits.maxLineBytes) bytes")
            }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let read = parse(line, number: number, limits: limits) else { continue }
            if let i = index[read.id] {
                merge(read, into: i, line: number)
            } else {
                index[read.id] = entities.count
                entities.append(Read(entity: read, line: number))
            }
        }
    }

    private mutating func parse(_ line: Data, number: Int, limits: ImportLimits) -> FtMEntity? {
        if Self.depth(line) > limits.maxJSONDepth {
            notes.append(ExchangeNote(.error, line: number, "the JSON is nested deeper than \(limits.maxJSONDepth) levels; an FtM entity needs 3"))
            return nil
        }
        guard let json = try? JSONSerialization.jsonObject(with: Data(line), options: []) else {
            notes.append(ExchangeNote(.error, line: number, "not JSON: each line must be one FtM entity {\"id\", \"schema\", \"properties\"}"))
            return nil
        }
        guard let object = json as? [String: Any] else {
            notes.append(ExchangeNote(.error, line: number, "not a JSON object: each line must be one FtM entity"))
            return nil
        }
        guard let id = object["id"] as? String, !id.isEmpty else {
            notes.append(ExchangeNote(.error, line: number, "the entity has no \"id\""))
            return nil
        }
        guard let schema = object["schema"] as? String else {
            notes.append(ExchangeNote(.error, line: number, "entity \(id) has no \"schema\""))
            return nil
        }
        guard FtMSchemata.all.contains(schema) else {
            notes.append(ExchangeNote(.error, line: number, "entity \(id) has the schema '\(schema)', which FollowTheMoney does not define"))
            return nil
        }
        var entity = FtMEntity(id: id, schema: schema)
        guard let properties = object["properties"] as? [String: Any] else {
            if object["properties"] != nil {
                notes.append(ExchangeNote(.error, line: number, "entity \(id): \"properties\" must be an object of lists of strings"))
            }
            return entity
        }
        for (name, value) in properties.sorted(by: { $0.key < $1.key }) {
            if let list = value as? [Any] {
                let strings = list.compactMap { $0 as? String }
                if strings.count != list.count {
                    notes.append(ExchangeNote(.warning, line: number, "entity \(id): property \(name) holds values that are not strings; they are left out"))
                }
                entity.add(name, strings)
            } else if let single = value as? String {
                entity.add(name, single)
            } else {
                notes.append(ExchangeNote(.warning, line: number, "entity \(id): property \(name) is not a list of strings; left out"))
            }
        }
        return entity
    }

    private mutating func merge(_ fragment: FtMEntity, into i: Int, line: Int) {
        if fragment.schema != entities[i].entity.schema {
            notes.append(
                ExchangeNote(
                    .warning, line: line,
                    "entity \(fragment.id) was a \(entities[i].entity.schema) at line \(entities[i].line) and is a \(fragment.schema) here; read as \(entities[i].entity.schema)"
                ))
        }
        for (name, values) in fragment.properties.sorted(by: { $0.key < $1.key }) {
            for v in values where !(entities[i].entity.properties[name] ?? []).contains(v) {
                entities[i].entity.add(name, v)
            }
        }
    }

    /// The deepest nesting of `[` and `{` outside strings, counted without parsing.
    static func depth(_ bytes: Data) -> Int {
        var depth = 0, deepest = 0
        var inString = false, escaped = false
        for b in bytes {
            if inString {
                if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
                continue
            }
            switch b {
            case 0x22: inString = true
            case 0x5B, 0x7B:
                depth += 1
                deepest = max(deepest, depth)
            case 0x5D, 0x7D: depth -= 1
            default: break
            }
        }
        return deepest
    }
}
