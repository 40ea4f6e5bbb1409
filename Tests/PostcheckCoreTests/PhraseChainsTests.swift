@testable import PostcheckCore
import Testing

/// The chained reading of plain words (`PhraseChains`) must find exactly
/// what the general matcher finds, for every phrase of the lexicon: written
/// out whole, cut short, and with a disguised word in it.
@Suite struct PhraseChainsTests {
  struct Found: Equatable, CustomStringConvertible {
    var phrase: Int
    var first: Int
    var last: Int
    var normalisations: UInt16
    var description: String { "\(phrase)@\(first)...\(last)" }
  }

  let screener = makeScreener()
  let terms: PhraseIndex

  init() throws {
    terms = try OffensiveDetector(lexicons: sharedConfiguration.lexicons).lexicon.terms
  }

  /// The matches starting at each plain word of `text`, by the fast path and by the general one.
  func bothPaths(_ text: String) -> (fast: [Found], general: [Found]) {
    // The tokenizer alone (it records the prints, as the screener's detectors read them).
    let buffer = screener.analysis.tokens
    var copy = text
    copy.withUTF8 { screener.tokenizer.tokenize($0, into: buffer) }
    let prints = buffer.prints
    var fast: [PhraseIndex.Match] = []
    var general: [PhraseIndex.Match] = []
    let tokens = buffer.tokens
    for index in tokens.indices where tokens[index].isPlainWord && terms.firstWords.contains(prints[index]) {
      terms.appendPlainWordMatches(startingAt: index, in: tokens, arena: buffer.arena, prints: prints, to: &fast)
      terms.forEachMatch(startingAt: index, in: tokens, arena: buffer.arena) { general.append($0) }
    }
    // The same matches, in any order: the detector sorts them by length before reporting.
    func found(_ matches: [PhraseIndex.Match]) -> [Found] {
      matches.map { Found(phrase: $0.phrase, first: $0.first, last: $0.last, normalisations: $0.normalisations.rawValue) }
        .sorted { ($0.first, $0.last, $0.phrase) < ($1.first, $1.last, $1.phrase) }
    }
    return (found(fast), found(general))
  }

  /// The phrase's words as written (their first forms).
  func words(of phrase: Int) -> [String] {
    (Int(terms.phraseStarts[phrase])..<Int(terms.phraseStarts[phrase + 1])).map { word in
      String(decoding: terms.bytes(terms.forms[Int(terms.words[word].firstForm)]), as: UTF8.self)
    }
  }

  @Test func everyPhraseIsFoundTheSameBothWays() {
    var checked = 0
    // Every third phrase (templates expand into runs of neighbouring
    // phrases, so each template is still read many times): the general path
    // is slow in a debug build.
    for phrase in stride(from: 0, to: terms.phraseCount, by: 3) {
      let words = words(of: phrase)
      var texts = ["well " + words.joined(separator: " ") + " today"]
      if words.count > 1 {
        texts.append("well " + words.dropLast().joined(separator: " ") + " today")
        // The last word disguised: only the general path can read it.
        texts.append(words.dropLast().joined(separator: " ") + " " + String(words[words.count - 1].reversed()) + "*")
      }
      for text in texts {
        let (fast, general) = bothPaths(text)
        #expect(fast == general, "\(text)")
      }
      checked += 1
    }
    #expect(checked > 5_000)
  }

  @Test func phrasesInARowAndRepeatedWords() {
    for text in [
      "you are a disgrace you are a disgrace", "you you you are are a", "go back to where you came from you idiot",
      "kill yourself kill yourself", "what a loser what a", "you are", "you", "fuck fuck fuck",
    ] {
      let (fast, general) = bothPaths(text)
      #expect(fast == general, "\(text)")
      #expect(!text.contains("disgrace") || !fast.isEmpty, "\(text)")
    }
  }
}
