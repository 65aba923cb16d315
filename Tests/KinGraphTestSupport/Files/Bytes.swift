/// Calls `body` with the UTF-8 bytes of `text`, as readers see a cell or a value.
///
///     let list = withBytes("[\"T-1\"]") { ListText.decode($0) }
public func withBytes<R>(_ text: String, _ body: (UnsafeRawBufferPointer) -> R) -> R {
    var text = text
    return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
}
