/// Which rules report, and at what severity: the built-in defaults, or what
/// a policy file says. Applied to each post's findings before scoring.
public struct RuleSettings: Sendable, Equatable {
  /// Rule ids that never report.
  public var disabled: Set<String> = []
  /// Severities that replace a rule's (and its entries') own.
  public var severities: [String: Severity] = [:]

  public init(disabled: Set<String> = [], severities: [String: Severity] = [:]) {
    self.disabled = disabled
    self.severities = severities
  }

  public var isDefault: Bool { disabled.isEmpty && severities.isEmpty }

  func apply(to findings: inout [Finding]) {
    if !disabled.isEmpty { findings.removeAll { disabled.contains($0.rule.id) } }
    guard !severities.isEmpty else { return }
    for index in findings.indices {
      if let severity = severities[findings[index].rule.id] { findings[index].severity = severity }
    }
  }
}
