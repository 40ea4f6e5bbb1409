import Foundation
import PostcheckCore
import PostcheckTestSupport
import Testing

/// The PII rules on the labelled fixture corpus (`scripts/make-pii-corpus`):
/// every rule keeps F1 ≥ 0.95 with exact spans, and no hard negative gets a
/// PII finding. `scripts/evaluate-pii` prints the full table.
@Suite struct PIICorpusTests {
  static let corpus = Repository.path("Fixtures/pii-corpus/posts.jsonl")

  struct Label: Hashable {
    var rule: String
    var start: Int
    var end: Int
  }

  @Test func everyRuleKeepsItsF1AndHardNegativesStayQuiet() throws {
    let screener = try Screener(configuration: try ScreeningConfiguration.standard())
    var truePositives: [String: Int] = [:]
    var falsePositives: [String: Int] = [:]
    var falseNegatives: [String: Int] = [:]
    var noisyNegatives: [String] = []
    let lines = try String(contentsOf: Self.corpus, encoding: .utf8).split(separator: "\n")
    #expect(lines.count >= 2000)
    for line in lines {
      let post = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let text = try #require(post["text"] as? String)
      let labels = try #require(post["labels"] as? [[String: Any]]).map {
        Label(rule: $0["rule"] as? String ?? "", start: $0["start"] as? Int ?? -1, end: $0["end"] as? Int ?? -1)
      }
      var copy = text
      let found = copy.withUTF8 { bytes in
        var offsets = ScalarOffsets(bytes)
        return screener.screen(bytes).findings.filter { $0.rule.id.hasPrefix("pii.") }.map {
          Label(rule: $0.rule.id, start: offsets.scalarOffset(ofByte: $0.start), end: offsets.scalarOffset(ofByte: $0.end))
        }
      }
      if post["group"] as? String == "negative" && !found.isEmpty { noisyNegatives.append(text) }
      let wanted = Set(labels)
      let got = Set(found)
      for label in wanted.intersection(got) { truePositives[label.rule, default: 0] += 1 }
      for label in got.subtracting(wanted) { falsePositives[label.rule, default: 0] += 1 }
      for label in wanted.subtracting(got) { falseNegatives[label.rule, default: 0] += 1 }
    }
    #expect(noisyNegatives.isEmpty, "hard negatives with PII findings: \(noisyNegatives.prefix(5))")
    let rules = Set(truePositives.keys).union(falsePositives.keys).union(falseNegatives.keys)
    #expect(rules.count >= 9)
    for rule in rules.sorted() {
      let tp = Double(truePositives[rule] ?? 0)
      let f1 = 2 * tp / (2 * tp + Double(falsePositives[rule] ?? 0) + Double(falseNegatives[rule] ?? 0))
      #expect(f1 >= 0.95, "\(rule): F1 \(f1)")
    }
  }
}
