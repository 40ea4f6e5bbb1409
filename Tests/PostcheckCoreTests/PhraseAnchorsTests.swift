@testable import PostcheckCore
import Testing

/// Reading phrases from their anchors (`PhraseAnchors`) must find exactly
/// what reading from every token finds, for every phrase of the lexicon:
/// written out whole, cut short, and with its first, anchor or last word disguised.
@Suite struct PhraseAnchorsTests {
  let screener = makeScreener()
  let terms: PhraseIndex

  init() throws { terms = try PhraseIndex.offensiveTerms() }

  /// The matches in `text`: read from the anchors, and from every token.
  func bothWays(_ text: String) -> (anchored: [FoundPhrase], everyStart: [FoundPhrase]) {
    let buffer = screener.tokenizedAlone(text)
    let prints = buffer.prints
    let tokens = buffer.tokens
    var anchored: [PhraseIndex.Match] = []
    terms.appendAnchoredMatches(in: tokens, arena: buffer.arena, prints: prints, to: &anchored)
    var everyStart: [PhraseIndex.Match] = []
    for start in tokens.indices {
      terms.appendMatches(startingAtAny: start, in: tokens, arena: buffer.arena, prints: prints, to: &everyStart)
    }
    return (FoundPhrase.sorted(anchored), FoundPhrase.sorted(everyStart))
  }

  /// `word` disguised three ways in turn: stretched, masked and with a Cyrillic `о` or `е`.
  static func disguised(_ word: String, way: Int) -> String {
    switch way {
    case 0: return word.count > 1 ? String(word.prefix(1)) + String(repeating: String(word.dropFirst().prefix(1)), count: 4) + word.dropFirst(2) : word
    case 1: return word.count > 3 ? String(word.prefix(1)) + "*" + word.dropFirst(2) : word
    default: return word.replacingOccurrences(of: "o", with: "\u{043E}").replacingOccurrences(of: "e", with: "\u{0435}")
    }
  }

  @Test func everyPhraseIsFoundFromItsAnchor() {
    var checked = 0
    var found = 0
    // Every seventh phrase: templates expand into runs of neighbouring
    // phrases, so each template is still read many times.
    for phrase in stride(from: 0, to: terms.phraseCount, by: 7) {
      let words = terms.writtenWords(of: phrase)
      var texts = ["well " + words.joined(separator: " ") + " today"]
      if words.count > 1 { texts.append("well " + words.dropLast().joined(separator: " ") + " today") }
      for position in Set([0, words.count / 2, words.count - 1]) {
        var disguised = words
        disguised[position] = Self.disguised(words[position], way: phrase % 3)
        texts.append("so " + disguised.joined(separator: " "))
      }
      for text in texts {
        let (anchored, everyStart) = bothWays(text)
        #expect(anchored == everyStart, "\(text)")
      }
      let (whole, _) = bothWays(texts[0])
      if whole.contains(where: { $0.phrase == phrase && $0.first == 1 }) { found += 1 }
      checked += 1
    }
    #expect(checked > 6_000)
    // Written out whole, a phrase is found from its anchor (a few are
    // excepted by a longer term spelling the same words).
    #expect(found == checked)
  }

  @Test func phrasesInARowSharingStartsAndAnchors() {
    for text in [
      "you are a disgrace you are a disgrace", "you you you are are a", "go back to where you came from you idiot",
      "kill yourself kill yourself", "what a loser what a", "you are", "you", "fuck fuck fuck",
      "know your place know your place love", "i know where you live and i know where you work",
      "k i l l yourself", "you b*tch", "@ss", "y0u are a d1sgrace", "f u c k off",
    ] {
      let (anchored, everyStart) = bothWays(text)
      #expect(anchored == everyStart, "\(text)")
    }
  }

  @Test func aPhraseWaitsForItsLeastCommonWord() throws {
    let buffer = screener.tokenizedAlone("you are a disgrace")
    let prints = buffer.prints
    // `you`, `are` and `a` are common words: only `disgrace` (word 3) anchors the phrase there.
    #expect(!buffer.tokens.indices.dropLast().contains { terms.anchors.positions(of: prints[$0]) & 0b1000 != 0 })
    #expect(terms.anchors.positions(of: prints[3]) & 0b1000 != 0)
  }
}
