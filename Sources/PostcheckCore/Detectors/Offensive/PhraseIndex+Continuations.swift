/// Whether a phrase can go on from a plain first word into a disguised next
/// token. Without this test, `you` followed by any disguised word (`you
/// tеam` with a Cyrillic `е`) tried each of the thousand phrases starting
/// with `you`.
extension PhraseIndex {
  /// The `continuations` keys of a phrase's second word after a first word with print `first`.
  static func continuationKeys(after first: UInt64, word: Word) -> [UInt64] {
    var keys = word.forms.map { WordPrefilter.pair(first, WordPrefilter.fingerprint($0)) }
    keys.append(WordPrefilter.pair(first, salted(WordPrefilter.fingerprint(word.squeezed), WordMask.squeezedSalt)))
    keys.append(WordPrefilter.pair(first, salted(WordPrefilter.fingerprint(word.skeleton), WordMask.skeletonSalt)))
    if let form = word.forms.first, let letter = form.first {
      keys.append(WordPrefilter.pair(first, maskedPrint(count: form.count, first: letter)))
    }
    return keys
  }

  /// Whether some phrase's second word may be `next` (compared every way
  /// `matches` compares) after a first word with print `first`. No false
  /// negatives: a false answer means only single-word phrases start here.
  func mayContinue(after first: UInt64, into next: Token, _ arena: ByteArena) -> Bool {
    guard next.kind == .word || next.kind == .joined else { return false }
    func has(_ second: UInt64) -> Bool { continuations.contains(WordPrefilter.pair(first, second)) }
    func hasForm(_ form: FormRef) -> Bool { !form.isAbsent && has(WordPrefilter.fingerprint(form, in: arena)) }
    if hasForm(next.folded) || hasForm(next.ascii) || hasForm(next.leet) || hasForm(next.compact) { return true }
    if !next.squeezed.isAbsent,
      has(Self.salted(WordPrefilter.fingerprint(next.squeezed, in: arena), WordMask.squeezedSalt))
    {
      return true
    }
    if !next.skeleton.isAbsent,
      has(Self.salted(WordPrefilter.fingerprint(next.skeleton, in: arena), WordMask.skeletonSalt))
    {
      return true
    }
    let folded = arena.bytes(next.folded)
    if Self.hasMask(folded), let letter = folded.first, has(Self.maskedPrint(count: folded.count, first: letter)) {
      return true
    }
    return false
  }

  @inline(__always)
  private static func salted(_ print: UInt64, _ salt: UInt64) -> UInt64 { WordPrefilter.derived(print, salt: salt) }

  /// A masked word stands for any word of its length and first letter.
  @inline(__always)
  private static func maskedPrint(count: Int, first: UInt8) -> UInt64 {
    salted(UInt64(truncatingIfNeeded: maskedKey(count: count, first: first)), WordMask.maskedSalt)
  }
}
