#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The reader of our output went away (`postcheck … | head`): stop quietly.
public struct BrokenPipe: Error {}

/// Errors writing output other than a closed pipe.
public struct OutputError: Error, CustomStringConvertible {
  public let description: String
}

/// Buffered bytes for a file descriptor, flushed in large writes.
public struct OutputBuffer {
  public private(set) var bytes: [UInt8] = []
  let descriptor: Int32?
  static let flushThreshold = 1 << 16

  /// Writes to `descriptor`; nil collects the bytes (tests).
  public init(descriptor: Int32?) {
    self.descriptor = descriptor
    bytes.reserveCapacity(Self.flushThreshold * 2)
  }

  @inline(__always)
  public mutating func append(_ byte: UInt8) { bytes.append(byte) }

  public mutating func append(_ string: String) {
    var string = string
    string.withUTF8 { bytes.append(contentsOf: $0) }
  }

  public mutating func append<Bytes: Sequence>(contentsOf sequence: Bytes) where Bytes.Element == UInt8 {
    bytes.append(contentsOf: sequence)
  }

  public mutating func flushIfFull() throws {
    if bytes.count >= Self.flushThreshold { try flush() }
  }

  public mutating func flush() throws {
    guard let descriptor, !bytes.isEmpty else { return }
    var written = 0
    let total = bytes.count
    try bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return }
      while written < total {
        let result = write(descriptor, base + written, total - written)
        if result < 0 {
          if errno == EINTR { continue }
          if errno == EPIPE { throw BrokenPipe() }
          throw OutputError(description: "cannot write output: \(String(cString: strerror(errno)))")
        }
        written += result
      }
    }
    bytes.removeAll(keepingCapacity: true)
  }
}
