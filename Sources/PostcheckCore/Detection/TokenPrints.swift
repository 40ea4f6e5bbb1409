/// One post's word fingerprints (`WordPrefilter.fingerprint` of each token's
/// folded form), computed once in one tight loop and shared by every
/// lexicon-driven detector: each then costs a load and a filter probe per
/// word rather than its own pass over the arena.
///
/// Also per token, in one byte: whether the folded form is its only form
/// for lexicon lookups (`isPlain`: no accent-folded form, no possessive
/// ending), and whether it is a plain word (`isPlainWord`), so a detector's
/// loop over the prints need not load the token to tell.
public final class TokenPrints {
  // Grown as needed and reused from post to post.
  @exclusivity(unchecked) private var storage: UnsafeMutablePointer<UInt64>
  @exclusivity(unchecked) private var flags: UnsafeMutablePointer<UInt8>
  @exclusivity(unchecked) private var capacity = 0
  /// While a tokenizer records, it leaves `count` stale and sets it once at the end (`settle`).
  @exclusivity(unchecked) private(set) var count = 0

  private static let plainFlag: UInt8 = 1
  private static let plainWordFlag: UInt8 = 2

  init() {
    storage = .allocate(capacity: 1)
    flags = .allocate(capacity: 1)
  }

  deinit {
    storage.deallocate()
    flags.deallocate()
  }

  /// The fingerprint of token `index`'s folded form (0 for links, addresses and joined letters).
  @inline(__always)
  subscript(index: Int) -> UInt64 { storage[index] }

  /// Whether token `index` is a word-like token whose folded form is its only lookup form.
  @inline(__always)
  func isPlain(_ index: Int) -> Bool { flags[index] & Self.plainFlag != 0 }

  /// Whether token `index` is a plain word (`Token.isPlainWord`). A
  /// recording tokenizer may leave a plain word unmarked, never the reverse:
  /// a reader that finds it unmarked looks at the token.
  @inline(__always)
  func isPlainWord(_ index: Int) -> Bool { flags[index] & Self.plainWordFlag != 0 }

  /// Calls `body` with the index of each token whose print is `print`, in
  /// order: a scan of the prints alone, kept in a register.
  @inline(__always)
  func forEachIndex(of print: UInt64, _ body: (Int) -> Void) {
    let storage = self.storage
    var index = 0
    // Eight prints to a compare: a word-by-word loop cost six instructions a word.
    let wanted = SIMD8<UInt64>(repeating: print)
    while index + 8 <= count {
      let prints = UnsafeRawPointer(storage + index).loadUnaligned(as: SIMD8<UInt64>.self)
      if any(prints .== wanted) {
        for offset in 0..<8 where storage[index + offset] == print { body(index + offset) }
      }
      index += 8
    }
    while index < count {
      if storage[index] == print { body(index) }
      index += 1
    }
  }

  /// Computes the prints of every token at once (a buffer that did not record them as it filled).
  func compute(_ tokens: UnsafeBufferPointer<Token>, _ arena: ByteArena) {
    count = 0
    reserve(tokens.count, keeping: 0)
    for index in tokens.indices { record(tokens[index], at: index, arena) }
    count = tokens.count
  }

  /// Records the print of the token about to be appended at `index`, while
  /// its bytes are fresh in the cache. The buffer keeps room for it
  /// (`reserve`), so the tokenizer's loop tests no capacity.
  @inline(__always)
  func append(_ token: Token, at index: Int, _ arena: ByteArena) {
    record(token, at: index, arena)
  }

  /// Records the print of an ASCII word of letters and digits (never a
  /// possessive, never accented), computed by the tokenizer's fast path;
  /// `isPlainWord` when the scanner is sure of it.
  @inline(__always)
  func appendPlainWord(_ print: UInt64, at index: Int, isPlainWord: Bool) {
    storage[index] = print
    flags[index] = isPlainWord ? Self.plainFlag | Self.plainWordFlag : Self.plainFlag
  }

  /// The number of prints a recording tokenizer wrote.
  func settle(count: Int) { self.count = count }

  func removeAll() { count = 0 }

  /// Room for `needed` prints, the first `keeping` of which are kept.
  func reserve(_ needed: Int, keeping: Int) {
    guard needed > capacity else { return }
    let bigger = max(needed, capacity * 2)
    let storage = UnsafeMutablePointer<UInt64>.allocate(capacity: bigger)
    let flags = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
    storage.moveInitialize(from: self.storage, count: keeping)
    flags.moveInitialize(from: self.flags, count: keeping)
    self.storage.deallocate()
    self.flags.deallocate()
    self.storage = storage
    self.flags = flags
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
    let plain = wordLike && token.ascii.isAbsent && !(possessive && length > 2)
    flags[index] = (plain ? Self.plainFlag : 0) | (token.isPlainWord ? Self.plainWordFlag : 0)
  }
}
