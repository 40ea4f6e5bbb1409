/// A one-word summary of the ways a word can be equal to a phrase's word,
/// as a 64-bit set with one bit per comparable form: a post token and a
/// stored word can only match (`PhraseIndex.matches`) when their masks share
/// a bit, so a bucket of hundreds of phrases (`you …`, `you are …`) is
/// narrowed with one `and` per phrase before any bytes are compared.
///
/// Each kind of comparison gets its own salt, so a bit stands for "this form
/// compared this way": forms against forms (folded, accent-folded,
/// leetspeak, compact), squeezed against squeezed, skeleton against
/// skeleton, and a masked word against the length and first letter of the
/// first form.
enum WordMask {
  static let squeezedSalt: UInt64 = 0x2F1E_8D3C_4B5A_6978
  static let skeletonSalt: UInt64 = 0x7A3B_9C1D_5E2F_8061
  static let maskedSalt: UInt64 = 0x4C6D_1E8F_3A2B_5907

  @inline(__always)
  static func bit(_ print: UInt64) -> UInt64 {
    1 &<< (WordPrefilter.derived(print, salt: 0x1B87_3593_CC9E_2D51) >> 58)
  }

  @inline(__always)
  static func bit(_ print: UInt64, salt: UInt64) -> UInt64 { bit(WordPrefilter.derived(print, salt: salt)) }

  /// A masked word agrees only with words of its length and first letter.
  @inline(__always)
  static func maskedBit(count: Int, first: UInt8) -> UInt64 {
    bit(UInt64(truncatingIfNeeded: PhraseIndex.maskedKey(count: count, first: first)), salt: maskedSalt)
  }

  /// The mask of a stored word, from its bytes, when the index is built.
  static func of(_ word: PhraseIndex.Word) -> UInt64 {
    var mask: UInt64 = 0
    for form in word.forms { mask |= bit(WordPrefilter.fingerprint(form)) }
    mask |= bit(WordPrefilter.fingerprint(word.squeezed), salt: squeezedSalt)
    mask |= bit(WordPrefilter.fingerprint(word.skeleton), salt: skeletonSalt)
    if let form = word.forms.first, let first = form.first { mask |= maskedBit(count: form.count, first: first) }
    return mask
  }

  /// The mask of a post token: 0 for tokens that are never a phrase's word
  /// after the first (numbers, links, handles, hashtags).
  @inline(__always)
  static func of(_ token: Token, _ arena: ByteArena) -> UInt64 {
    guard token.kind == .word || token.kind == .joined else { return 0 }
    var mask = bit(WordPrefilter.fingerprint(token.folded, in: arena))
    guard !token.normalisations.isDisjoint(with: Normalisations.disguised) else { return mask }
    // Spelled out rather than a loop over an array of forms: no array to build per word.
    if !token.ascii.isAbsent { mask |= bit(WordPrefilter.fingerprint(token.ascii, in: arena)) }
    if !token.leet.isAbsent { mask |= bit(WordPrefilter.fingerprint(token.leet, in: arena)) }
    if !token.compact.isAbsent { mask |= bit(WordPrefilter.fingerprint(token.compact, in: arena)) }
    if !token.squeezed.isAbsent { mask |= bit(WordPrefilter.fingerprint(token.squeezed, in: arena), salt: squeezedSalt) }
    if !token.skeleton.isAbsent { mask |= bit(WordPrefilter.fingerprint(token.skeleton, in: arena), salt: skeletonSalt) }
    if token.normalisations.contains(.masked), let first = arena.bytes(token.folded).first {
      mask |= maskedBit(count: token.folded.count, first: first)
    }
    return mask
  }
}
