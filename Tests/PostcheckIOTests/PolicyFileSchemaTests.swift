import Foundation
import PostcheckTestSupport
import Testing
import Yams

@testable import PostcheckIO

/// `docs/policy-file.schema.json` (for editors: `# yaml-language-server:
/// $schema=…`) says what the reader reads: the same keys, and the example
/// policy file validates against it.
@Suite struct PolicyFileSchemaTests {
  static let root = Repository.root

  static func schema() throws -> [String: Any] {
    let data = try Data(contentsOf: root.appendingPathComponent("docs/policy-file.schema.json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  /// A YAML document as JSONSerialization would read the same JSON.
  static func json(fromYAML text: String) throws -> Any {
    let value = try #require(try Yams.load(yaml: text))
    return try JSONSerialization.jsonObject(with: try JSONSerialization.data(withJSONObject: value))
  }

  static func keys(_ schema: [String: Any], _ path: String...) throws -> Set<String> {
    var node: Any = schema
    for part in path { node = try #require((node as? [String: Any])?[part]) }
    return Set(try #require((node as? [String: Any])?.keys))
  }

  @Test func theSchemaHasTheReadersKeys() throws {
    let schema = try Self.schema()
    #expect(try Self.keys(schema, "properties") == Set(PolicyFileReader.topKeys + ["organization"]))
    #expect(try Self.keys(schema, "definitions", "organisation", "properties") == Set(PolicyFileReader.organisationKeys))
    #expect(try Self.keys(schema, "definitions", "pattern", "properties") == Set(PolicyFileReader.patternKeys))
  }

  @Test func theExampleValidatesAndBrokenFilesDoNot() throws {
    let validator = SchemaValidator(root: try Self.schema())
    let example = try String(
      contentsOf: Self.root.appendingPathComponent("Examples/postcheck.yaml"), encoding: .utf8)
    #expect(validator.problems(try Self.json(fromYAML: example)).isEmpty)
    for broken in [
      "colour: red", "version: 2", "rules: {severity: {pii.phone: huge}}", "patterns: {nonsense: {pattern: x}}",
      "patterns: {work.x: {severity: high}}", "thresholds: {review: 2}", "locale: english", "allow: {phrases: ['  ']}",
    ] {
      #expect(!validator.problems(try Self.json(fromYAML: broken)).isEmpty, "\(broken)")
    }
  }
}
