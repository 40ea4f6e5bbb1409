/// `quality.spelling` (policy 6: "check your spelling"): words Hunspell's
/// en-GB dictionary does not know, as advice that never changes a verdict.
///
/// Social text is full of things a dictionary should not judge, so only
/// ordinary words are checked: not handles, hashtags, links, addresses or
/// numbers; not words with digits, symbols or letters outside ASCII; not
/// disguised or stretched words (`fuuuun`, which other rules read); not
/// capitalised words inside a sentence (names) or words in capitals
/// (acronyms); not the organisation's own terms or common social-media
/// abbreviations (`Lexicons/quality/spelling-allowed.lex`). Answers are
/// cached per screener; suggestions are made only for the terminal report.
public struct SpellingDetector: Detector {
  public var readsTokenPrints: Bool { true }
  public static let rule = Rule(
    id: "quality.spelling", category: .quality, policy: "6", severity: .info,
    summary: "Words the en-GB dictionary does not know (advisory: never changes the verdict)",
    message: "Possible misspelling (policy 6: check your spelling)")

  public var rules: [Rule] { [Self.rule] }
  let checker: SpellChecker
  /// Folded words never reported (a struct over raw storage: no allocation per lookup),
  /// behind a filter of their fingerprints: most words are not in it.
  private let allowed: ByteKeyTable
  private let allowedFilter: WordPrefilter

  static let confidence = 0.6
  private static let capitalisedSalt: UInt64 = 0x9E37_79B9_7F4A_7C15

  /// Nil when no en-GB dictionary is installed (the CLI says so once).
  public init?(lexicons: LexiconSet, profile: OrganisationProfile? = nil, checker: SpellChecker? = nil) throws(LexiconError) {
    guard let checker = checker ?? SpellChecker() else { return nil }
    self.checker = checker
    let organisation = try OrganisationProfile.given(profile, or: lexicons)
    let words = try LexiconWords(lexicons: lexicons)
    var allowed: Set<[UInt8]> = []
    for row in try lexicons.lexicon(named: "quality.spelling-allowed").entries {
      if let word = row.fields.first { allowed.formUnion(words.words(of: word)) }
    }
    for term in organisation.ownNames + organisation.roles + organisation.people {
      allowed.formUnion(words.words(of: term))
    }
    self.allowed = ByteKeyTable(allowed.sorted { $0.lexicographicallyPrecedes($1) }.map { ($0, 0) })
    allowedFilter = WordPrefilter(keys: allowed.map { WordPrefilter.fingerprint($0) })
  }

  public func detect(in post: PostAnalysis, into findings: inout [Finding]) {
    let tokens = post.tokens.tokens
    let text = post.text
    let cache = post.state(SpellingCache.self) { SpellingCache() }
    let prints = post.prints
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { scratch in
      for index in tokens.indices {
        let token = tokens[index]
        guard token.kind == .word, token.normalisations.isDisjoint(with: Self.skipped), token.end - token.start >= 3,
          token.end - token.start <= scratch.count
        else { continue }
        let print = prints[index]
        // Most words were met before and are fine in any case: one probe.
        if cache.isKnownFine(print) { continue }
        // Only a capitalised word needs to know (a capital inside a sentence is a name).
        let sentenceStart =
          text[token.start] &- UInt8(ascii: "A") < 26
          && (index == 0 || post.crossesSentence(from: tokens[index - 1].end, to: token.start))
        guard let length = Self.checkableWord(text, token.start, token.end, sentenceStart: sentenceStart, into: scratch)
        else { continue }
        let word = UnsafeBufferPointer(rebasing: scratch[0..<length])
        if allowedFilter.contains(print) && allowed.value(for: post.tokens.arena.bytes(token.folded)) != nil {
          cache.rememberFine(print)
          continue
        }
        // The folded form's fingerprint, told apart for a capitalised word (checked as written).
        let capitalised = scratch[0] &- UInt8(ascii: "A") < 26
        let key = capitalised ? print ^ Self.capitalisedSalt : print
        if cache.isCorrect(word, print: key, checker: checker) {
          // Only a lower-case word speaks for its capitalised forms; and only
          // when the word checked is the folded form (not a curly apostrophe made straight).
          if !capitalised && length == token.end - token.start { cache.rememberFine(print) }
          continue
        }
        // Social text writes names in lower case (`london`, `muslim`, `monday`):
        // a slip of capitals, not of spelling. Only misses pay for the second look.
        if !capitalised {
          scratch[0] &-= 0x20
          let asName = cache.isCorrect(word, print: print ^ Self.capitalisedSalt, checker: checker)
          scratch[0] &+= 0x20
          if asName {
            if length == token.end - token.start { cache.rememberFine(print) }
            continue
          }
        }
        findings.append(
          Finding(
            rule: Self.rule, start: token.start, end: token.end, confidence: Self.confidence,
            explanation: Explanation(validator: "hunspell en_GB")))
      }
    }
  }

  /// Normalisations that mark a word as disguised, stretched or foreign: not checked.
  private static let skipped: Normalisations = [
    .leetspeak, .stretched, .separatorsJoined, .masked, .homoglyphs, .accentsFolded, .compatibility,
  ]

  /// The word as Hunspell should see it, written to `output`: ASCII letters
  /// and apostrophes (a curly one made straight); nil for a word not to check
  /// (digits or symbols, capitals inside a sentence, all capitals, mixed case).
  static func checkableWord(
    _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, sentenceStart: Bool,
    into output: UnsafeMutableBufferPointer<UInt8>
  ) -> Int? {
    var length = 0
    var capitals = 0
    var index = start
    while index < end {
      let byte = text[index]
      if byte == 0xE2 && index + 2 < end && text[index + 1] == 0x80 && text[index + 2] == 0x99 {
        output[length] = UInt8(ascii: "'")
        index += 3
      } else if byte &- UInt8(ascii: "a") < 26 || byte == UInt8(ascii: "'") {
        output[length] = byte
        index += 1
      } else if byte &- UInt8(ascii: "A") < 26 {
        // Capitals only as a word's first letter, and there only at a sentence start.
        guard length == 0, sentenceStart else { return nil }
        capitals += 1
        output[length] = byte
        index += 1
      } else {
        return nil
      }
      length += 1
    }
    guard length >= 3, output[0] != UInt8(ascii: "'"), output[length - 1] != UInt8(ascii: "'") || length > 3 else {
      return nil
    }
    return length
  }
}
