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
  public var readsTokenPrints: Bool { true }
  public var rules: [Rule] { OffensiveCategory.allCases.map(\.rule) }
  let lexicon: OffensiveLexicon

  static let confidence = 0.9
  /// Masked words could stand for another word with the same visible letters.
  static let maskedConfidence = 0.75

  /// `allowed`: extra innocent phrases from the user, on top of the
  /// allowlist lexicon; `store`: where the built lexicon is kept between
  /// runs (none: built every time).
  public init(
    lexicons: LexiconSet, allowed: [String] = [], store: (any PatternDatabaseStore)? = nil
  ) throws(LexiconError) {
    lexicon = try OffensiveLexicon(lexicons: lexicons, extraAllowed: allowed, store: store)
  }

  public func detect(in post: PostAnalysis, into findings: inout [Finding]) {
    let buffer = post.tokens
    let scratch = post.offensiveScratch
    // Taken out while in use, so appending to it never copies it.
    var matches: [PhraseIndex.Match] = []
    swap(&matches, &scratch.matches)
    defer { swap(&matches, &scratch.matches) }
    if buffer.joined.isEmpty {
      // The post's shared fingerprints stand for the tokens one for one.
      detect(in: buffer.tokens, buffer: buffer, prints: post.prints, matches: &matches, into: &findings)
    } else {
      // Letters joined back into a word (`k i l l`) stand in for the single
      // letters, so phrases read across them (`k i l l yourself`). Rare
      // enough that the merged tokens' prints are computed afresh.
      guard !buffer.joinedAfterLeadingWord.isEmpty else {
        return detect(merging: buffer.joined, buffer: buffer, scratch: scratch, matches: &matches, into: &findings)
      }
      // Read twice: with `a`/`I` spelt into the letters after it, and kept
      // apart from them (`you're a d i s g r a c e`); a finding inside
      // another reading's longer one is not reported, as within one reading.
      let alternative = buffer.joined.map { run in buffer.joinedAfterLeadingWord.first { $0.end == run.end } ?? run }
      var both: [Finding] = []
      detect(merging: buffer.joined, buffer: buffer, scratch: scratch, matches: &matches, into: &both)
      detect(merging: alternative, buffer: buffer, scratch: scratch, matches: &matches, into: &both)
      both.sort { ($0.end - $0.start) > ($1.end - $1.start) }
      var kept: [Finding] = []
      for finding in both where !kept.contains(where: { $0.start <= finding.start && finding.end <= $0.end }) {
        kept.append(finding)
      }
      findings += kept.sorted { $0.start < $1.start }
    }
  }

  private func detect(
    merging joined: [Token], buffer: TokenBuffer, scratch: OffensiveScratch, matches: inout [PhraseIndex.Match],
    into findings: inout [Finding]
  ) {
    var merged: [Token] = []
    swap(&merged, &scratch.merged)
    defer { swap(&merged, &scratch.merged) }
    Self.merge(joined, into: buffer.tokens, giving: &merged)
    let prints = scratch.mergedPrints
    merged.withUnsafeBufferPointer { tokens in
      prints.compute(tokens, buffer.arena)
      detect(in: tokens, buffer: buffer, prints: prints, matches: &matches, into: &findings)
    }
  }

  /// `tokens` with each run of separated letters replaced by its joined token, in `merged` (emptied first).
  private static func merge(_ joined: [Token], into tokens: UnsafeBufferPointer<Token>, giving merged: inout [Token]) {
    merged.removeAll(keepingCapacity: true)
    merged.reserveCapacity(tokens.count)
    var next = 0
    var index = 0
    while index < tokens.count {
      if next < joined.count && joined[next].start == tokens[index].start {
        merged.append(joined[next])
        while index < tokens.count && tokens[index].start < joined[next].end { index += 1 }
        next += 1
      } else {
        merged.append(tokens[index])
        index += 1
      }
    }
  }

  /// `matches`: storage to use, left empty.
  private func detect(
    in tokens: UnsafeBufferPointer<Token>, buffer: TokenBuffer, prints: TokenPrints,
    matches: inout [PhraseIndex.Match], into findings: inout [Finding]
  ) {
    let arena = buffer.arena
    lexicon.terms.appendAnchoredMatches(in: tokens, arena: arena, prints: prints, to: &matches)
    guard !matches.isEmpty else { return }
    defer { matches.removeAll(keepingCapacity: true) }
    // Read from their anchors, later phrases may have come first.
    matches.sort { $0.first < $1.first }
    // Only phrases that could cover a match, or its last word, are looked
    // for: those starting at most a phrase's length before it, up to its
    // last word. Matches come in token order, so each start is tried once.
    var allowed: [(phrase: Int, start: Int, end: Int)] = []
    var excepted: [(phrase: Int, start: Int, end: Int)] = []
    var nextStart = 0
    for match in matches where (match.first...match.last).contains(where: { mayBeAllowed(tokens[$0], arena) }) {
      let from = max(nextStart, match.first - lexicon.longestAllowed + 1)
      guard from <= match.last else { continue }
      for start in from...match.last {
        collectSpans(of: lexicon.allowlist, at: start, in: tokens, arena: arena, into: &allowed)
        collectSpans(of: lexicon.exceptions, at: start, in: tokens, arena: arena, into: &excepted)
      }
      nextStart = match.last + 1
    }
    // What this call reported: a match inside one of them is not reported again.
    let firstReported = findings.count
    // Longer phrases first, so `you're a disgrace` is reported rather than a word inside it.
    matches.sort { ($0.last - $0.first) > ($1.last - $1.first) }
    for match in matches {
      let entryIndex = lexicon.phraseEntries[match.phrase]
      let start = tokens[match.first].start
      let end = tokens[match.last].end
      // A phrase whose last word begins an innocent one is innocent too:
      // `found the idiot` in `found the idiot-proof guide`.
      let lastStart = tokens[match.last].start
      guard !allowed.contains(where: { $0.start <= lastStart && end <= $0.end }),
        !excepted.contains(where: {
          lexicon.exceptionOwners[$0.phrase] == entryIndex && $0.start <= start && end <= $0.end
        }),
        !findings[firstReported...].contains(where: { $0.start <= start && end <= $0.end })
      else { continue }
      let entry = lexicon.entries[Int(entryIndex)]
      let confidence = match.normalisations.contains(.masked) ? Self.maskedConfidence : Self.confidence
      findings.append(
        Finding(
          rule: entry.category.rule, start: start, end: end, confidence: confidence,
          explanation: Explanation(
            validator: entry.validator, entry: entry.term, normalisations: match.normalisations.subtracting(.caseFolded)),
          severity: entry.severity))
    }
  }

  /// Whether a token could be part of an allowlist or exception phrase; a
  /// match with no such token cannot be covered by one.
  @inline(__always)
  private func mayBeAllowed(_ token: Token, _ arena: ByteArena) -> Bool {
    lexicon.allowlist.mayContain(token, arena) || lexicon.exceptions.mayContain(token, arena)
  }

  /// Where phrases of `index` starting at token `start` match, with the phrase matched.
  private func collectSpans(
    of index: PhraseIndex, at start: Int, in tokens: UnsafeBufferPointer<Token>, arena: ByteArena,
    into spans: inout [(phrase: Int, start: Int, end: Int)]
  ) {
    guard !index.isEmpty else { return }
    index.forEachMatch(startingAt: start, in: tokens, arena: arena) { match in
      spans.append((match.phrase, tokens[match.first].start, tokens[match.last].end))
    }
  }
}
