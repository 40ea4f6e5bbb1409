@testable import PostcheckCore
import PostcheckTestSupport
import Testing

/// The fast path for plain words must give exactly what the general
/// scanners give, on any text.
@Suite struct PlainWordPathTests {
  static let alphabet = Array("aAbwWz019 .,!?;:)'\"@#$*_-(\n".unicodeScalars) + ["é", "👍", "\u{200B}", "ß", "\u{00A0}", "\u{3000}"]

  func tokenize(_ text: String, fastPath: Bool) -> [TokenView] {
    let screener = makeScreener()
    screener.tokenizer.usesPlainWordPath = fastPath
    _ = screener.screen(text)
    return views(screener.lastTokens, in: text) + views(screener.lastTokens, in: text, joined: true)
  }

  @Test func fastAndGeneralPathsAgree() {
    var generator = SplitMix64(seed: 99)
    for _ in 0..<3000 {
      let length = Int(generator.next() % 24)
      var text = ""
      for _ in 0..<length {
        text.unicodeScalars.append(Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))])
      }
      #expect(tokenize(text, fastPath: true) == tokenize(text, fastPath: false), "\(text.debugDescription)")
    }
  }

  /// Long letter-and-digit runs exercise the eight-bytes-at-a-time scan,
  /// including stretched letters across its eight-byte blocks.
  @Test func longPlainWordsAgree() {
    let letters = Array("aAoOwW09zZ ,.".unicodeScalars)
    var generator = SplitMix64(seed: 7)
    for _ in 0..<3000 {
      let length = Int(generator.next() % 90)
      var text = ""
      for _ in 0..<length {
        // Mostly letters, with repeats so that runs of three occur often.
        let scalar = letters[Int(generator.next() % UInt64(letters.count))]
        let repeats = generator.next() % 5 == 0 ? 3 : 1
        for _ in 0..<repeats { text.unicodeScalars.append(scalar) }
      }
      #expect(tokenize(text, fastPath: true) == tokenize(text, fastPath: false), "\(text.debugDescription)")
    }
  }

  @Test func samplesAgree() {
    for text in [
      "Hello, world! 2025 was GREAT.", "learners' work", "sooo goood", "www. www.x.com w", "b4 l8r h3ll0",
      "abcdefgh", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "aaaaaaaaaaaaaaaaa", "abcdefgHHH", "abcdefghhhh!",
      "Supercalifragilisticexpialidocious", String(repeating: "x", count: 200),
      // Words in a run joined by non-ASCII spaces (no-break, ideographic) and ended by a non-plain chunk.
      "one\u{00A0}two three\u{3000}four café five", "a\u{00A0}\u{00A0}b f**k c",
    ] {
      #expect(tokenize(text, fastPath: true) == tokenize(text, fastPath: false), "\(text)")
    }
  }
}
