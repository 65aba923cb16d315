/// The ids of the sources a record rests on, in the order written: a collection of
/// strings that works like `[String]` (literals, `append`, `contains`, `count`, …).
///
/// Most records cite one source. That list is held inline, as the one string itself:
/// an id of up to 15 bytes takes no allocation and no reference count, so reading,
/// copying and dropping a million such records touches nothing but the records.
/// Longer lists are an array, shared by copies as any array is.
public struct SourceList: Sendable, Hashable, RandomAccessCollection, RangeReplaceableCollection,
    ExpressibleByArrayLiteral, CustomStringConvertible
{
    /// One item is always `.one`, any other count `.many`: equal lists have equal storage.
    @usableFromInline
    enum Storage: Sendable, Hashable {
        case one(String)
        case many([String])
    }

    @usableFromInline
    var storage: Storage

    @inlinable
    public init() { storage = .many([]) }

    /// The list holding just `item`.
    @inlinable
    public init(one item: String) { storage = .one(item) }

    @inlinable
    public init(_ items: [String]) {
        storage = items.count == 1 ? .one(items[0]) : .many(items)
    }

    public init<S: Sequence>(_ items: S) where S.Element == String {
        self.init(Array(items))
    }

    public init(arrayLiteral items: String...) {
        self.init(items)
    }

    /// The items as an array.
    @inlinable
    public var array: [String] {
        switch storage {
        case .one(let item): [item]
        case .many(let items): items
        }
    }

    @inlinable
    public var startIndex: Int { 0 }

    @inlinable
    public var endIndex: Int {
        switch storage {
        case .one: 1
        case .many(let items): items.count
        }
    }

    @inlinable
    public subscript(position: Int) -> String {
        switch storage {
        case .one(let item):
            precondition(position == 0, "SourceList index out of range")
            return item
        case .many(let items):
            return items[position]
        }
    }

    /// Whether it holds two or more different ids: a record citing them is, unless
    /// its confidence is given, `corroborated` (a source cited twice is one source).
    @inlinable
    public var hasDifferentSources: Bool {
        switch storage {
        case .one: return false
        case .many(let items):
            guard let first = items.first else { return false }
            return items.contains { $0 != first }
        }
    }

    public mutating func replaceSubrange<C: Collection>(_ subrange: Range<Int>, with newElements: C)
    where C.Element == String {
        var items = array
        storage = .many([])  // `items` is then the array's only owner: changed in place
        items.replaceSubrange(subrange, with: newElements)
        self = SourceList(items)
    }

    public var description: String { array.description }
}
