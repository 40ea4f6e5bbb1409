/// What should happen to a post.
public enum Verdict: String, Sendable, Comparable, CaseIterable {
  case pass, review, block

  /// 0, 1, 2 from pass to block: the order of verdicts, and each one's place in `allCases`.
  public var rank: Int {
    switch self {
    case .pass: 0
    case .review: 1
    case .block: 2
    }
  }

  public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.rank < rhs.rank }
}

/// Turns findings into a post score and verdict.
///
/// Each finding is independent evidence that the post breaks the policy,
/// with probability `weight(severity) × confidence`; the post score is the
/// probability that at least one does: `1 − Π(1 − wᵢ·cᵢ)`. So two medium
/// findings outrank one, and no pile of weak findings reaches certainty.
/// Advisory (`info`) findings weigh nothing: they are reported but never
/// change the verdict.
public struct ScoringPolicy: Sendable, Equatable {
  public var reviewThreshold: Double
  public var blockThreshold: Double
  public var lowWeight: Double
  public var mediumWeight: Double
  public var highWeight: Double

  public init(
    reviewThreshold: Double = 0.35, blockThreshold: Double = 0.8,
    lowWeight: Double = 0.35, mediumWeight: Double = 0.7, highWeight: Double = 1.0
  ) {
    self.reviewThreshold = reviewThreshold
    self.blockThreshold = blockThreshold
    self.lowWeight = lowWeight
    self.mediumWeight = mediumWeight
    self.highWeight = highWeight
  }

  @inline(__always)
  public func weight(_ severity: Severity) -> Double {
    switch severity {
    case .info: 0
    case .low: lowWeight
    case .medium: mediumWeight
    case .high: highWeight
    }
  }

  /// The post score, 0…1.
  public func score(_ findings: [Finding]) -> Double {
    var clear = 1.0
    for finding in findings {
      clear *= 1 - weight(finding.severity) * finding.confidence
    }
    return 1 - clear
  }

  public func verdict(for score: Double) -> Verdict {
    if score >= blockThreshold { return .block }
    if score >= reviewThreshold { return .review }
    return .pass
  }
}
