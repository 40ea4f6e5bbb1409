/// A screener's memory of Hunspell's answers, by word as written: social
/// text repeats its words constantly, so after warming up nearly every
/// check is one probe here and the shared dictionary's lock is not taken.
///
/// Direct-mapped and fixed in size (a newer word replaces an older one in
/// its slot), so memory stays flat; words longer than a slot's key go to
/// Hunspell every time (they are rare). A cache of a pure function: it
/// never changes an answer.
final class SpellingCache {
  static let slots = 8192
  /// Per slot: the fingerprint of a folded word known to need no report,
  /// whatever its case (see `isKnownFine`); 0 when empty.
  private let fine: UnsafeMutablePointer<UInt64>
  static let longestKey = 24
  private let keys: UnsafeMutablePointer<UInt8>
  /// Per slot: the word's fingerprint, compared before its bytes.
  private let prints: UnsafeMutablePointer<UInt64>
  /// Per slot: key length (0 when empty) and the answer.
  private let lengths: UnsafeMutablePointer<UInt8>
  private let answers: UnsafeMutablePointer<Bool>

  init() {
    keys = .allocate(capacity: Self.slots * Self.longestKey)
    prints = .allocate(capacity: Self.slots)
    prints.initialize(repeating: 0, count: Self.slots)
    lengths = .allocate(capacity: Self.slots)
    lengths.initialize(repeating: 0, count: Self.slots)
    answers = .allocate(capacity: Self.slots)
    answers.initialize(repeating: false, count: Self.slots)
    fine = .allocate(capacity: Self.slots)
    fine.initialize(repeating: 0, count: Self.slots)
  }

  deinit {
    keys.deallocate()
    prints.deallocate()
    lengths.deallocate()
    answers.deallocate()
    fine.deallocate()
  }

  /// Whether the folded word with fingerprint `print` was seen to need no
  /// report: allowed, or correct in lower case, which Hunspell then accepts
  /// capitalised too (`Hello` for `hello`), and words in other cases are not
  /// checked at all. The one probe most words of a post cost.
  @inline(__always)
  func isKnownFine(_ print: UInt64) -> Bool { print != 0 && fine[Self.fineSlot(print)] == print }

  func rememberFine(_ print: UInt64) { fine[Self.fineSlot(print)] = print }

  @inline(__always)
  private static func fineSlot(_ print: UInt64) -> Int { Int(truncatingIfNeeded: print >> 32) & (slots - 1) }

  /// Whether `word` is spelt correctly, asking `checker` when not cached.
  /// `print`: any fingerprint of the word that differs between different
  /// words almost always (it picks the slot and is compared first).
  func isCorrect(_ word: UnsafeBufferPointer<UInt8>, print: UInt64, checker: SpellChecker) -> Bool {
    guard word.count <= Self.longestKey, !word.isEmpty else { return checker.isCorrect(word) }
    let slot = Int(truncatingIfNeeded: print >> 40) & (Self.slots - 1)
    let key = keys + slot * Self.longestKey
    if prints[slot] == print && Int(lengths[slot]) == word.count && Self.same(key, word) { return answers[slot] }
    let answer = checker.isCorrect(word)
    for (offset, byte) in word.enumerated() { key[offset] = byte }
    prints[slot] = print
    lengths[slot] = UInt8(word.count)
    answers[slot] = answer
    return answer
  }

  @inline(__always)
  private static func same(_ stored: UnsafeMutablePointer<UInt8>, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
    for index in 0..<word.count where stored[index] != word[index] { return false }
    return true
  }
}
