/// Cuts a byte stream that arrives in arbitrary chunks into lines, so a
/// reader gives the same records however the input was split (pipes deliver
/// whatever the writer flushed; files arrive in read-sized blocks).
///
/// Lines wholly inside a chunk are handed over in place, without copying;
/// only a line cut by a chunk boundary is assembled in a buffer.
public struct LineSplitter {
  private var pending: [UInt8] = []

  public init() {}

  /// Appends a chunk and calls `line` with each line it completes (without
  /// the `\n` or a preceding `\r`). The line is valid during the call only.
  public mutating func feed(_ chunk: UnsafeRawBufferPointer, _ line: (UnsafeBufferPointer<UInt8>) throws -> Void)
    rethrows
  {
    let bytes = chunk.bindMemory(to: UInt8.self)
    var lineStart = 0
    while let newline = nextNewline(in: bytes, from: lineStart) {
      if pending.isEmpty {
        try line(trimCR(UnsafeBufferPointer(rebasing: bytes[lineStart..<newline])))
      } else {
        pending.append(contentsOf: bytes[lineStart..<newline])
        try pending.withUnsafeBufferPointer { try line(trimCR($0)) }
        pending.removeAll(keepingCapacity: true)
      }
      lineStart = newline + 1
    }
    pending.append(contentsOf: bytes[lineStart..<bytes.count])
  }

  /// Ends the stream: a last line without `\n` is still a line.
  public mutating func finish(_ line: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
    if !pending.isEmpty { try pending.withUnsafeBufferPointer { try line(trimCR($0)) } }
    pending.removeAll()
  }

  private func nextNewline(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard start < bytes.count, let base = bytes.baseAddress else { return nil }
    guard let found = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  private func trimCR(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    line.last == UInt8(ascii: "\r") ? UnsafeBufferPointer(rebasing: line.dropLast()) : line
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
