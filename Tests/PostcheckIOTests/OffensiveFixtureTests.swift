import Foundation
import PostcheckCore
import PostcheckTestSupport
import Testing

/// The offensive detector on its fixtures (`scripts/make-offensive-fixtures`;
/// `scripts/evaluate-offensive` prints the table per disguise): recall ≥ 0.97
/// over every entry class under every disguise, and at most 1% of the
/// innocent UK posts flagged.
@Suite struct OffensiveFixtureTests {
  static let folder = Repository.path("Fixtures/offensive")

  func records(_ name: String) throws -> [[String: String]] {
    try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8).split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String])
    }
  }

  @Test func disguisedEntriesAreFound() throws {
    let screener = try Screener(configuration: try ScreeningConfiguration.standard())
    let posts = try records("obfuscations.jsonl")
    #expect(posts.count >= 300)
    var missed: [String] = []
    for post in posts {
      let rule = "offensive." + (post["category"] ?? "")
      let findings = screener.screen(post["text"] ?? "").findings
      // Masked letters can stand for another term (`s**t`): any offensive finding counts there.
      let masked = post["disguise"]?.hasPrefix("masked") == true
      if !findings.contains(where: { $0.rule.id == rule || masked && $0.rule.category == .offensive }) {
        missed.append(post["text"] ?? "")
      }
    }
    let recall = 1 - Double(missed.count) / Double(posts.count)
    #expect(recall >= 0.97, "recall \(recall); missed \(missed.prefix(10))")
  }

  @Test func innocentUKPostsStayQuiet() throws {
    let screener = try Screener(configuration: try ScreeningConfiguration.standard())
    let posts = try records("innocent-uk-posts.jsonl")
    #expect(posts.count >= 150)
    let flagged = posts.compactMap(\.["text"]).filter { text in
      screener.screen(text).findings.contains { $0.rule.category == .offensive }
    }
    #expect(Double(flagged.count) / Double(posts.count) <= 0.01, "flagged: \(flagged)")
  }
}
