/// A one-probe filter over word fingerprints: one bit per slot, the slot
/// picked by the print's bits. Cheaper to test than `WordPrefilter` (one
/// load and a bit test, no bits to assemble), at the price of more room per
/// key for the same false-positive rate: sized to 64 bits a key (about 1.5%
/// false positives), at most 32 KiB. For a gate every plain word of a post
/// passes through, holding few keys.
///
/// A struct over raw storage, retaining nothing; its owner calls `deallocate()` once.
struct WordBitmap: Sendable {
  // Written while building, then only read: safe to share.
  nonisolated(unsafe) private let storage: UnsafeMutablePointer<UInt64>
  private let mask: Int

  init(keys: [UInt64]) {
    var words = 8
    while words < keys.count && words < 4096 { words *= 2 }
    mask = words - 1
    storage = .allocate(capacity: words)
    storage.initialize(repeating: 0, count: words)
    for key in keys { storage[Self.word(key, mask)] |= 1 &<< (key >> 58) }
  }

  func deallocate() { storage.deallocate() }

  /// Writes the bitmap for `init(decoding:)`.
  func encode(into writer: inout CacheWriter) {
    writer.write(UnsafeBufferPointer(start: storage, count: mask + 1))
  }

  /// The bitmap `encode(into:)` wrote.
  init(decoding reader: inout CacheReader) throws(CacheReader.Damaged) {
    (storage, mask) = try reader.readWordTable()
  }

  @inline(__always)
  func contains(_ key: UInt64) -> Bool { storage[Self.word(key, mask)] &>> (key >> 58) & 1 != 0 }

  /// High bits: the fingerprint's best mixed (`WordPrefilter.fingerprint`).
  @inline(__always)
  private static func word(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: key >> 40) & mask }
}
