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
/// A class over raw storage: a record is a dozen short appends, and an
/// `Array` behind `inout` paid a uniqueness check and a bounds check on
/// every one (`Array.append(contentsOf:)` about ninety instructions each).
public final class OutputBuffer {
  // Only this buffer's own methods touch these, one caller at a time (it is not Sendable).
  @exclusivity(unchecked) private var storage: UnsafeMutablePointer<UInt8>
  @exclusivity(unchecked) private var capacity: Int
  /// Bytes in use at the front of the storage.
  @exclusivity(unchecked) public private(set) var count = 0
  let descriptor: Int32?
  public static let flushThreshold = 1 << 16

  /// Writes to `descriptor`; nil collects the bytes (tests, small pieces
  /// of output built once). `capacity`: the room to start with.
  public init(descriptor: Int32?, capacity: Int = OutputBuffer.flushThreshold * 2) {
    self.descriptor = descriptor
    self.capacity = max(capacity, 1)
    storage = .allocate(capacity: self.capacity)
  }

  deinit { storage.deallocate() }

  /// The bytes collected and not yet flushed.
  public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

  private func makeRoom(for extra: Int) {
    var size = capacity
    while count + extra > size { size *= 2 }
    let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
    larger.update(from: storage, count: count)
    storage.deallocate()
    storage = larger
    capacity = size
  }

  @inline(__always)
  private func appendRaw(_ source: UnsafePointer<UInt8>, _ length: Int) {
    if count &+ length > capacity { makeRoom(for: length) }
    (storage + count).update(from: source, count: length)
    count &+= length
  }

  @inline(__always)
  public func append(_ byte: UInt8) {
    if count == capacity { makeRoom(for: 1) }
    storage[count] = byte
    count &+= 1
  }

  public func append(_ string: String) {
    var string = string
    string.withUTF8 { append(contentsOf: $0) }
  }

  /// Appends literal text without building a `String`.
  @inline(__always)
  public func append(_ literal: StaticString) {
    appendRaw(literal.utf8Start, literal.utf8CodeUnitCount)
  }

  @inline(__always)
  public func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    appendRaw(base, bytes.count)
  }

  /// Appends an integer in decimal: digits written backwards into room at
  /// the end, then moved into place (an append per digit cost more than the digit).
  public func append(decimal value: Int) {
    if value < 0 {
      append(UInt8(ascii: "-"))
      // -Int.min does not fit: its magnitude is formatted unsigned.
      appendDecimal(UInt(bitPattern: 0 &- value))
      return
    }
    appendDecimal(UInt(value))
  }

  @inline(__always)
  private func appendDecimal(_ value: UInt) {
    if value < 10 {
      append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value))
      return
    }
    // UInt.max has 20 digits.
    if count &+ 20 > capacity { makeRoom(for: 20) }
    var digits = 0
    var remaining = value
    while remaining > 0 {
      digits &+= 1
      remaining /= 10
    }
    remaining = value
    var position = count &+ digits
    while remaining > 0 {
      position &-= 1
      storage[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining % 10)
      remaining /= 10
    }
    count &+= digits
  }

  /// Appends a 0…1 figure rounded to three decimals, as JSON (`0.0`, `0.665`, `1.0`).
  public func append(fraction value: Double) {
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

  public func append<Bytes: Sequence>(contentsOf sequence: Bytes) where Bytes.Element == UInt8 {
    let copied: Void? = sequence.withContiguousStorageIfAvailable { append(contentsOf: $0) }
    if copied == nil { for byte in sequence { append(byte) } }
  }

  public func flushIfFull() throws {
    if count >= Self.flushThreshold { try flush() }
  }

  public func flush() throws {
    guard let descriptor, count > 0 else { return }
    var written = 0
    let total = count
    while written < total {
      let result = write(descriptor, storage + written, total - written)
      if result < 0 {
        if errno == EINTR { continue }
        if errno == EPIPE { throw BrokenPipe() }
        throw OutputError(description: "cannot write output: \(String(cString: strerror(errno)))")
      }
      written += result
    }
    count = 0
  }
}
