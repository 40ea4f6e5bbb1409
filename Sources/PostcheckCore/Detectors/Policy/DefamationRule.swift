/// `conduct.defamation`: a damaging factual claim about the organisation or a
/// person (`QTSD is a scam`, `our director is a thief`, `they fiddle the
/// results`). Not when the claim is denied inside the match (`is not a
/// scam`) or asked as a question (`is QTSD a scam?`). For review: whether a
/// claim is true is for a person to judge.
enum DefamationRule {
  static func evaluate(_ matches: PolicyMatches, into findings: inout [Finding]) {
    let retractions = matches.with(.retraction)
    let text = matches.post.text
    for match in matches.with(.accusation) {
      guard !retractions.contains(where: { matches.covers(match, $0) }),
        !endsInQuestion(after: matches.end(match), in: text)
      else { continue }
      let entry = matches.entry(match)
      let start = nameStart(match, matches)
      findings.appendOrMerge(
        matches.finding(
          PolicyRules.defamation, start, matches.end(match), confidence: entry.confidence, entry: entry.pattern,
          validator: "\(entry.lexicon): accusation"))
    }
  }

  /// Whether the sentence holding a claim ends with a question mark.
  private static func endsInQuestion(after end: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = end
    while index < text.count {
      switch text[index] {
      case UInt8(ascii: "?"): return true
      case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "\n"): return false
      default: index += 1
      }
    }
    return false
  }

  /// A claim about `{Name}` starts at the first of the capitalised words
  /// before it (`John Smith is a fraud`, not `Smith is a fraud`).
  private static func nameStart(_ match: PolicyMatch, _ matches: PolicyMatches) -> Int {
    let tokens = matches.tokens
    let text = matches.post.text
    var first = match.first
    while first > 0, tokens[first - 1].kind == .word, text[tokens[first - 1].start] &- UInt8(ascii: "A") < 26,
      text[tokens[first].start] &- UInt8(ascii: "A") < 26,
      !matches.post.crossesSentence(from: tokens[first - 1].end, to: tokens[first].start),
      tokens[first].start - tokens[first - 1].end <= 1
    {
      first -= 1
    }
    return tokens[first].start
  }
}
