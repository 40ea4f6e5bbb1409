/// How policy patterns see a token: its folded and accent-folded forms, each
/// also without a possessive ending (`learner's` is `learner` too). Whether a
/// token has more than its folded form is in `TokenPrints.isPlain`.
enum PolicyTokenForms {
  @inline(__always)
  static func isWordLike(_ token: Token) -> Bool { isWordLike(token.kind) }

  /// By kind alone, so a caller need not copy a whole token to ask.
  @inline(__always)
  static func isWordLike(_ kind: TokenKind) -> Bool {
    kind == .word || kind == .number || kind == .mention || kind == .hashtag
  }

  /// Calls `test` with the token's folded and accent-folded forms, and each
  /// with a possessive ending taken off, until it returns true.
  @discardableResult @inline(__always)
  static func forEachForm(of token: Token, _ arena: ByteArena, _ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
    func tryForm(_ form: FormRef) -> Bool {
      guard !form.isAbsent else { return false }
      let bytes = arena.bytes(form)
      if test(bytes) { return true }
      let stem = possessiveStem(bytes)
      return stem.count < bytes.count && test(stem)
    }
    return tryForm(token.folded) || tryForm(token.ascii)
  }

  /// `learner's` → `learner`, `learners'` → `learners` (straight or curly apostrophe).
  static func possessiveStem(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    let count = bytes.count
    let apostrophe = UInt8(ascii: "'")
    let s = UInt8(ascii: "s")
    func curly(at index: Int) -> Bool {
      index >= 0 && index + 2 < count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
    }
    var keep = count
    if count > 2 && bytes[count - 1] == s && bytes[count - 2] == apostrophe {
      keep = count - 2
    } else if count > 2 && bytes[count - 1] == apostrophe && bytes[count - 2] == s {
      keep = count - 1
    } else if count > 4 && bytes[count - 1] == s && curly(at: count - 4) {
      keep = count - 4
    } else if count > 4 && curly(at: count - 3) && bytes[count - 4] == s {
      keep = count - 3
    }
    return UnsafeBufferPointer(rebasing: bytes[0..<keep])
  }
}
