@testable import PostcheckCore
import Testing

/// Letters spelt out after `a` or `I` (`you're a d i s g r a c e`) are read
/// both with that word joined into them and without it, since a lone `a` can
/// be the article or the word's first letter (`a s s`).
@Suite struct SpeltOutAfterArticleTests {
  func entries(_ text: String) -> [String] {
    makeScreener().screen(text).findings.filter { $0.rule.category == .offensive }.compactMap(\.explanation.entry)
  }

  @Test func theArticleStaysAWordOfThePhrase() {
    #expect(entries("omg you're a d i s g r a c e!!") == ["you're a disgrace"])
    #expect(entries("you're a d-i-s-g-r-a-c-e") == ["you're a disgrace"])
    #expect(entries("what a c u n t") == ["cunt"])
  }

  @Test func aLeadingLetterThatBelongsToTheWordStillCounts() {
    #expect(entries("a s s") == ["ass"])
    #expect(entries("a s s h o l e") == ["asshole"])
  }

  @Test func aFindingInsideTheOtherReadingsLongerOneIsNotReportedTwice() {
    #expect(entries("you are a f u c k i n g idiot") == ["{you-are} {a-article} {intensifier?} {insult-noun}"])
  }

  @Test func theBufferKeepsTheJoinWithoutTheLeadingWord() {
    let screener = makeScreener()
    _ = screener.screen("you're a d i s g r a c e")
    let buffer = screener.lastTokens
    #expect(buffer.joined.map { String(decoding: buffer.arena.bytes($0.folded), as: UTF8.self) } == ["adisgrace"])
    #expect(buffer.joinedAfterLeadingWord.map { String(decoding: buffer.arena.bytes($0.folded), as: UTF8.self) } == ["disgrace"])
  }
}
