@testable import PostcheckCore
import Testing

/// A phrase whose first word is written plainly and whose next word is
/// disguised (`you id1ot`) is read by the general matcher only when the
/// continuation filter lets it through, and the bucket's phrases are passed
/// over on their word masks: both must keep every disguise of the next word.
@Suite struct OffensiveFollowerTests {
  func entries(_ text: String) -> [String] {
    makeScreener().screen(text).findings.compactMap(\.explanation.entry)
  }

  @Test(arguments: [
    "you idiot", "you idiooot", "you id1ot", "you іdiot", "you i*iot", "you i d i o t", "YOU ＩＤＩＯＴ",
  ])
  func aDisguisedSecondWordIsRead(_ text: String) {
    #expect(entries(text) == ["you idiot"], "\(text)")
  }

  @Test func aDisguisedWordLaterInThePhraseIsRead() {
    #expect(entries("go b*ck to where you came from") == ["go back to where you came from"])
    #expect(entries("go back to wh3re you came from") == ["go back to where you came from"])
  }

  @Test(arguments: ["you tеam", "you ѕhop today", "you c00l kids", "thank you s0 much"])
  func anInnocentDisguisedFollowerIsNothing(_ text: String) {
    #expect(entries(text).isEmpty, "\(text)")
  }
}
