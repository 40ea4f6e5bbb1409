/// A blocked Bloom filter over word fingerprints: the first test a lexicon
/// makes of every word of every post, so most words are done with after two
/// loads from the arena, two multiplies and one load from the filter.
///
/// Blocked: a key's three bits are in one 64-bit word, so a test is one load
/// (a second load into a random part of the filter was most of its cost).
/// Sized to about four keys a word (1% false positives) and no larger: a
/// small filter stays in the first-level cache beside the tokenizer's data,
/// and a probe that misses the cache was the largest cost of a lookup.
///
/// A struct over raw storage, retaining nothing; its owner calls
/// `deallocate()` once.
struct WordPrefilter: Sendable {
  // Written while building, then only read: safe to share.
  nonisolated(unsafe) private let storage: UnsafeMutablePointer<UInt64>
  private let mask: Int

  init(keys: [UInt64]) {
    var words = 8
    while words * 4 < keys.count && words < 4096 { words *= 2 }
    mask = words - 1
    storage = .allocate(capacity: words)
    storage.initialize(repeating: 0, count: words)
    for key in keys { storage[word(key)] |= Self.bits(key) }
  }

  func deallocate() { storage.deallocate() }

  /// Writes the filter for `init(decoding:)`.
  func encode(into writer: inout CacheWriter) {
    writer.write(UnsafeBufferPointer(start: storage, count: mask + 1))
  }

  /// The filter `encode(into:)` wrote.
  init(decoding reader: inout CacheReader) throws(CacheReader.Damaged) {
    (storage, mask) = try reader.readWordTable()
  }

  @inline(__always)
  func contains(_ key: UInt64) -> Bool {
    let bits = Self.bits(key)
    return storage[word(key)] & bits == bits
  }

  @inline(__always)
  private func word(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> 52) & mask }

  @inline(__always)
  private static func bits(_ key: UInt64) -> UInt64 {
    1 << ((key >> 34) & 63) | 1 << ((key >> 40) & 63) | 1 << ((key >> 46) & 63)
  }

  /// A word's fingerprint: its first and last eight bytes and its length,
  /// mixed. Two loads and two multiplies, whatever the length. Only the
  /// high bits are well mixed (a product's low bits depend only on its
  /// factors' low bits), so every filter and table takes its bits from bit
  /// 32 up; a final shift folding them down cost 1% of screening with the
  /// offensive detector.
  @inline(__always)
  static func fingerprint(_ first: UInt64, _ last: UInt64, _ count: Int) -> UInt64 {
    (first &* 0xBF58_476D_1CE4_E5B9) ^ ((last &+ UInt64(count)) &* 0x94D0_49BB_1331_11EB)
  }

  /// The fingerprint of a form in the arena.
  @inline(__always)
  static func fingerprint(_ form: FormRef, in arena: ByteArena) -> UInt64 {
    let (first, last) = arena.wordPair(form)
    return fingerprint(first, last, form.count)
  }

  /// The fingerprint of bytes in place (a possessive's stem, an accent-folded form).
  @inline(__always)
  static func fingerprint(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var first: UInt64 = 0
    var last: UInt64 = 0
    let count = bytes.count
    if count >= 8, let base = bytes.baseAddress {
      first = UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)
      last = UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self)
    } else {
      for index in 0..<count { first |= UInt64(bytes[index]) << UInt64(index * 8) }
    }
    return fingerprint(first, last, count)
  }

  /// The fingerprint of bytes held elsewhere (lexicon words, while building).
  static func fingerprint<Bytes: Collection>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
    let bytes = Array(bytes)
    var first: UInt64 = 0
    var last: UInt64 = 0
    if bytes.count >= 8 {
      for index in 0..<8 {
        first |= UInt64(bytes[index]) << UInt64(index * 8)
        last |= UInt64(bytes[bytes.count - 8 + index]) << UInt64(index * 8)
      }
    } else {
      for (index, byte) in bytes.enumerated() { first |= UInt64(byte) << UInt64(index * 8) }
    }
    return fingerprint(first, last, bytes.count)
  }

  /// A second key from a fingerprint, for a different kind of entry with the same word.
  @inline(__always)
  static func derived(_ print: UInt64, salt: UInt64) -> UInt64 { mix(print ^ salt) }

  /// The key of two words in a row, from their fingerprints.
  @inline(__always)
  static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 { mix(first &* 0x2545_F491_4F6C_DD1D ^ second) }

  @inline(__always)
  private static func mix(_ value: UInt64) -> UInt64 {
    let mixed = value &* 0xBF58_476D_1CE4_E5B9
    return mixed ^ (mixed >> 29)
  }
}
