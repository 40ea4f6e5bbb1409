/// Reports the matches of the policy file's own patterns, each as a finding
/// of the rule the file gives it. The matching itself happens in the PII
/// pattern pass (`PatternDatabase`), so this detector only reads its results.
public struct CustomPatternDetector: Detector {
  public let rules: [Rule]
  /// Per pattern of the database: its rule and confidence, nil for an allow pattern.
  private let reports: [(rule: Rule, confidence: Double, expression: String)?]

  public var readsPatternRegions: Bool { true }

  /// Nil when none of `patterns` reports anything.
  public init?(patterns: [CustomPattern]) {
    reports = patterns.map { pattern in
      guard case .report(let rule, let confidence) = pattern.use else { return nil }
      return (rule, confidence, pattern.expression)
    }
    var seen = Set<String>()
    rules = reports.compactMap { $0?.rule }.filter { seen.insert($0.id).inserted }
    if rules.isEmpty { return nil }
  }

  public func detect(in post: PostAnalysis, into findings: inout [Finding]) {
    for match in post.customMatches {
      guard match.pattern < reports.count, let report = reports[match.pattern] else { continue }
      findings.append(
        Finding(
          rule: report.rule, start: match.start, end: match.end, confidence: report.confidence,
          explanation: Explanation(validator: "policy file pattern", entry: report.expression)))
    }
  }
}
