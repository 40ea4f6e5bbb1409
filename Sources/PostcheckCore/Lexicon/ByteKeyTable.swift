/// An immutable hash table from byte strings to small integers, looked up
/// with bytes in place (no `String` or `Array` per lookup): the offensive
/// detector asks it about every word of every post.
///
/// A struct over raw storage and nothing reference-counted, so a lookup
/// retains and releases nothing. Its owner calls `deallocate()` once.
struct ByteKeyTable: Sendable {
  // Written in init only, then read-only: safe to share.
  nonisolated(unsafe) private let keys: UnsafeMutableBufferPointer<UInt8>
  /// Per slot: offset and length of the key in `keys`, and the value; length -1 when empty.
  nonisolated(unsafe) private let slots: UnsafeMutableBufferPointer<Slot>
  private let mask: Int

  private struct Slot: Sendable {
    var offset: Int32 = 0
    var length: Int32 = -1
    var value: Int32 = 0
  }

  /// `entries` must not repeat a key (later ones are ignored).
  init(_ entries: [([UInt8], Int32)]) {
    var capacity = 16
    while capacity < entries.count * 2 { capacity *= 2 }
    let mask = capacity - 1
    var table = [Slot](repeating: Slot(), count: capacity)
    var bytes: [UInt8] = []
    for (key, value) in entries {
      var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
      var duplicate = false
      while table[slot].length >= 0 {
        let stored = table[slot]
        if Int(stored.length) == key.count && Array(bytes[Int(stored.offset)..<Int(stored.offset) + key.count]) == key {
          duplicate = true
          break
        }
        slot = (slot + 1) & mask
      }
      if duplicate { continue }
      table[slot] = Slot(offset: Int32(bytes.count), length: Int32(key.count), value: value)
      bytes.append(contentsOf: key)
    }
    self.mask = mask
    slots = .allocate(capacity: capacity)
    _ = slots.initialize(from: table)
    keys = .allocate(capacity: max(bytes.count, 1))
    _ = keys.initialize(from: bytes)
  }

  /// Frees the storage; the table must not be used afterwards.
  func deallocate() {
    slots.deallocate()
    keys.deallocate()
  }

  /// Writes the table for `init(decoding:)`.
  func encode(into writer: inout CacheWriter) {
    writer.write(UnsafeBufferPointer(keys))
    writer.write(UnsafeBufferPointer(slots))
  }

  /// The table `encode(into:)` wrote.
  init(decoding reader: inout CacheReader) throws(CacheReader.Damaged) {
    let (keys, slots) = try reader.readAllocatedPair(of: UInt8.self, Slot.self)
    guard slots.count.nonzeroBitCount == 1 else {
      keys.deallocate()
      slots.deallocate()
      throw CacheReader.Damaged()
    }
    self.keys = keys
    self.slots = slots
    mask = slots.count - 1
  }

  func value(for key: UnsafeBufferPointer<UInt8>) -> Int32? {
    var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
    while slots[slot].length >= 0 {
      if matches(slot, key) { return slots[slot].value }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// The value of the key `first + [separator] + second`, without building it.
  func value(_ first: UnsafeBufferPointer<UInt8>, _ separator: UInt8, _ second: UnsafeBufferPointer<UInt8>) -> Int32? {
    var hash = Self.basis
    for byte in first { hash = Self.extend(hash, byte) }
    hash = Self.extend(hash, separator)
    for byte in second { hash = Self.extend(hash, byte) }
    let length = first.count + 1 + second.count
    var slot = Int(truncatingIfNeeded: Self.mix(hash)) & mask
    while slots[slot].length >= 0 {
      let stored = slots[slot]
      if Int(stored.length) == length {
        let offset = Int(stored.offset)
        var equal = keys[offset + first.count] == separator
        var index = 0
        while equal && index < first.count {
          equal = keys[offset + index] == first[index]
          index += 1
        }
        index = 0
        while equal && index < second.count {
          equal = keys[offset + first.count + 1 + index] == second[index]
          index += 1
        }
        if equal { return stored.value }
      }
      slot = (slot + 1) & mask
    }
    return nil
  }

  private func matches(_ slot: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let stored = slots[slot]
    guard Int(stored.length) == key.count else { return false }
    let offset = Int(stored.offset)
    for index in 0..<key.count where keys[offset + index] != key[index] { return false }
    return true
  }

  /// FNV-1a, then a final mix: keys are short words, where it is as fast as anything fancier.
  private static func hash<C: Collection>(_ key: C) -> UInt64 where C.Element == UInt8 {
    var hash = basis
    for byte in key { hash = extend(hash, byte) }
    return mix(hash)
  }

  @inline(__always)
  private static func extend(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

  @inline(__always)
  private static func mix(_ hash: UInt64) -> UInt64 { hash ^ (hash >> 29) }

  private static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x100_0000_01b3
}
