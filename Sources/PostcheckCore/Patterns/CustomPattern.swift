/// A pattern of the organisation's own, from its policy file: compiled into
/// a Vectorscan database beside the PII candidates' and scanned in the same
/// step of each post's screening (`PatternScanner`), over the post's
/// original text, with exact spans.
public struct CustomPattern: Sendable {
  /// What a match does.
  public enum Use: Sendable, Equatable {
    /// Each match is a finding of the rule.
    case report(Rule, confidence: Double)
    /// No finding that lies inside a match is reported (the organisation's
    /// switchboard number, its public address, a ticket-number format).
    case allow
  }

  /// The rule id, or a name for an allow pattern, for messages.
  public var name: String
  /// Hyperscan syntax (PCRE without look-around or back-references).
  public var expression: String
  public var ignoresCase: Bool
  public var use: Use

  public init(name: String, expression: String, ignoresCase: Bool = false, use: Use) {
    self.name = name
    self.expression = expression
    self.ignoresCase = ignoresCase
    self.use = use
  }

  /// Whether `expression` compiles; the compiler's message when it does not.
  public static func problem(in expression: String, ignoresCase: Bool = false) -> String? {
    PatternDatabase.compileProblem(expression, flags: flags(ignoresCase: ignoresCase))
  }

  /// UTF-8 aware (`.` and classes see characters, not bytes), with exact
  /// starts, so custom patterns need not have a bounded length. Not
  /// Vectorscan's Unicode properties mode: it refuses `\b`, which patterns
  /// for words need; `\w` and `\b` are ASCII.
  static func flags(ignoresCase: Bool) -> UInt32 {
    PatternDatabase.exactSpanFlags | (ignoresCase ? PatternDatabase.caselessFlag : 0)
  }
}

/// Where a custom pattern matched: exact byte offsets in the post.
public struct CustomMatch: Sendable, Equatable {
  /// Index into the database's `customPatterns`.
  public var pattern: Int
  public var start: Int
  public var end: Int
}
