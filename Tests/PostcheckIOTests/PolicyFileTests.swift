import Foundation
import PostcheckCore
import PostcheckIO
import Testing

/// The policy file: what it changes, and problems reported with their place.
@Suite struct PolicyFileTests {
  static let lexicons: LexiconSet = (try? LexiconSet.embedded()) ?? LexiconSet()
  static let rules: [Rule] = DetectorRegistry.allRules

  static let example = """
    version: 1
    organisation:
      names: [Acme Learning, ACME]
      domains: [ACME-learning.example]
      handles: [acme_learn]
    rules:
      disabled: [quality.spelling, pii.bank]
      severity:
        work.comment: low
    thresholds: {review: 0.3, block: 0.9}
    allow:
      phrases: [Cock Lane Social Club]
    phone_region: ie
    """

  @Test func readsEveryKey() throws {
    let policy = try PolicyFile.parse(Self.example, path: "postcheck.yaml", rules: Self.rules, lexicons: Self.lexicons)
    #expect(policy.organisation?.names == ["Acme Learning", "ACME"])
    #expect(policy.organisation?.domains == ["acme-learning.example"])
    #expect(policy.organisation?.handles == ["@acme_learn"])
    // A family (`pii.bank`) switches off each of its rules.
    #expect(
      policy.rules.disabled
        == ["quality.spelling", "pii.bank.account_number", "pii.bank.card", "pii.bank.iban", "pii.bank.sort_code"])
    #expect(policy.rules.severities == ["work.comment": .low])
    #expect(policy.reviewThreshold == 0.3 && policy.blockThreshold == 0.9)
    #expect(policy.allowed == ["Cock Lane Social Club"])
    #expect(policy.phoneRegion == "IE")
  }

  @Test func anEmptyFileKeepsTheDefaults() throws {
    let policy = try PolicyFile.parse("# nothing yet\n", path: "postcheck.yaml", rules: Self.rules, lexicons: Self.lexicons)
    #expect(policy.organisation == nil && policy.rules.isDefault && policy.reviewThreshold == nil)
  }

  @Test func everyProblemIsReportedWithItsLineAndColumn() {
    let text = """
      version: 2
      organisation:
        nmes: [X]
      rules:
        disabled: [pii.fone]
        severity: {work.comment: huge}
      thresholds: {review: 0.9, block: 0.5}
      colour: red
      """
    do {
      _ = try PolicyFile.parse(text, path: "p.yaml", rules: Self.rules, lexicons: Self.lexicons)
      Issue.record("a broken policy file was accepted")
    } catch {
      let lines = error.description.split(separator: "\n").map(String.init)
      #expect(lines.contains("p.yaml:1:10: version must be 1 (the only version this postcheck reads)"))
      #expect(lines.contains { $0.hasPrefix("p.yaml:3:3: unknown key 'nmes' in organisation") })
      #expect(lines.contains { $0.hasPrefix("p.yaml:5:14: 'pii.fone' is not a rule; did you mean one of") })
      #expect(lines.contains("p.yaml:6:28: rules.severity.work.comment must be one of info, low, medium, high"))
      #expect(lines.contains { $0.hasPrefix("p.yaml:7:13: thresholds.review (0.9) must not be above") })
      #expect(lines.contains { $0.hasPrefix("p.yaml:8:1: unknown key 'colour'") })
    }
  }

  @Test func yamlErrorsSayWhere() {
    do {
      _ = try PolicyFile.parse("rules: [a\n", path: "p.yaml", rules: Self.rules, lexicons: Self.lexicons)
      Issue.record("broken YAML was accepted")
    } catch {
      #expect(error.description.hasPrefix("p.yaml:2:1: not valid YAML"))
    }
  }

  @Test func theNearestFileAboveIsFound() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("postcheck-policy-\(UUID().uuidString)")
    let deep = root.appendingPathComponent("a/b/c")
    try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(PolicyFile.discover(from: deep.path) == nil || !PolicyFile.discover(from: deep.path)!.hasPrefix(root.path))
    try Data("version: 1\n".utf8).write(to: root.appendingPathComponent("postcheck.yaml"))
    #expect(PolicyFile.discover(from: deep.path) == root.appendingPathComponent("postcheck.yaml").standardizedFileURL.path)
    try Data("version: 1\n".utf8).write(to: root.appendingPathComponent("a/postcheck.yml"))
    #expect(PolicyFile.discover(from: deep.path) == root.appendingPathComponent("a/postcheck.yml").standardizedFileURL.path)
  }

  @Test func settingsChangeWhatIsReported() throws {
    let policy = try PolicyFile.parse(Self.example, path: "postcheck.yaml", rules: Self.rules, lexicons: Self.lexicons)
    let configuration = try PolicyFile.configuration(policy, lexicons: Self.lexicons)
    let screener = try Screener(configuration: configuration)
    let spelling = screener.screen("I definately agree")
    #expect(spelling.findings.isEmpty)
    let bank = screener.screen("my sort code is 20-00-00 and account 12345678")
    #expect(bank.findings.isEmpty && bank.verdict == .pass)
    let work = screener.screen("my boss is useless")
    #expect(work.findings.map(\.severity) == [.low])
    #expect(work.verdict == .pass)
    // The profile's organisation is what `{org}` patterns know by its domain.
    let org = screener.screen("ACME is a scam, see https://acme-learning.example/fees")
    #expect(org.findings.contains { $0.rule.id == "conduct.defamation" })
  }
}
