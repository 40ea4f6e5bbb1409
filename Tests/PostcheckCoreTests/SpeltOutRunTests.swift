@testable import PostcheckCore
import Testing

/// A run of spelt-out letters keeps one length of separator: a comma or a
/// wider gap between two spelt-out words ends the first (`c u n t, f u c k`).
@Suite struct SpeltOutRunTests {
  func joined(_ text: String) -> [String] {
    let screener = makeScreener()
    _ = screener.screen(text)
    let buffer = screener.lastTokens
    return buffer.joined.map { String(decoding: buffer.arena.bytes($0.folded), as: UTF8.self) }
  }

  @Test func aDifferentSeparatorEndsTheRun() {
    #expect(joined("c u n t, f u c k") == ["cunt", "fuck"])
    #expect(joined("s h i t. f u c k") == ["shit", "fuck"])
    let findings = makeScreener().screen("c u n t, f u c k").findings.filter { $0.rule.category == .offensive }
    #expect(findings.compactMap(\.explanation.entry) == ["cunt", "fuck"])
  }

  @Test func oneSeparatorThroughoutIsOneRun() {
    #expect(joined("f u c k") == ["fuck"])
    #expect(joined("f. u. c. k") == ["fuck"])
    #expect(joined("f-u-c-k off") == ["fuck"])
  }
}
