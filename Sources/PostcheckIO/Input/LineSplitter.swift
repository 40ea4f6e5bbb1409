/// Cuts a byte stream that arrives in arbitrary chunks into lines, so a
/// reader gives the same records however the input was split (pipes deliver
/// whatever the writer flushed; files arrive in read-sized blocks).
public struct LineSplitter {
  private var pending: [UInt8] = []

  public init() {}

  /// Appends a chunk and calls `line` with each line it completes (without
  /// the `\n` or a preceding `\r`).
  public mutating func feed(_ chunk: UnsafeRawBufferPointer, _ line: (ArraySlice<UInt8>) throws -> Void) rethrows {
    var lineStart = 0
    let bytes = chunk.bindMemory(to: UInt8.self)
    for index in 0..<bytes.count where bytes[index] == UInt8(ascii: "\n") {
      if pending.isEmpty {
        try line(trimCR(Array(bytes[lineStart..<index])[...]))
      } else {
        pending.append(contentsOf: bytes[lineStart..<index])
        try line(trimCR(pending[...]))
        pending.removeAll(keepingCapacity: true)
      }
      lineStart = index + 1
    }
    pending.append(contentsOf: bytes[lineStart..<bytes.count])
  }

  /// Ends the stream: a last line without `\n` is still a line.
  public mutating func finish(_ line: (ArraySlice<UInt8>) throws -> Void) rethrows {
    if !pending.isEmpty { try line(trimCR(pending[...])) }
    pending.removeAll()
  }

  private func trimCR(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    line.last == UInt8(ascii: "\r") ? line.dropLast() : line
  }
}
