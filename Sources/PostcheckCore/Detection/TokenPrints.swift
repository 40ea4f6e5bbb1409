/// One post's word fingerprints (`WordPrefilter.fingerprint` of each token's
/// folded form), computed once in one tight loop and shared by every
/// lexicon-driven detector: each then costs a load and a filter probe per
/// word rather than its own pass over the arena.
///
/// Also per token: whether the folded form is its only form for lexicon
/// lookups (`isPlain`: no accent-folded form, no possessive ending).
public final class TokenPrints {
  // Grown as needed and reused from post to post.
  @exclusivity(unchecked) private var storage: UnsafeMutablePointer<UInt64>
  @exclusivity(unchecked) private var plain: UnsafeMutablePointer<Bool>
  @exclusivity(unchecked) private var capacity = 0
  @exclusivity(unchecked) private(set) var count = 0

  init() {
    storage = .allocate(capacity: 1)
    plain = .allocate(capacity: 1)
  }

  deinit {
    storage.deallocate()
    plain.deallocate()
  }

  /// The fingerprint of token `index`'s folded form (0 for links, addresses and joined letters).
  @inline(__always)
  subscript(index: Int) -> UInt64 { storage[index] }

  /// Whether token `index` is a word-like token whose folded form is its only lookup form.
  @inline(__always)
  func isPlain(_ index: Int) -> Bool { plain[index] }

  func compute(_ tokens: UnsafeBufferPointer<Token>, _ arena: ByteArena) {
    if tokens.count > capacity {
      storage.deallocate()
      plain.deallocate()
      capacity = max(tokens.count, capacity * 2)
      storage = .allocate(capacity: capacity)
      plain = .allocate(capacity: capacity)
    }
    count = tokens.count
    let apostrophe = UInt64(UInt8(ascii: "'"))
    let s = UInt64(UInt8(ascii: "s"))
    for index in tokens.indices {
      let token = tokens[index]
      let wordLike = token.kind == .word || token.kind == .number || token.kind == .mention || token.kind == .hashtag
      let (first, last) = arena.wordPair(token.folded)
      let length = token.folded.count
      storage[index] = wordLike ? WordPrefilter.fingerprint(first, last, length) : 0
      // The last two bytes, from the words already loaded: a possessive ends `'s`, `s'` or with a curly apostrophe.
      let tail = length >= 8 ? last >> 48 : first >> UInt64(truncatingIfNeeded: max(length - 2, 0) &* 8)
      let lastByte = length >= 2 ? (tail >> 8) & 0xFF : tail & 0xFF
      let before = length >= 2 ? tail & 0xFF : 0
      let possessive =
        lastByte == apostrophe || lastByte == 0x99 || (lastByte == s && (before == apostrophe || before == 0x99))
      plain[index] = wordLike && token.ascii.isAbsent && !(possessive && length > 2)
    }
  }
}
