/// `conduct.disclaimer`: a personal view (`I think`, `in my opinion`) in a
/// post about work matters, with no "views are my own" anywhere in it.
/// Reported once, at the first view, for review: the fix is to add one.
enum DisclaimerRule {
  static func evaluate(_ matches: PolicyMatches, into findings: inout [Finding]) {
    guard !matches.contains(.disclaimer),
      let work = matches.matches.first(where: { $0.cue == .workSubject || $0.cue == .workTopic }),
      let view = matches.with(.personalView).first
    else { return }
    let entry = matches.entry(view)
    findings.appendOrMerge(
      matches.finding(
        PolicyRules.disclaimer, matches.start(view), matches.end(view), confidence: entry.confidence,
        entry: entry.pattern, context: matches.entry(work).pattern, validator: "\(entry.lexicon): view without disclaimer"))
  }
}
