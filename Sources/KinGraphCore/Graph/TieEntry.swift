/// One direction of a tie in the adjacency, packed in a byte: the tie's kind, whether
/// the entry runs against the tie's `from → to` direction, and its confidence rank.
struct TieEntry: Sendable, Hashable {
    let bits: UInt8

    /// Bits 0–3 kind, bit 4 reversed, bits 5–6 confidence rank.
    init(kind: TieKind, reversed: Bool, level: UInt8) {
        bits = UInt8(TieEntry.kindCode(kind)) | (reversed ? 0x10 : 0) | (level & 0x3) << 5
    }

    /// The tie's kind.
    var kind: TieKind { TieEntry.kinds[Int(bits & 0x0F)] }

    /// `true` when the entry runs from the tie's `to` person to its `from` person.
    var isReversed: Bool { bits & 0x10 != 0 }

    /// The tie's confidence rank (`Confidence.rank`).
    @inline(__always) var level: UInt8 { (bits >> 5) & 0x3 }

    /// The family step this entry takes, seen from the person the entry belongs to;
    /// `nil` for a non-family tie.
    var step: KinStep? {
        switch kind {
        case .parent: return isReversed ? .parent : .child
        case .spouse: return .spouse
        case .sibling: return .sibling
        case .relative: return .relative
        default: return nil
        }
    }

    static let kinds: [TieKind] = TieKind.allCases

    /// The kind's position in `TieKind.allCases` (the order paths prefer among ties).
    static func kindCode(_ kind: TieKind) -> Int {
        switch kind {
        case .parent: return 0
        case .spouse: return 1
        case .sibling: return 2
        case .relative: return 3
        case .friend: return 4
        case .neighbour: return 5
        case .colleague: return 6
        case .broker: return 7
        case .associate: return 8
        }
    }
}

/// One step along a family tie, named from the side of the person taking it:
/// `.parent` goes to one's parent, `.child` to one's child.
///
/// The cases are ordered; among equally short family paths the one whose steps come
/// first in this order decides the kinship word (blood before marriage).
public enum KinStep: UInt8, Sendable, Comparable, CaseIterable {
    case parent, child, sibling, spouse, relative

    public static func < (a: KinStep, b: KinStep) -> Bool { a.rawValue < b.rawValue }

    /// The neutral English word for the step (`parent`, `child`, …).
    public var word: String {
        switch self {
        case .parent: return "parent"
        case .child: return "child"
        case .sibling: return "sibling"
        case .spouse: return "spouse"
        case .relative: return "relative"
        }
    }
}
