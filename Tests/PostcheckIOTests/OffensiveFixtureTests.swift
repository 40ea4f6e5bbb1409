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

  /// Hand-written posts in the style of real social media (phrase-level
  /// insults, threats, harassment of groups, plurals and inflections, chat
  /// abbreviations; and innocent posts using the same words), labelled by
  /// what they say rather than by what postcheck does: a post postcheck
  /// gets wrong stays in, so the measure can fail.
  @Test func socialPostsAreLabelledRight() throws {
    struct Post: Decodable {
      var text: String
      var offensive: Bool
    }
    let screener = try Screener(configuration: try ScreeningConfiguration.standard())
    let text = try String(contentsOf: Self.folder.appendingPathComponent("social-posts.jsonl"), encoding: .utf8)
    let posts = try text.split(separator: "\n").map { try JSONDecoder().decode(Post.self, from: Data($0.utf8)) }
    let flagged = { (post: Post) in screener.screen(post.text).findings.contains { $0.rule.category == .offensive } }
    let offensive = posts.filter(\.offensive)
    let innocent = posts.filter { !$0.offensive }
    #expect(offensive.count >= 100 && innocent.count >= 100)
    let missed = offensive.filter { !flagged($0) }.map(\.text)
    let wronglyFlagged = innocent.filter(flagged).map(\.text)
    #expect(1 - Double(missed.count) / Double(offensive.count) >= 0.95, "missed: \(missed)")
    #expect(Double(wronglyFlagged.count) / Double(innocent.count) <= 0.02, "flagged: \(wronglyFlagged)")
  }
}
