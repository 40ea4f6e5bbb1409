/// `confidential.*`, `work.comment`, `conduct.student_contact`,
/// `conduct.disclaimer` and `conduct.defamation`: the policy lexicons are
/// matched in one pass (`PolicyPhrases`) and each rule reads the matches.
public struct PolicyDetector: Detector {
  public var readsTokenPrints: Bool { true }
  public var rules: [Rule] { PolicyRules.all }
  /// Matches that a dependent cue qualifies (see `PolicyPhrases.dependentCues`).
  private static let needsQualifiers: Set<PolicyCue> = [.workSubject, .workTopic, .contactInvite, .accusation]
  let phrases: PolicyPhrases

  /// `profile`: the organisation; the built-in one (`policy.organisation`) when nil.
  public init(lexicons: LexiconSet, profile: OrganisationProfile? = nil) throws(LexiconError) {
    phrases = try PolicyPhrases(lexicons: lexicons, profile: try OrganisationProfile.given(profile, or: lexicons))
  }

  public func detect(in post: PostAnalysis, into findings: inout [Finding]) {
    let scan = phrases.scan(post)
    guard !scan.matches.isEmpty || !scan.credentials.isEmpty else { return }
    var all = scan.matches
    // Comment words, student mentions, views and retractions only matter
    // next to what they qualify: looked for only then.
    if all.contains(where: { Self.needsQualifiers.contains($0.cue) }) {
      all += phrases.dependentMatches(post)
      all.sort { ($0.first, $0.last) < ($1.first, $1.last) }
    }
    let matches = PolicyMatches(post: post, matches: all, entries: phrases.entries)
    ConfidentialRule.evaluate(matches, credentials: scan.credentials, into: &findings)
    guard !scan.matches.isEmpty else { return }
    WorkCommentRule.evaluate(matches, into: &findings)
    StudentContactRule.evaluate(matches, into: &findings)
    DisclaimerRule.evaluate(matches, into: &findings)
    DefamationRule.evaluate(matches, into: &findings)
  }
}

/// One post's policy matches, with what the rules ask of them.
struct PolicyMatches {
  let post: PostAnalysis
  let matches: [PolicyMatch]
  let entries: [PolicyEntry]

  var tokens: UnsafeBufferPointer<Token> { post.tokens.tokens }

  func with(_ cue: PolicyCue) -> [PolicyMatch] { matches.filter { $0.cue == cue } }

  func contains(_ cue: PolicyCue) -> Bool { matches.contains { $0.cue == cue } }

  func start(_ match: PolicyMatch) -> Int { tokens[match.first].start }
  func end(_ match: PolicyMatch) -> Int { tokens[match.last].end }

  func entry(_ match: PolicyMatch) -> PolicyEntry { entries[match.entry] }

  /// Whether two matches are in one sentence.
  func sameSentence(_ one: PolicyMatch, _ other: PolicyMatch) -> Bool {
    let (earlier, later) = start(one) <= start(other) ? (one, other) : (other, one)
    return end(earlier) >= start(later) || !post.crossesSentence(from: end(earlier), to: start(later))
  }

  /// Whether the two matches share any text.
  func overlap(_ one: PolicyMatch, _ other: PolicyMatch) -> Bool {
    start(one) < end(other) && start(other) < end(one)
  }

  /// Whether `inner` lies within `outer`.
  func covers(_ outer: PolicyMatch, _ inner: PolicyMatch) -> Bool {
    start(outer) <= start(inner) && end(inner) <= end(outer)
  }

  /// A finding for `rule` over bytes `start..<end`, naming the entry matched.
  func finding(
    _ rule: Rule, _ start: Int, _ end: Int, confidence: Double, entry: String?, context: String? = nil,
    validator: String? = nil
  ) -> Finding {
    Finding(
      rule: rule, start: start, end: end, confidence: confidence,
      explanation: Explanation(validator: validator, context: context, entry: entry))
  }
}

extension Array where Element == Finding {
  /// Appends `finding`, or merges it with a finding of the same rule that it
  /// overlaps: one report per stretch of text, spanning both, explained by
  /// the more confident (the earlier on a tie).
  mutating func appendOrMerge(_ finding: Finding) {
    guard let index = firstIndex(where: { $0.rule.id == finding.rule.id && $0.start < finding.end && finding.start < $0.end })
    else {
      append(finding)
      return
    }
    var merged = finding.confidence > self[index].confidence ? finding : self[index]
    merged.start = Swift.min(finding.start, self[index].start)
    merged.end = Swift.max(finding.end, self[index].end)
    self[index] = merged
  }
}
