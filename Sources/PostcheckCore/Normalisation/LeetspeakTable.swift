/// Leetspeak substitutions (`1` → `i`, `$` → `s`), read from the
/// `normalisation/leetspeak.lex` lexicon. ASCII to ASCII, one byte each.
public struct LeetspeakTable: Sendable {
  private var letters = [UInt8](repeating: 0, count: 128)

  /// The table with no substitutions.
  public static let empty = LeetspeakTable()

  private init() {}

  /// Reads rows of `character<TAB>letter`.
  public init(lexicon: Lexicon) throws(LexiconError) {
    for entry in lexicon.entries {
      guard entry.fields.count == 2,
        let from = entry.fields[0].utf8.first, entry.fields[0].utf8.count == 1, from < 0x80,
        let to = entry.fields[1].utf8.first, entry.fields[1].utf8.count == 1, to < 0x80
      else {
        throw LexiconError(
          file: lexicon.path, line: entry.line,
          message: "expected one ASCII character, a tab and one ASCII letter")
      }
      letters[Int(from)] = to
    }
  }

  /// The letter a character stands for, or nil.
  @inline(__always)
  public func letter(for byte: UInt8) -> UInt8? {
    guard byte < 0x80 else { return nil }
    let letter = letters.withUnsafeBufferPointer { $0[Int(byte)] }
    return letter == 0 ? nil : letter
  }
}
