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

  /// Appends literal text without building a `String`.
  @inline(__always)
  public mutating func append(_ literal: StaticString) {
    bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }

  /// Appends a non-negative or negative integer in decimal.
  public mutating func append(decimal value: Int) {
    if value < 0 {
      bytes.append(UInt8(ascii: "-"))
      append(decimal: -value)
      return
    }
    if value < 10 {
      bytes.append(UInt8(ascii: "0") + UInt8(value))
      return
    }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var count = 0
    var remaining = value
    withUnsafeMutableBytes(of: &digits) { raw in
      while remaining > 0 {
        raw[count] = UInt8(ascii: "0") + UInt8(remaining % 10)
        remaining /= 10
        count += 1
      }
      for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(raw[index]) }
    }
  }

  /// Appends a 0…1 figure rounded to three decimals, as JSON (`0.0`, `0.665`, `1.0`).
  public mutating func append(fraction value: Double) {
    let thousandths = Int((min(max(value, 0), 1) * 1000).rounded())
    append(decimal: thousandths / 1000)
    bytes.append(UInt8(ascii: "."))
    var decimals = thousandths % 1000
    if decimals == 0 {
      bytes.append(UInt8(ascii: "0"))
      return
    }
    var digits = 3
    while decimals % 10 == 0 {
      decimals /= 10
      digits -= 1
    }
    // Leading zeros of the decimals (0.05 → "05").
    var scale = 1
    for _ in 1..<digits { scale *= 10 }
    while scale > decimals {
      bytes.append(UInt8(ascii: "0"))
      scale /= 10
    }
    append(decimal: decimals)
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
