import KinGraphCore

/// The words of a closed vocabulary as bytes, so a kind or status is read straight
/// from the input without making a string.
struct WordTable<Word: RawRepresentable & CaseIterable & Sendable>: Sendable where Word.RawValue == String {
    private let words: [(bytes: [UInt8], word: Word)]

    init() {
        words = Word.allCases.map { (Array($0.rawValue.utf8), $0) }
    }

    /// The word `bytes` spell exactly, if any.
    ///
    /// - Complexity: O(number of words + length of `bytes`).
    func word(_ bytes: UnsafeRawBufferPointer) -> Word? {
        search: for entry in words where entry.bytes.count == bytes.count {
            for i in 0..<bytes.count where entry.bytes[i] != bytes[i] { continue search }
            return entry.word
        }
        return nil
    }
}

/// A closed vocabulary of the archive format, readable from bytes.
protocol ByteVocabulary: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    static var wordTable: WordTable<Self> { get }
}

extension SourceKind: ByteVocabulary { static let wordTable = WordTable<SourceKind>() }
extension Sex: ByteVocabulary { static let wordTable = WordTable<Sex>() }
extension PersonStatus: ByteVocabulary { static let wordTable = WordTable<PersonStatus>() }
extension TieKind: ByteVocabulary { static let wordTable = WordTable<TieKind>() }
extension EventKind: ByteVocabulary { static let wordTable = WordTable<EventKind>() }
extension Reason: ByteVocabulary { static let wordTable = WordTable<Reason>() }
extension LinkKind: ByteVocabulary { static let wordTable = WordTable<LinkKind>() }
extension Confidence: ByteVocabulary { static let wordTable = WordTable<Confidence>() }
