#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Remembers what the ICU path made of short stretches of text, so a
/// repeated word with non-ASCII letters (`café`, `Zoë's`, `日本語`) costs a
/// hash and a copy instead of segmentation, three normalisations and a
/// skeleton. Social text repeats such words constantly.
///
/// The result for a stretch depends on its bytes alone, so caching cannot
/// change any output. Fixed size, replace on collision: memory stays flat.
final class SegmentCache {
  static let maximumKeyLength = 64
  private static let slotCount = 4096

  struct CachedToken {
    var start: Int
    var end: Int
    var kind: TokenKind
    var normalisations: Normalisations
    /// Forms relative to the entry's `bytes`; absent forms keep count -1.
    var folded, ascii, skeleton, leet, squeezed, compact: FormRef
  }

  /// A class, so that reading a slot retains one object rather than its three arrays.
  final class Entry {
    let key: [UInt8]
    let tokens: [CachedToken]
    let bytes: [UInt8]

    init(key: [UInt8], tokens: [CachedToken], bytes: [UInt8]) {
      self.key = key
      self.tokens = tokens
      self.bytes = bytes
    }
  }

  private var slots = [Entry?](repeating: nil, count: slotCount)

  @inline(__always)
  private func slot(for key: UnsafeBufferPointer<UInt8>) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return Int(truncatingIfNeeded: hash >> 20) & (Self.slotCount - 1)
  }

  /// Calls `body` with the entry for `key`, if cached, without copying it out.
  func withEntry(for key: UnsafeBufferPointer<UInt8>, _ body: (Entry) -> Void) -> Bool {
    let slot = slot(for: key)
    guard let entry = slots[slot], entry.key.count == key.count else { return false }
    let matches = entry.key.withUnsafeBufferPointer { stored in
      guard let storedBytes = stored.baseAddress, let keyBytes = key.baseAddress else { return key.isEmpty }
      return memcmp(storedBytes, keyBytes, key.count) == 0
    }
    guard matches else { return false }
    body(entry)
    return true
  }

  /// Stores the tokens a stretch starting at `offset` (absolute) produced.
  func store(_ key: UnsafeBufferPointer<UInt8>, offset: Int, tokens: Slice<UnsafeBufferPointer<Token>>, arena: ByteArena) {
    var bytes: [UInt8] = []
    func keep(_ form: FormRef) -> FormRef {
      guard !form.isAbsent else { return form }
      let start = bytes.count
      bytes.append(contentsOf: arena.bytes(form))
      return FormRef(offset: start, count: form.count)
    }
    let cached = tokens.map { token in
      CachedToken(
        start: token.start - offset, end: token.end - offset, kind: token.kind, normalisations: token.normalisations,
        folded: keep(token.folded), ascii: keep(token.ascii), skeleton: keep(token.skeleton), leet: keep(token.leet),
        squeezed: keep(token.squeezed), compact: keep(token.compact))
    }
    slots[slot(for: key)] = Entry(key: Array(key), tokens: cached, bytes: bytes)
  }
}

extension Tokenizer {
  /// Emits a cached stretch's tokens as if the ICU path had just made them.
  func emit(_ entry: SegmentCache.Entry, at start: Int, in text: UnsafeBufferPointer<UInt8>, into buffer: TokenBuffer) {
    let arena = buffer.arena
    let base = arena.count
    entry.bytes.withUnsafeBufferPointer { arena.append($0) }
    func moved(_ form: FormRef) -> FormRef {
      form.isAbsent ? form : FormRef(offset: base + form.offset, count: form.count)
    }
    for cached in entry.tokens {
      var token = Token(
        start: self.base + start + cached.start, end: self.base + start + cached.end, kind: cached.kind,
        normalisations: cached.normalisations, folded: moved(cached.folded))
      token.ascii = moved(cached.ascii)
      token.skeleton = moved(cached.skeleton)
      token.leet = moved(cached.leet)
      token.squeezed = moved(cached.squeezed)
      token.compact = moved(cached.compact)
      token.gapBefore = gapBefore(text, start + cached.start)
      append(token, into: buffer)
    }
  }
}
