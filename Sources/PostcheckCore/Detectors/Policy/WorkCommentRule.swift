/// `work.comment`: a work matter named outright (`my boss`, `our assessors`,
/// `at work today`) is a comment on it; a work topic (the organisation,
/// `my job`, `the restructure`) is one when the same sentence evaluates it or
/// tells what happened (`useless`, `sacked`, `failed`). A sentence that only
/// says the writer has, starts or goes to a job (`off to work`, `new job at
/// QTSD`) is not a comment, and a neutral phrase over a subject makes it
/// none (`my colleagues from uni` are not colleagues at work).
enum WorkCommentRule {
  static func evaluate(_ matches: PolicyMatches, into findings: inout [Finding]) {
    let neutral = matches.with(.workNeutral)
    // A personal view of a work topic (`I think QTSD should…`) comments on it as much as an evaluative word.
    let comments = matches.matches.filter { $0.cue == .workComment || $0.cue == .personalView }
    for match in matches.matches {
      let entry = matches.entry(match)
      switch match.cue {
      case .workSubject:
        guard !neutral.contains(where: { matches.overlap($0, match) }) else { continue }
        findings.appendOrMerge(
          matches.finding(
            PolicyRules.workComment, matches.start(match), matches.end(match), confidence: entry.confidence,
            entry: entry.pattern, validator: "\(entry.lexicon): subject"))
      case .workTopic:
        guard !neutral.contains(where: { matches.sameSentence($0, match) }),
          let comment = nearest(comments.filter { matches.sameSentence($0, match) && !matches.covers(match, $0) }, to: match)
        else { continue }
        let start = min(matches.start(match), matches.start(comment))
        let end = max(matches.end(match), matches.end(comment))
        findings.appendOrMerge(
          matches.finding(
            PolicyRules.workComment, start, end, confidence: entry.confidence, entry: entry.pattern,
            context: matches.entry(comment).pattern, validator: "\(entry.lexicon): topic with comment"))
      default:
        continue
      }
    }
  }

  /// The match closest to `match` in tokens, the later on a tie: an evaluation
  /// mostly follows what it judges (`my boss is useless and our assessors are
  /// overworked`), so the earlier would join two comments into one.
  private static func nearest(_ candidates: [PolicyMatch], to match: PolicyMatch) -> PolicyMatch? {
    candidates.min { one, other in
      let (near, far) = (distance(one, match), distance(other, match))
      return near < far || (near == far && one.first > other.first)
    }
  }

  private static func distance(_ one: PolicyMatch, _ other: PolicyMatch) -> Int {
    one.last < other.first ? other.first - one.last : one.first > other.last ? one.first - other.last : 0
  }
}
