@testable import PostcheckCore

/// A phrase match as the phrase tests compare them: in any order, since
/// the detector sorts matches before reporting.
struct FoundPhrase: Equatable, CustomStringConvertible {
  var phrase: Int
  var first: Int
  var last: Int
  var normalisations: UInt16
  var description: String { "\(phrase)@\(first)...\(last)" }

  /// `matches` in text order, then by phrase.
  static func sorted(_ matches: [PhraseIndex.Match]) -> [FoundPhrase] {
    matches.map { FoundPhrase(phrase: $0.phrase, first: $0.first, last: $0.last, normalisations: $0.normalisations.rawValue) }
      .sorted { ($0.first, $0.last, $0.phrase) < ($1.first, $1.last, $1.phrase) }
  }
}

extension PhraseIndex {
  /// The offensive lexicon's terms, as the detector builds them.
  static func offensiveTerms() throws -> PhraseIndex {
    try OffensiveDetector(lexicons: sharedConfiguration.lexicons).lexicon.terms
  }

  /// A phrase's words as written (their first forms).
  func writtenWords(of phrase: Int) -> [String] {
    (Int(phraseStarts[phrase])..<Int(phraseStarts[phrase + 1])).map { word in
      String(decoding: bytes(forms[Int(words[word].firstForm)]), as: UTF8.self)
    }
  }
}

extension Screener {
  /// `text` tokenized by the screener's tokenizer alone (which records the
  /// prints its detectors read), in the screener's own buffer.
  func tokenizedAlone(_ text: String) -> TokenBuffer {
    let buffer = analysis.tokens
    var copy = text
    copy.withUTF8 { tokenizer.tokenize($0, into: buffer) }
    return buffer
  }
}
