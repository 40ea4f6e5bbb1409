import Foundation
import PostcheckCore
import PostcheckTestSupport
import Testing

/// The policy rules on their labelled corpus (`scripts/make-policy-corpus`):
/// each keeps precision and recall ≥ 0.9 over the posts that label it, with
/// at least 60 positives and 60 hard negatives each. `scripts/evaluate-policy`
/// prints the table and the errors.
@Suite struct PolicyCorpusTests {
  static let corpus = Repository.path("Fixtures/policy-corpus/posts.jsonl")

  @Test func everyRuleKeepsItsPrecisionAndRecall() throws {
    let screener = try Screener(configuration: try ScreeningConfiguration.standard())
    var counts: [String: (tp: Int, fp: Int, fn: Int)] = [:]
    var groups: [String: Int] = [:]
    for line in try String(contentsOf: Self.corpus, encoding: .utf8).split(separator: "\n") {
      let post = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let text = try #require(post["text"] as? String)
      let fired = Set(screener.screen(text).findings.map(\.rule.id))
      groups["\(post["target"] as? String ?? "") \(post["group"] as? String ?? "")", default: 0] += 1
      for rule in post["expect"] as? [String] ?? [] {
        if fired.contains(rule) { counts[rule, default: (0, 0, 0)].tp += 1 } else { counts[rule, default: (0, 0, 0)].fn += 1 }
      }
      for rule in post["forbid"] as? [String] ?? [] where fired.contains(rule) { counts[rule, default: (0, 0, 0)].fp += 1 }
    }
    let rules = [
      "confidential.marker", "confidential.leak", "confidential.credential", "work.comment", "conduct.student_contact",
      "conduct.disclaimer", "conduct.defamation", "quality.spelling",
    ]
    for rule in rules {
      #expect(groups["\(rule) positive", default: 0] >= 60 && groups["\(rule) negative", default: 0] >= 60, "\(rule)")
      let count = counts[rule, default: (0, 0, 0)]
      let precision = Double(count.tp) / Double(max(count.tp + count.fp, 1))
      let recall = Double(count.tp) / Double(max(count.tp + count.fn, 1))
      #expect(precision >= 0.9 && recall >= 0.9, "\(rule): precision \(precision), recall \(recall)")
    }
  }

  /// The hand-written posts (not generated from templates, so closer to
  /// what the rules meet): each must get exactly its labels' verdicts.
  @Test func everyHandwrittenPostBehavesAsLabelled() throws {
    let screener = try Screener(configuration: try ScreeningConfiguration.standard())
    let handwritten = Repository.path("Fixtures/policy-corpus/handwritten.jsonl")
    for line in try String(contentsOf: handwritten, encoding: .utf8).split(separator: "\n") {
      let post = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let text = try #require(post["text"] as? String)
      let fired = Set(screener.screen(text).findings.map(\.rule.id))
      for rule in post["expect"] as? [String] ?? [] { #expect(fired.contains(rule), "\(rule) should fire: \(text)") }
      for rule in post["forbid"] as? [String] ?? [] { #expect(!fired.contains(rule), "\(rule) should not fire: \(text)") }
    }
  }
}
