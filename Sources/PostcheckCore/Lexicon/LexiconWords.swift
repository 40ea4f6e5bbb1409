/// Splits lexicon text into words exactly as the post tokenizer would, so an
/// entry and a post meet in the same forms (`e-mail` is two words in a post,
/// so it is two in a phrase; `Café` is `cafe`).
final class LexiconWords {
  private let tokenizer: Tokenizer
  private let buffer = TokenBuffer()

  init(lexicons: LexiconSet) throws(LexiconError) {
    tokenizer = try Self.tokenizer(for: lexicons)
  }

  /// A post tokenizer for reading lexicon text, with the lexicons' leetspeak table.
  static func tokenizer(for lexicons: LexiconSet) throws(LexiconError) -> Tokenizer {
    let leetspeak = try LeetspeakTable(lexicon: try lexicons.lexicon(named: "normalisation.leetspeak"))
    do {
      return try Tokenizer(leetspeak: leetspeak)
    } catch {
      throw LexiconError(file: "lexicons", line: 0, message: "ICU does not initialise: \(error)")
    }
  }

  /// The folded (and accent-folded) words of `text`; handles and hashtags
  /// keep their `@` and `#`, links and e-mail addresses are left out.
  func words(of text: String) -> [[UInt8]] {
    var copy = text
    copy.withUTF8 { tokenizer.tokenize($0, into: buffer) }
    var words: [[UInt8]] = []
    for token in buffer.tokens {
      switch token.kind {
      case .word, .number, .mention, .hashtag: words.append(Array(buffer.arena.bytes(token.base)))
      case .url, .email, .joined: continue
      }
    }
    return words
  }
}
