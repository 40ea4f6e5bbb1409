/// `offensive.*`: profanity, sexual terms, slurs, insults, harassment and
/// threats (policy 7.2), from lexicons matched on normalised tokens.
///
/// Whole words and phrases only: a match is a run of tokens, never part of
/// one, so `Scunthorpe`, `assessment` and `cocktail` are safe by
/// construction. Disguises are undone by the tokenizer (case, accents,
/// full-width, homoglyphs, invisible characters, leetspeak, stretched and
/// separated letters) and here (masking: `f**k`). Innocent phrases that
/// contain an offensive word (`Cock Lane`, `blue tit`, `Dick Van Dyke`,
/// `faggots and peas`) are allowed by the allowlist and per-entry exceptions;
/// identity words (`gay`, `Muslim`, `disabled`) are never terms.
public struct OffensiveDetector: Detector {
  public var rules: [Rule] { OffensiveCategory.allCases.map(\.rule) }
  let lexicon: OffensiveLexicon

  static let confidence = 0.9
  /// Masked words could stand for another word with the same visible letters.
  static let maskedConfidence = 0.75

  /// `allowed`: extra innocent phrases from the user, on top of the allowlist lexicon.
  public init(lexicons: LexiconSet, allowed: [String] = []) throws(LexiconError) {
    lexicon = try OffensiveLexicon(lexicons: lexicons, extraAllowed: allowed)
  }

  public func detect(in post: PostAnalysis, into findings: inout [Finding]) {
    let buffer = post.tokens
    let tokens = buffer.tokens
    var matches: [PhraseIndex.Match] = []
    for index in tokens.indices {
      lexicon.terms.forEachMatch(startingAt: index, in: tokens, buffer: buffer) { matches.append($0) }
    }
    var joinedMatches: [PhraseIndex.Match] = []
    buffer.joined.withUnsafeBufferPointer { joined in
      for index in joined.indices {
        lexicon.terms.forEachMatch(startingAt: index, in: joined, buffer: buffer) { joinedMatches.append($0) }
      }
    }
    guard !matches.isEmpty || !joinedMatches.isEmpty else { return }
    let allowed = coveredSpans(lexicon.allowlist, in: tokens, buffer: buffer)
    let excepted = exceptionSpans(in: tokens, buffer: buffer)
    var reported: [(Int, Int)] = []
    func report(_ match: PhraseIndex.Match, start: Int, end: Int) {
      guard !allowed.contains(where: { $0.start <= start && end <= $0.end }),
        !excepted.contains(where: { $0.owner == match.phrase && $0.start <= start && end <= $0.end }),
        !reported.contains(where: { $0.0 <= start && end <= $0.1 })
      else { return }
      let entry = lexicon.entries[match.phrase]
      var validator = "\(entry.lexicon): \(entry.category.rawValue)"
      if let characteristic = entry.characteristic { validator += " (\(characteristic))" }
      let confidence = match.normalisations.contains(.masked) ? Self.maskedConfidence : Self.confidence
      reported.append((start, end))
      findings.append(
        Finding(
          rule: entry.category.rule, start: start, end: end, confidence: confidence,
          explanation: Explanation(
            validator: validator, entry: entry.term, normalisations: match.normalisations.subtracting(.caseFolded)),
          severity: entry.severity))
    }
    // Longer phrases first, so `you're a disgrace` is reported rather than a word inside it.
    for match in matches.sorted(by: { ($0.last - $0.first) > ($1.last - $1.first) }) {
      report(match, start: tokens[match.first].start, end: tokens[match.last].end)
    }
    buffer.joined.withUnsafeBufferPointer { joined in
      for match in joinedMatches { report(match, start: joined[match.first].start, end: joined[match.last].end) }
    }
  }

  private func coveredSpans(
    _ index: PhraseIndex, in tokens: UnsafeBufferPointer<Token>, buffer: TokenBuffer
  ) -> [(start: Int, end: Int)] {
    guard !index.isEmpty else { return [] }
    var spans: [(start: Int, end: Int)] = []
    for position in tokens.indices {
      index.forEachMatch(startingAt: position, in: tokens, buffer: buffer) { match in
        spans.append((tokens[match.first].start, tokens[match.last].end))
      }
    }
    return spans
  }

  private func exceptionSpans(
    in tokens: UnsafeBufferPointer<Token>, buffer: TokenBuffer
  ) -> [(owner: Int, start: Int, end: Int)] {
    guard !lexicon.exceptions.isEmpty else { return [] }
    var spans: [(owner: Int, start: Int, end: Int)] = []
    for position in tokens.indices {
      lexicon.exceptions.forEachMatch(startingAt: position, in: tokens, buffer: buffer) { match in
        spans.append((lexicon.exceptionOwners[match.phrase], tokens[match.first].start, tokens[match.last].end))
      }
    }
    return spans
  }
}
