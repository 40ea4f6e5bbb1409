/// Why a finding was made: enough for a reviewer to agree or disagree.
public struct Explanation: Sendable, Equatable {
  /// The check that confirmed the match (`libphonenumber:GB mobile`, `luhn`, `syntax`).
  public var validator: String?
  /// The context words that changed the confidence (`email me at`).
  public var context: String?
  /// The lexicon entry matched, if any.
  public var entry: String?
  /// The normalisations that had to be undone to see the match.
  public var normalisations: Normalisations
  /// Confidence before context was applied.
  public var baseConfidence: Double?

  public init(
    validator: String? = nil, context: String? = nil, entry: String? = nil,
    normalisations: Normalisations = [], baseConfidence: Double? = nil
  ) {
    self.validator = validator
    self.context = context
    self.entry = entry
    self.normalisations = normalisations
    self.baseConfidence = baseConfidence
  }
}

/// One thing in a post that the policy forbids, pointing at the original bytes.
public struct Finding: Sendable, Equatable {
  public var rule: Rule
  /// Half-open UTF-8 byte range in the original post text.
  public var start: Int
  public var end: Int
  public var severity: Severity
  /// How sure the detector is, 0…1.
  public var confidence: Double
  public var explanation: Explanation

  public init(rule: Rule, start: Int, end: Int, confidence: Double, explanation: Explanation, severity: Severity? = nil) {
    self.rule = rule
    self.start = start
    self.end = end
    self.severity = severity ?? rule.severity
    self.confidence = min(max(confidence, 0), 1)
    self.explanation = explanation
  }
}
