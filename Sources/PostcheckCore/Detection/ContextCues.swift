/// Phrases near a candidate that raise or lower confidence ("email me at",
/// "ring me on", "venue:"), matched on folded tokens within the candidate's
/// sentence. Built from a lexicon with rows `phrase<TAB>weight<TAB>side`.
public struct ContextCues: Sendable {
  public struct Cue: Sendable {
    public let phrase: String
    let words: [[UInt8]]
    /// Added to the confidence when the cue is present (negative lowers it).
    public let weight: Double
    let before: Bool
    let after: Bool
  }

  public let cues: [Cue]
  /// How many tokens either side of the candidate are looked at.
  public let window: Int

  public init(lexicon: Lexicon, window: Int = 8) throws(LexiconError) {
    var cues: [Cue] = []
    for entry in lexicon.entries {
      guard entry.fields.count == 3, let weight = Double(entry.fields[1]),
        ["before", "after", "either"].contains(entry.fields[2])
      else {
        throw LexiconError(
          file: lexicon.path, line: entry.line, message: "expected phrase, weight (a number) and before|after|either")
      }
      let words = entry.fields[0].lowercased().split(separator: " ").map { Array($0.utf8) }
      guard !words.isEmpty else {
        throw LexiconError(file: lexicon.path, line: entry.line, message: "empty phrase")
      }
      let side = entry.fields[2]
      cues.append(
        Cue(phrase: entry.fields[0], words: words, weight: weight, before: side != "after", after: side != "before"))
    }
    // On equal weight the longer phrase wins: it says more (`my postcode is` over `my postcode`).
    self.cues = cues.enumerated().sorted { left, right in
      left.element.words.count != right.element.words.count
        ? left.element.words.count > right.element.words.count : left.offset < right.offset
    }.map(\.element)
    self.window = window
  }

  /// The strongest cue (by absolute weight) around tokens `first...last`, in
  /// the same sentence.
  public func strongest(in post: PostAnalysis, around first: Int, through last: Int) -> Cue? {
    let tokens = post.tokens.tokens
    var best: Cue?
    for cue in cues {
      if let current = best, abs(current.weight) >= abs(cue.weight) { continue }
      if cue.before && occursBefore(cue, post: post, tokens: tokens, index: first) { best = cue }
      else if cue.after && occursAfter(cue, post: post, tokens: tokens, index: last) { best = cue }
    }
    return best
  }

  private func occursBefore(_ cue: Cue, post: PostAnalysis, tokens: UnsafeBufferPointer<Token>, index: Int) -> Bool {
    let lowest = max(0, index - window)
    var end = index - cue.words.count
    while end >= lowest {
      if post.crossesSentence(from: tokens[end + cue.words.count - 1].end, to: tokens[index].start) { return false }
      if matches(cue, post: post, tokens: tokens, at: end) { return true }
      end -= 1
    }
    return false
  }

  private func occursAfter(_ cue: Cue, post: PostAnalysis, tokens: UnsafeBufferPointer<Token>, index: Int) -> Bool {
    let highest = min(tokens.count - cue.words.count, index + window)
    guard index + 1 <= highest else { return false }
    for start in (index + 1)...highest {
      if post.crossesSentence(from: tokens[index].end, to: tokens[start].start) { return false }
      if matches(cue, post: post, tokens: tokens, at: start) { return true }
    }
    return false
  }

  private func matches(_ cue: Cue, post: PostAnalysis, tokens: UnsafeBufferPointer<Token>, at start: Int) -> Bool {
    for (offset, word) in cue.words.enumerated() {
      let token = tokens[start + offset]
      let matched = word.withUnsafeBufferPointer { post.tokens.form(token.base, equals: $0) }
      if !matched { return false }
    }
    return true
  }
}
