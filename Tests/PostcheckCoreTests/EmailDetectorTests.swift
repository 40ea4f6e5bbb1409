import PostcheckCore
import Testing

@Suite struct EmailDetectorTests {
  func emails(_ text: String) -> [Finding] {
    makeScreener().screen(text).findings.filter { $0.rule.id == "pii.email" }
  }

  @Test func findsAddressesWithContext() throws {
    let found = emails("email me at jo.bloggs@example.com 👍🏽")
    #expect(found.count == 1)
    let finding = try #require(found.first)
    #expect(finding.start == 12 && finding.end == 33)
    #expect(finding.explanation.context == "email me at")
    #expect(finding.confidence > EmailDetectorTests.base)
    #expect(finding.severity == .medium && finding.rule.policy == "5")
  }

  static let base = 0.85

  @Test func contextMustBeInTheSameSentence() {
    let found = emails("Email me later. Anyway jo@example.com is Jo's")
    #expect(found.first?.explanation.context == nil)
  }

  @Test func organisationMailboxesAreLessConfident() {
    let found = emails("Admissions questions to admissions@qtsd.co.uk please")
    #expect(found.count == 1)
    #expect((found.first?.confidence ?? 1) < EmailDetectorTests.base)
  }

  @Test func handlesAndURLsAreNotAddresses() {
    #expect(emails("follow @jo_bloggs and @jo@mastodon.social").isEmpty)
    #expect(emails("see https://user:pw@example.com/x").isEmpty)
    #expect(emails("it's user@localhost on my machine").isEmpty)
    #expect(emails("").isEmpty)
  }

  @Test func invisibleCharactersInsideAnAddressDoNotHideIt() throws {
    let text = "reach me at\u{200B} jo\u{200B}@exa\u{200B}mple.com\u{200B}, ok"
    let finding = try #require(emails(text).first)
    let bytes = Array(text.utf8)
    #expect(String(decoding: bytes[finding.start..<finding.end], as: UTF8.self) == "jo\u{200B}@exa\u{200B}mple.com")
    #expect(finding.explanation.normalisations == .invisibleRemoved)
    #expect(finding.explanation.context == "reach me at")
  }

  @Test func verdictAndScore() {
    let result = makeScreener().screen("email me at jo.bloggs@example.com")
    #expect(result.verdict == .review)
    #expect(abs(result.score - 0.7 * 0.95) < 1e-9)
  }
}
