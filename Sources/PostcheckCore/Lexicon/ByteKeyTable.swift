/// An immutable hash table from byte strings to small integers, looked up
/// with bytes in place (no `String` or `Array` per lookup): the offensive
/// detector asks it about every word of every post.
struct ByteKeyTable: Sendable {
  private var keys: [UInt8] = []
  /// Per slot: offset and length of the key in `keys`, and the value; length -1 when empty.
  private var slots: [Slot]
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
    slots = [Slot](repeating: Slot(), count: capacity)
    mask = capacity - 1
    for (key, value) in entries {
      var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
      var duplicate = false
      while slots[slot].length >= 0 {
        if key.withUnsafeBufferPointer({ self.matches(slot, $0) }) {
          duplicate = true
          break
        }
        slot = (slot + 1) & mask
      }
      if duplicate { continue }
      slots[slot] = Slot(offset: Int32(keys.count), length: Int32(key.count), value: value)
      keys.append(contentsOf: key)
    }
  }

  func value(for key: UnsafeBufferPointer<UInt8>) -> Int32? {
    var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
    while slots[slot].length >= 0 {
      if matches(slot, key) { return slots[slot].value }
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

  private static func hash<C: Collection>(_ key: C) -> UInt64 where C.Element == UInt8 {
    // FNV-1a: keys are short words, where it is as fast as anything fancier.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash ^ (hash >> 29)
  }
}
