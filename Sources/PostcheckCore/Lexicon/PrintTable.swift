/// An immutable hash table from 64-bit fingerprints to small integers, with
/// open addressing over flat storage: a lookup is a few loads, retains
/// nothing and compares no bytes (the caller checks what it finds).
///
/// Its owner calls `deallocate()` once.
struct PrintTable: Sendable {
  // Written in init only, then read-only: safe to share.
  nonisolated(unsafe) private let keys: UnsafeMutablePointer<UInt64>
  /// -1 marks an empty slot.
  nonisolated(unsafe) private let values: UnsafeMutablePointer<Int32>
  private let mask: Int

  /// `entries` must not repeat a key (later ones are ignored).
  init(_ entries: [(UInt64, Int32)]) {
    var capacity = 16
    while capacity < entries.count * 2 { capacity *= 2 }
    mask = capacity - 1
    keys = .allocate(capacity: capacity)
    keys.initialize(repeating: 0, count: capacity)
    values = .allocate(capacity: capacity)
    values.initialize(repeating: -1, count: capacity)
    for (key, value) in entries {
      var slot = Self.slot(key) & mask
      while values[slot] >= 0 && keys[slot] != key { slot = (slot + 1) & mask }
      guard values[slot] < 0 else { continue }
      keys[slot] = key
      values[slot] = value
    }
  }

  func deallocate() {
    keys.deallocate()
    values.deallocate()
  }

  /// Writes the table for `init(decoding:)`.
  func encode(into writer: inout CacheWriter) {
    writer.write(UnsafeBufferPointer(start: keys, count: mask + 1))
    writer.write(UnsafeBufferPointer(start: values, count: mask + 1))
  }

  /// The table `encode(into:)` wrote.
  init(decoding reader: inout CacheReader) throws(CacheReader.Damaged) {
    let (keys, values) = try reader.readAllocatedPair(of: UInt64.self, Int32.self)
    guard keys.count == values.count, keys.count.nonzeroBitCount == 1, let keyStart = keys.baseAddress,
      let valueStart = values.baseAddress
    else {
      keys.deallocate()
      values.deallocate()
      throw CacheReader.Damaged()
    }
    self.keys = keyStart
    self.values = valueStart
    mask = keys.count - 1
  }

  @inline(__always)
  func value(for key: UInt64) -> Int32? {
    var slot = Self.slot(key) & mask
    while values[slot] >= 0 {
      if keys[slot] == key { return values[slot] }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// The fingerprints are already mixed: their top bits pick the slot
  /// (the low bits also pick bits in the prefilters).
  @inline(__always)
  private static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> 40) }
}
