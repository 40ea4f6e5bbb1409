@testable import PostcheckCore
import Testing

/// The chained reading of plain words (`PhraseChains`) must find exactly
/// what the general matcher finds, for every phrase of the lexicon: written
/// out whole, cut short, and with a disguised word in it.
@Suite struct PhraseChainsTests {
  let screener = makeScreener()
  let terms: PhraseIndex

  init() throws { terms = try PhraseIndex.offensiveTerms() }

  /// The matches starting at each plain word of `text`, by the fast path and by the general one.
  func bothPaths(_ text: String) -> (fast: [FoundPhrase], general: [FoundPhrase]) {
    let buffer = screener.tokenizedAlone(text)
    let prints = buffer.prints
    var fast: [PhraseIndex.Match] = []
    var general: [PhraseIndex.Match] = []
    let tokens = buffer.tokens
    for index in tokens.indices where tokens[index].isPlainWord && terms.firstWords.contains(prints[index]) {
      terms.appendPlainWordMatches(startingAt: index, in: tokens, arena: buffer.arena, prints: prints, to: &fast)
      terms.forEachMatch(startingAt: index, in: tokens, arena: buffer.arena) { general.append($0) }
    }
    return (FoundPhrase.sorted(fast), FoundPhrase.sorted(general))
  }

  @Test func everyPhraseIsFoundTheSameBothWays() {
    var checked = 0
    // Every third phrase (templates expand into runs of neighbouring
    // phrases, so each template is still read many times): the general path
    // is slow in a debug build.
    for phrase in stride(from: 0, to: terms.phraseCount, by: 3) {
      let words = terms.writtenWords(of: phrase)
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
