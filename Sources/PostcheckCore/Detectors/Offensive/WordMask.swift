/// A one-word summary of the ways a word can be equal to a phrase's word,
/// as a 64-bit set with one bit per comparable form: a post token and a
/// stored word can only match (`PhraseIndex.matches`) when their masks share
/// a bit, so a bucket of hundreds of phrases (`you …`, `you are …`) is
/// narrowed with one `and` per phrase before any bytes are compared.
///
/// The bits come from a word's comparison prints, which the continuation
/// filter (`PhraseIndex+Continuations.swift`) keys on too: one print per
/// form and way of comparing it, each kind with its own salt, so a print
/// stands for "this form compared this way": forms against forms (folded,
/// accent-folded, leetspeak, compact), squeezed against squeezed, skeleton
/// against skeleton, and a masked word against the length and first letter
/// of the first form.
enum WordMask {
  private static let squeezedSalt: UInt64 = 0x2F1E_8D3C_4B5A_6978
  private static let skeletonSalt: UInt64 = 0x7A3B_9C1D_5E2F_8061
  private static let maskedSalt: UInt64 = 0x4C6D_1E8F_3A2B_5907

  /// The comparison prints of a stored word, when the index is built: its
  /// forms' fingerprints first, in order (the phrase chains read them from
  /// here), then its squeezed, skeleton and masked keys.
  static func comparisonPrints(of word: PhraseIndex.Word) -> [UInt64] {
    var prints = word.forms.map { WordPrefilter.fingerprint($0) }
    prints.append(WordPrefilter.derived(WordPrefilter.fingerprint(word.squeezed), salt: squeezedSalt))
    prints.append(WordPrefilter.derived(WordPrefilter.fingerprint(word.skeleton), salt: skeletonSalt))
    if let form = word.forms.first, let first = form.first { prints.append(maskedPrint(count: form.count, first: first)) }
    return prints
  }

  /// Calls `body` with each comparison print of a post token until it
  /// returns true, and says whether one did. None for tokens that are never
  /// a phrase's word after the first (numbers, links, handles, hashtags).
  /// Spelled out rather than a loop over an array of forms: no array to build per word.
  @inline(__always)
  static func anyComparisonPrint(of token: Token, _ arena: ByteArena, _ body: (UInt64) -> Bool) -> Bool {
    guard token.kind == .word || token.kind == .joined else { return false }
    if body(WordPrefilter.fingerprint(token.folded, in: arena)) { return true }
    guard !token.normalisations.isDisjoint(with: Normalisations.disguised) else { return false }
    func form(_ form: FormRef, salt: UInt64? = nil) -> Bool {
      guard !form.isAbsent else { return false }
      let print = WordPrefilter.fingerprint(form, in: arena)
      return body(salt.map { WordPrefilter.derived(print, salt: $0) } ?? print)
    }
    if form(token.ascii) || form(token.leet) || form(token.compact) { return true }
    if form(token.squeezed, salt: squeezedSalt) || form(token.skeleton, salt: skeletonSalt) { return true }
    if token.normalisations.contains(.masked), let first = arena.bytes(token.folded).first {
      return body(maskedPrint(count: token.folded.count, first: first))
    }
    return false
  }

  /// The mask of a stored word, from its `comparisonPrints`.
  static func of(prints: [UInt64]) -> UInt64 { prints.reduce(0) { $0 | bit($1) } }

  /// The mask of a post token: 0 for tokens that are never a phrase's word after the first.
  @inline(__always)
  static func of(_ token: Token, _ arena: ByteArena) -> UInt64 {
    var mask: UInt64 = 0
    _ = anyComparisonPrint(of: token, arena) { print in
      mask |= bit(print)
      return false
    }
    return mask
  }

  @inline(__always)
  private static func bit(_ print: UInt64) -> UInt64 {
    1 &<< (WordPrefilter.derived(print, salt: 0x1B87_3593_CC9E_2D51) >> 58)
  }

  /// A masked word stands for any word of its length and first letter.
  @inline(__always)
  private static func maskedPrint(count: Int, first: UInt8) -> UInt64 {
    WordPrefilter.derived(
      UInt64(truncatingIfNeeded: PhraseIndex.maskedKey(count: count, first: first)), salt: maskedSalt)
  }
}
