/// How serious a finding is, before confidence is taken into account.
public enum Severity: String, Sendable, Comparable, CaseIterable {
  case info, low, medium, high

  private var rank: Int {
    switch self {
    case .info: 0
    case .low: 1
    case .medium: 2
    case .high: 3
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The families of rules, as in SPEC §2.
public enum Category: String, Sendable, CaseIterable {
  case pii, confidential, offensive, work, conduct, quality
}

/// What a rule is: its stable id, family, the policy section it enforces,
/// its default severity and the message its findings carry.
public struct Rule: Sendable, Hashable {
  /// Stable id, e.g. `pii.email`; never renamed once released.
  public let id: String
  public let category: Category
  /// Section of the social media policy, e.g. "5" or "7.2".
  public let policy: String
  public let severity: Severity
  /// One line for `postcheck rules` and the README.
  public let summary: String
  /// The message every finding of the rule carries.
  public let message: String

  public init(id: String, category: Category, policy: String, severity: Severity, summary: String, message: String) {
    self.id = id
    self.category = category
    self.policy = policy
    self.severity = severity
    self.summary = summary
    self.message = message
  }
}
