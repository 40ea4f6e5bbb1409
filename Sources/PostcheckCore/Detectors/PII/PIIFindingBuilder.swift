/// Turns a validated candidate into a finding: applies the strongest context
/// cue around it and drops it when context makes it unlikely to be personal
/// (`order no. 01632 960123`, `venue: …`).
struct PIIFindingBuilder {
  /// Below this, a candidate is not reported: context said it is something else.
  static let reportingFloor = 0.3

  let rule: Rule
  let cues: ContextCues

  func finding(
    in post: PostAnalysis, start: Int, end: Int, confidence base: Double, validator: String
  ) -> Finding? {
    guard !post.isInsideSpecialToken(start, end) else { return nil }
    let found: ContextCues.Cue?
    if let tokens = post.tokenIndices(overlapping: start, end) {
      found = cues.strongest(in: post, around: tokens.lowerBound, through: tokens.upperBound)
    } else {
      found = nil
    }
    let confidence = base + (found?.weight ?? 0)
    guard confidence >= Self.reportingFloor else { return nil }
    return Finding(
      rule: rule, start: start, end: end, confidence: confidence,
      explanation: Explanation(validator: validator, context: found?.phrase, baseConfidence: base))
  }
}
