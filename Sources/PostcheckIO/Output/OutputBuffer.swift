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
///
/// The storage is kept at its full size and filled up to `count`: a
/// record is a dozen short appends, and `Array.append(contentsOf:)` cost
/// about ninety instructions each where a copy into room already there
/// costs a fraction of that.
public struct OutputBuffer {
  private var storage: [UInt8]
  /// Bytes in use at the front of `storage`.
  public private(set) var count = 0
  let descriptor: Int32?
  static let flushThreshold = 1 << 16

  /// Writes to `descriptor`; nil collects the bytes (tests).
  public init(descriptor: Int32?) {
    self.descriptor = descriptor
    storage = [UInt8](repeating: 0, count: Self.flushThreshold * 2)
  }

  /// The bytes collected and not yet flushed.
  public var bytes: [UInt8] { Array(storage[..<count]) }

  private mutating func makeRoom(for extra: Int) {
    var size = storage.count
    while count + extra > size { size *= 2 }
    storage.append(contentsOf: repeatElement(0, count: size - storage.count))
  }

  @inline(__always)
  private mutating func appendRaw(_ source: UnsafePointer<UInt8>, _ length: Int) {
    if count + length > storage.count { makeRoom(for: length) }
    let at = count
    storage.withUnsafeMutableBufferPointer { room in
      guard let base = room.baseAddress else { return }
      (base + at).update(from: source, count: length)
    }
    count += length
  }

  @inline(__always)
  public mutating func append(_ byte: UInt8) {
    if count == storage.count { makeRoom(for: 1) }
    storage[count] = byte
    count += 1
  }

  public mutating func append(_ string: String) {
    var string = string
    string.withUTF8 { append(contentsOf: $0) }
  }

  /// Appends literal text without building a `String`.
  @inline(__always)
  public mutating func append(_ literal: StaticString) {
    appendRaw(literal.utf8Start, literal.utf8CodeUnitCount)
  }

  public mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    appendRaw(base, bytes.count)
  }

  /// Appends a non-negative or negative integer in decimal.
  public mutating func append(decimal value: Int) {
    if value < 0 {
      append(UInt8(ascii: "-"))
      append(decimal: -value)
      return
    }
    if value < 10 {
      append(UInt8(ascii: "0") + UInt8(value))
      return
    }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var length = 0
    var remaining = value
    withUnsafeMutableBytes(of: &digits) { raw in
      while remaining > 0 {
        raw[length] = UInt8(ascii: "0") + UInt8(remaining % 10)
        remaining /= 10
        length += 1
      }
      for index in stride(from: length - 1, through: 0, by: -1) { append(raw[index]) }
    }
  }

  /// Appends a 0…1 figure rounded to three decimals, as JSON (`0.0`, `0.665`, `1.0`).
  public mutating func append(fraction value: Double) {
    let thousandths = Int((min(max(value, 0), 1) * 1000).rounded())
    append(decimal: thousandths / 1000)
    append(UInt8(ascii: "."))
    var decimals = thousandths % 1000
    if decimals == 0 {
      append(UInt8(ascii: "0"))
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
      append(UInt8(ascii: "0"))
      scale /= 10
    }
    append(decimal: decimals)
  }

  public mutating func append<Bytes: Sequence>(contentsOf sequence: Bytes) where Bytes.Element == UInt8 {
    let copied: Void? = sequence.withContiguousStorageIfAvailable { append(contentsOf: $0) }
    if copied == nil { for byte in sequence { append(byte) } }
  }

  public mutating func flushIfFull() throws {
    if count >= Self.flushThreshold { try flush() }
  }

  public mutating func flush() throws {
    guard let descriptor, count > 0 else { return }
    var written = 0
    let total = count
    try storage.withUnsafeBytes { raw in
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
    count = 0
  }
}
