/// The bytes of a built lexicon structure, kept between runs
/// (`OffensiveLexicon`'s cache): plain values and arrays of them, written as
/// they lie in memory. Only the build that wrote them reads them back (the
/// cache key names the executable), so there is no byte order or layout to
/// agree on; a reader checks that every read stays inside the bytes, and a
/// checksum over them all refuses a damaged file before anything is read.
struct CacheWriter {
  private(set) var bytes: [UInt8] = []

  mutating func write<T: BitwiseCopyable>(_ value: T) {
    withUnsafeBytes(of: value) { bytes += $0 }
  }

  mutating func write<T: BitwiseCopyable>(_ values: UnsafeBufferPointer<T>) {
    write(values.count)
    bytes += UnsafeRawBufferPointer(values)
  }

  mutating func write<T: BitwiseCopyable>(_ values: [T]) {
    values.withUnsafeBufferPointer { write($0) }
  }

  mutating func write(_ string: String) { write(Array(string.utf8)) }

  /// The bytes with their checksum in front: what `CacheReader(checking:)` takes.
  var sealed: [UInt8] {
    var checksum = CacheWriter()
    checksum.write(CacheChecksum.of(bytes[...]))
    return checksum.bytes + bytes
  }
}

/// Reads what a `CacheWriter` wrote, in the same order.
struct CacheReader {
  /// The bytes end early, a count is impossible, or the checksum disagrees.
  struct Damaged: Error {}

  private let bytes: [UInt8]
  private var offset: Int

  /// Reader of `sealed` bytes; nil when their checksum disagrees.
  init?(checking sealed: [UInt8]) {
    let size = MemoryLayout<UInt64>.size
    guard sealed.count >= size else { return nil }
    let stored = sealed.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    guard stored == CacheChecksum.of(sealed[size...]) else { return nil }
    bytes = sealed
    offset = size
  }

  var isAtEnd: Bool { offset == bytes.count }

  mutating func read<T: BitwiseCopyable>(_: T.Type = T.self) throws(Damaged) -> T {
    let size = MemoryLayout<T>.size
    guard bytes.count - offset >= size else { throw Damaged() }
    let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
    offset += size
    return value
  }

  mutating func readArray<T: BitwiseCopyable>(of _: T.Type = T.self) throws(Damaged) -> [T] {
    let count = try readCount(of: T.self)
    let start = offset
    offset += count * MemoryLayout<T>.stride
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      bytes.withUnsafeBytes { source in
        UnsafeMutableRawBufferPointer(buffer).copyMemory(
          from: UnsafeRawBufferPointer(rebasing: source[start..<start + count * MemoryLayout<T>.stride]))
      }
      initialized = count
    }
  }

  /// An array read into storage of its own, which the caller deallocates.
  mutating func readAllocated<T: BitwiseCopyable>(of _: T.Type = T.self) throws(Damaged) -> UnsafeMutableBufferPointer<T> {
    let count = try readCount(of: T.self)
    // Never empty: an empty allocation's pointer would still be deallocated.
    let storage = UnsafeMutableBufferPointer<T>.allocate(capacity: max(count, 1))
    let start = offset
    offset += count * MemoryLayout<T>.stride
    bytes.withUnsafeBytes { source in
      UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(storage)[..<(count * MemoryLayout<T>.stride)])
        .copyMemory(from: UnsafeRawBufferPointer(rebasing: source[start..<start + count * MemoryLayout<T>.stride]))
    }
    return storage
  }

  /// Two arrays written one after the other, each in storage of its own
  /// that the caller deallocates; the first is given back if the second is damaged.
  mutating func readAllocatedPair<First: BitwiseCopyable, Second: BitwiseCopyable>(
    of _: First.Type, _: Second.Type
  ) throws(Damaged) -> (UnsafeMutableBufferPointer<First>, UnsafeMutableBufferPointer<Second>) {
    let first = try readAllocated(of: First.self)
    do {
      return (first, try readAllocated(of: Second.self))
    } catch {
      first.deallocate()
      throw error
    }
  }

  /// A table of 64-bit words whose count is a power of two (a filter's or a
  /// bitmap's), with the mask of its indices.
  mutating func readWordTable() throws(Damaged) -> (storage: UnsafeMutablePointer<UInt64>, mask: Int) {
    let words = try readAllocated(of: UInt64.self)
    guard words.count.nonzeroBitCount == 1, let start = words.baseAddress else {
      words.deallocate()
      throw Damaged()
    }
    return (start, words.count - 1)
  }

  mutating func readString() throws(Damaged) -> String {
    String(decoding: try readArray(of: UInt8.self), as: UTF8.self)
  }

  /// A count of `T`s that the rest of the bytes can hold.
  private mutating func readCount<T>(of _: T.Type) throws(Damaged) -> Int {
    let count: Int = try read()
    guard count >= 0, count <= (bytes.count - offset) / max(MemoryLayout<T>.stride, 1) else { throw Damaged() }
    return count
  }
}

/// A 64-bit checksum read eight bytes at a time (a byte-at-a-time hash of
/// several megabytes cost a tenth of what the cache saves).
enum CacheChecksum {
  static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    bytes.withUnsafeBytes { raw in
      var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
      var offset = 0
      while offset + 8 <= raw.count {
        hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 31
        offset += 8
      }
      var tail: UInt64 = 0
      for index in offset..<raw.count { tail = tail << 8 | UInt64(raw[index]) }
      hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
      return hash ^ (hash >> 29)
    }
  }
}
