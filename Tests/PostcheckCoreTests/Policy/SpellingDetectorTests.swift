import PostcheckCore
import Testing

/// `quality.spelling` reports ordinary misspelt words and leaves alone what a
/// dictionary should not judge in a social-media post.
@Suite struct SpellingDetectorTests {
  func misspelt(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return makeScreener().screen(text).findings.filter { $0.rule.id == "quality.spelling" }.map {
      String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)
    }
  }

  @Test(.enabled(if: !DetectorRegistry.unavailable().contains { $0.rule.id == "quality.spelling" }))
  func reportsMisspellingsAsAdvice() throws {
    #expect(misspelt("Teh learners did realy well") == ["Teh", "realy"])
    #expect(misspelt("We recieve so many applications. Seperate them please") == ["recieve", "Seperate"])
    let result = makeScreener().screen("I definately agree")
    #expect(result.verdict == .pass && result.findings.first?.severity == .info)
  }

  @Test(.enabled(if: !DetectorRegistry.unavailable().contains { $0.rule.id == "quality.spelling" }))
  func leavesAloneWhatADictionaryShouldNotJudge() {
    for text in [
      "Organise the colour-coded programme at the centre", "Thanks @jo_blogs and #QTSDrocks, see https://exmaple.org",
      "Welcome Siobhan and Oluwaseun to QTSD", "NVQ, EPA and BTEC results are in", "Sooo proud, lol, tbh amazing",
      "sh1t day, fuuuun times, f**k", "3rd place and 2nd place", "Don’t forget: learners’ work is on display",
      "Café naïve Zoë", "Call me on 07700 900123",
    ] {
      #expect(misspelt(text).isEmpty, "\(text): \(misspelt(text))")
    }
  }

  /// Names written in lower case are a slip of capitals, not of spelling;
  /// a misspelt name in lower case is still reported.
  @Test(.enabled(if: !DetectorRegistry.unavailable().contains { $0.rule.id == "quality.spelling" }))
  func acceptsNamesInLowerCase() {
    let screener = makeScreener()
    let words = { (text: String) in
      let bytes = Array(text.utf8)
      return screener.screen(text).findings.filter { $0.rule.id == "quality.spelling" }.map {
        String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)
      }
    }
    #expect(words("off to london on monday with our muslim and jewish learners").isEmpty)
    // Twice: the second answer comes from the cache.
    #expect(words("londno on mondya") == ["londno", "mondya"])
    #expect(words("londno on mondya") == ["londno", "mondya"])
    #expect(words("back to london") == [])
  }
}
