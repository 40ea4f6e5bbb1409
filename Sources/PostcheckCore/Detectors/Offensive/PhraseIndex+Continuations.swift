/// Whether a phrase can go on from a plain first word into a disguised next
/// token. Without this test, `you` followed by any disguised word (`you
/// tеam` with a Cyrillic `е`) tried each of the thousand phrases starting
/// with `you`.
extension PhraseIndex {
  /// The `continuations` keys of a phrase's second word, given by its
  /// `WordMask.comparisonPrints`, after a first word with print `first`.
  static func continuationKeys(after first: UInt64, second: [UInt64]) -> [UInt64] {
    second.map { WordPrefilter.pair(first, $0) }
  }

  /// Whether some phrase's second word may be `next` (compared every way
  /// `matches` compares) after a first word with print `first`. No false
  /// negatives: a false answer means only single-word phrases start here.
  @inline(__always)
  func mayContinue(after first: UInt64, into next: Token, _ arena: ByteArena) -> Bool {
    WordMask.anyComparisonPrint(of: next, arena) { continuations.contains(WordPrefilter.pair(first, $0)) }
  }
}
