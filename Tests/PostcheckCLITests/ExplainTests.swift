import Foundation
import PostcheckTestSupport
import Testing

/// `postcheck explain RULE`: every rule explains itself with examples either way.
@Suite struct ExplainTests {
  @Test func everyRuleHasExamplesBothWays() throws {
    let rules = try run(["rules"]).stdout.split(separator: "\n").compactMap { $0.split(separator: "\t").first }
    #expect(rules.count >= 20)
    for rule in rules {
      let result = try run(["explain", String(rule)])
      #expect(result.status == 0, "explain \(rule)")
      #expect(result.stdout.hasPrefix("\(rule) — "), "explain \(rule)")
      #expect(result.stdout.contains("reported:\n  + "), "\(rule) has posts it reports")
      #expect(result.stdout.contains("not reported:\n  - "), "\(rule) has posts it leaves alone")
    }
  }

  @Test func anUnknownRuleIsAUsageErrorWithSuggestions() throws {
    let result = try run(["explain", "pii.bank"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("did you mean pii.bank.account_number, pii.bank.card"))
  }

  /// A policy file's own patterns are rules too: explained with their definition and examples.
  @Test func aPolicyFilesOwnRuleIsExplained() throws {
    let example = Repository.path("Examples/postcheck.yaml").path
    let result = try run(["explain", "pii.learner_number", "--policy", example])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("pii.learner_number — "))
    #expect(result.stdout.contains("defined in \(example), line "))
    #expect(result.stdout.contains("reported:\n  + Her learner number is AL1234567"))
    #expect(result.stdout.contains("not reported:\n  - Flight AL123 was late"))
    // Without the file the rule is unknown.
    #expect(try run(["explain", "pii.learner_number"], directory: FileManager.default.temporaryDirectory).status == 64)
  }
}
