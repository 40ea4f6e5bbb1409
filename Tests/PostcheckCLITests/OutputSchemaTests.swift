import Foundation
import PostcheckTestSupport
import Testing

/// Every JSON Lines record the golden cases hold validates against
/// `docs/output.schema.json`: the documented format is the one written.
@Suite struct OutputSchemaTests {
  static let root = Repository.root

  static func schema() throws -> [String: Any] {
    let data = try Data(contentsOf: root.appendingPathComponent("docs/output.schema.json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test func everyGoldenRecordMatchesTheSchema() throws {
    let validator = SchemaValidator(root: try Self.schema())
    let golden = Self.root.appendingPathComponent("Fixtures/golden")
    var records = 0
    for name in try FileManager.default.contentsOfDirectory(atPath: golden.path).sorted() {
      // Cases asking for SARIF, the report or `redact` write something else.
      let arguments = try Data(contentsOf: golden.appendingPathComponent("\(name)/arguments.json"))
      let words = try #require(try JSONSerialization.jsonObject(with: arguments) as? [String])
      guard !words.contains(where: { ["sarif", "report", "redact"].contains($0) }) else { continue }
      let text = try String(contentsOf: golden.appendingPathComponent("\(name)/expected.jsonl"), encoding: .utf8)
      for (number, line) in text.split(separator: "\n").enumerated() {
        let record = try JSONSerialization.jsonObject(with: Data(line.utf8))
        let problems = validator.problems(record)
        #expect(problems.isEmpty, "\(name) line \(number + 1): \(problems)")
        records += 1
      }
    }
    #expect(records >= 40)
  }

  @Test func theValidatorCatchesWhatTheSchemaForbids() throws {
    let validator = SchemaValidator(root: try Self.schema())
    let good: [String: Any] = [
      "schema": 1, "id": NSNull(), "source": ["path": "-", "index": 0], "verdict": "pass", "score": 0, "findings": [],
    ]
    #expect(validator.problems(good).isEmpty)
    var noSchema = good
    noSchema.removeValue(forKey: "schema")
    #expect(!validator.problems(noSchema).isEmpty)
    var badVerdict = good
    badVerdict["verdict"] = "maybe"
    #expect(!validator.problems(badVerdict).isEmpty)
    var both = good
    both["error"] = "and findings too"
    #expect(!validator.problems(both).isEmpty)
    var badFinding = good
    badFinding["findings"] = [["rule": "PII"]]
    #expect(!validator.problems(badFinding).isEmpty)
  }
}

