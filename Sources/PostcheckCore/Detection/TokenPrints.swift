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

  /// Computes the prints of every token at once (a buffer that did not record them as it filled).
  func compute(_ tokens: UnsafeBufferPointer<Token>, _ arena: ByteArena) {
    count = 0
    reserve(tokens.count)
    for index in tokens.indices { record(tokens[index], at: index, arena) }
    count = tokens.count
  }

  /// Records the print of the token just appended at `index`, while its bytes are fresh in the cache.
  @inline(__always)
  func append(_ token: Token, at index: Int, _ arena: ByteArena) {
    if index >= capacity { reserve(index + 1) }
    record(token, at: index, arena)
    count = index + 1
  }

  /// Records the print of a plain ASCII word (letters and digits only:
  /// never a possessive, never accented), computed by the tokenizer's fast path.
  @inline(__always)
  func appendPlainWord(_ print: UInt64, at index: Int) {
    if index >= capacity { reserve(index + 1) }
    storage[index] = print
    plain[index] = true
    count = index + 1
  }

  func removeAll() { count = 0 }

  private func reserve(_ needed: Int) {
    guard needed > capacity else { return }
    let bigger = max(needed, capacity * 2)
    let storage = UnsafeMutablePointer<UInt64>.allocate(capacity: bigger)
    let plain = UnsafeMutablePointer<Bool>.allocate(capacity: bigger)
    storage.moveInitialize(from: self.storage, count: count)
    plain.moveInitialize(from: self.plain, count: count)
    self.storage.deallocate()
    self.plain.deallocate()
    self.storage = storage
    self.plain = plain
    capacity = bigger
  }

  @inline(__always)
  private func record(_ token: Token, at index: Int, _ arena: ByteArena) {
    let apostrophe = UInt64(UInt8(ascii: "'"))
    let s = UInt64(UInt8(ascii: "s"))
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
