import PostcheckCore
import Testing

@Suite struct ScoringTests {
  let policy = ScoringPolicy()
  func finding(_ severity: Severity, _ confidence: Double) -> Finding {
    Finding(
      rule: Rule(id: "t", category: .pii, policy: "5", severity: severity, summary: "", message: ""),
      start: 0, end: 1, confidence: confidence, explanation: Explanation())
  }

  @Test func noFindingsPass() {
    #expect(policy.score([]) == 0)
    #expect(policy.verdict(for: 0) == .pass)
  }

  @Test func independentEvidenceCombines() {
    let one = policy.score([finding(.medium, 0.9)])
    let two = policy.score([finding(.medium, 0.9), finding(.medium, 0.9)])
    #expect(two > one)
    #expect(abs(one - 0.63) < 1e-9)
    #expect(abs(two - (1 - 0.37 * 0.37)) < 1e-9)
    #expect(policy.verdict(for: one) == .review)
    #expect(policy.verdict(for: two) == .block)
  }

  @Test func highSeverityBlocksAndAdvisoryNeverCounts() {
    #expect(policy.verdict(for: policy.score([finding(.high, 0.95)])) == .block)
    let advisory = Array(repeating: finding(.info, 1), count: 50)
    #expect(policy.score(advisory) == 0)
    #expect(policy.verdict(for: policy.score([finding(.low, 0.5)])) == .pass)
  }
}

/// The registry's rule list is the rules its detectors report, so listing
/// rules need not build every detector.
@Suite struct DetectorRegistryTests {
  @Test func theRuleListIsWhatTheDetectorsReport() throws {
    let built = try DetectorRegistry.builtIn(lexicons: try LexiconSet.embedded()).flatMap(\.rules).map(\.id)
    var expected = DetectorRegistry.allRules.map(\.id)
    if !DetectorRegistry.unavailable().isEmpty { expected.removeAll { $0 == "quality.spelling" } }
    #expect(built.sorted() == expected)
    #expect(Set(expected).count == expected.count)
  }

  @Test func rulesOffAreNotBuilt() throws {
    let lexicons = try LexiconSet.embedded()
    let off = Set(DetectorRegistry.allRules.map(\.id).filter { !$0.hasPrefix("pii.") })
    let built = try DetectorRegistry.builtIn(lexicons: lexicons, disabled: off)
    #expect(built.allSatisfy { $0.rules.allSatisfy { $0.category == .pii } })
  }
}
