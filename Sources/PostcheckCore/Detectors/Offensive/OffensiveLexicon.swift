/// The offensive-language lexicons, normalised with the post tokenizer so an
/// entry and a post word meet in the same forms: the terms (with category,
/// severity, targeted characteristic, exceptions), the allowlist, and the
/// identity words that must never be terms.
struct OffensiveLexicon: Sendable {
  struct Entry: Sendable {
    var term: String
    var lexicon: String
    var category: OffensiveCategory
    var severity: Severity
    var characteristic: String?
    /// What findings say checked them (`offensive.core: slur (race)`), made once.
    var validator: String
  }

  /// One per lexicon row; a template's phrases share its row's entry.
  let entries: [Entry]
  /// The entry of each phrase of `terms`.
  let phraseEntries: [Int32]
  let terms: PhraseIndex
  let allowlist: PhraseIndex
  /// Per-entry "not when" phrases, with the entry each belongs to (an
  /// exception covers a match of any phrase its row spells).
  let exceptions: PhraseIndex
  let exceptionOwners: [Int32]
  /// The most words in an allowlist or exception phrase.
  let longestAllowed: Int

  /// The term lexicons read, in order: earlier ones win for a repeated term.
  static let termLexicons = ["offensive.core", "offensive.phrases", "offensive.surge-ai"]

  /// Built from the lexicons; `extraAllowed`: the user's own innocent phrases.
  init(lexicons: LexiconSet, extraAllowed: [String] = []) throws(LexiconError) {
    var entries: [Entry] = []
    var phraseEntries: [Int32] = []
    var exceptionOwners: [Int32] = []
    let normaliser = try PhraseNormaliser(lexicons: lexicons)
    let identity = Set(try lexicons.lexicon(named: "offensive.identity-words").entries.compactMap { $0.fields.first?.lowercased() })
    // Phrases as ids of distinct words: a template's thousands of phrases then copy
    // integers, not words' arrays, and the index need not find each word again.
    var vocabulary = PhraseIndex.WordTable()
    var termPhrases: [[Int32]] = []
    var exceptionWords: [[PhraseIndex.Word]] = []
    var seen: Set<String> = []
    // The words of the plain (non-template) terms so far: a template's phrase that is one of them keeps that term's entry.
    var plainTerms: Set<[Int32]> = []
    let classes = try PhraseTemplate.classes(in: lexicons.lexicon(named: "offensive.phrase-classes"))
    var partWords: [String: [Int32]] = [:]
    for name in Self.termLexicons {
      let lexicon = try lexicons.lexicon(named: name)
      for row in lexicon.entries {
        guard row.fields.count == 5, let category = OffensiveCategory(rawValue: row.fields[1]),
          let severity = Severity(rawValue: row.fields[2])
        else {
          throw LexiconError(
            file: lexicon.path, line: row.line,
            message: "expected term, category (\(OffensiveCategory.allCases.map(\.rawValue).joined(separator: "|"))), severity (low|medium|high), characteristic or -, not-when phrases or -")
        }
        let term = row.fields[0].lowercased()
        guard !identity.contains(term) else {
          throw LexiconError(
            file: lexicon.path, line: row.line, message: "'\(term)' is an identity word: never offensive on its own")
        }
        guard seen.insert(term).inserted else { continue }
        let characteristic = row.fields[3] == "-" ? nil : row.fields[3]
        let entry = Int32(entries.count)
        entries.append(
          Entry(
            term: row.fields[0], lexicon: name, category: category, severity: severity, characteristic: characteristic,
            validator: "\(name): \(category.rawValue)" + (characteristic.map { " (\($0))" } ?? "")))
        // A template (`{you-bare} {intensifier?} {insult-noun}`) stands for every phrase its classes spell:
        // each is a phrase of the index, all reported as the template's entry.
        let slots = try PhraseTemplate.slots(term, classes: classes, at: (lexicon.path, row.line))
        let isTemplate = PhraseTemplate.isTemplate(term)
        // Not-when phrases may be templates too (`{hang-subject} should hang {hang-end}`).
        var rowExceptions: [[PhraseIndex.Word]] = []
        for exception in row.fields[4] == "-" ? [] : row.fields[4].split(separator: "|") {
          for parts in try PhraseTemplate.expand(String(exception), classes: classes, at: (lexicon.path, row.line)) {
            rowExceptions.append(parts.flatMap { normaliser.words(of: $0) })
          }
        }
        // Each part (a class member, a literal) is normalised once, however many phrases it is in;
        // nil for an optional class left out.
        let slotWords = try slots.map { alternatives throws(LexiconError) in
          try alternatives.map { part throws(LexiconError) -> [Int32]? in
            guard let part else { return nil }
            if let known = partWords[part] { return known }
            let found = normaliser.words(of: part)
            // A post's numbers start and continue no phrase, so a term holding one could never match.
            guard !normaliser.lastPhraseHadNumber else {
              throw LexiconError(
                file: lexicon.path, line: row.line,
                message: "'\(part)' holds a number: numbers in posts are not read as words, so it could never match")
            }
            let ids = found.map { vocabulary.id(of: $0) }
            partWords[part] = ids
            return ids
          }
        }
        try PhraseTemplate.forEachChoice(of: slotWords) { choice throws(LexiconError) in
          var words: [Int32] = []
          var hasPart = false
          for (slot, alternative) in choice.enumerated() {
            guard let part = slotWords[slot][alternative] else { continue }
            hasPart = true
            words += part
          }
          // Every optional class left out: no phrase.
          guard hasPart else { return }
          guard !words.isEmpty else {
            let parts = choice.indices.compactMap { slots[$0][choice[$0]] }
            throw LexiconError(
              file: lexicon.path, line: row.line, message: "'\(parts.joined(separator: " "))' has no words")
          }
          // A phrase already a term of its own keeps that term's entry (a template's phrases are distinct).
          if isTemplate {
            guard !plainTerms.contains(words) else { return }
          } else {
            plainTerms.insert(words)
          }
          phraseEntries.append(entry)
          termPhrases.append(words)
        }
        // Once per row, not per phrase: a template row spells thousands of phrases.
        if phraseEntries.last == entry {
          exceptionWords += rowExceptions
          exceptionOwners += repeatElement(entry, count: rowExceptions.count)
        }
      }
    }
    self.entries = entries
    self.phraseEntries = phraseEntries
    self.exceptionOwners = exceptionOwners
    terms = PhraseIndex(
      distinctWords: vocabulary.words, phrases: termPhrases,
      commonness: try Self.commonness(of: vocabulary.words, lexicons: lexicons, normaliser: normaliser))
    exceptions = PhraseIndex(phrases: exceptionWords, matchesDisguises: false)
    let allowed = try lexicons.lexicon(named: "offensive.allowlist").entries.compactMap(\.fields.first) + extraAllowed
    allowlist = PhraseIndex(phrases: allowed.map { normaliser.words(of: $0) }.filter { !$0.isEmpty }, matchesDisguises: false)
    longestAllowed = max(allowlist.longestPhrase, exceptions.longestPhrase, 1)
  }
}

extension OffensiveLexicon {
  /// Each word's rank in the common-words lexicon, commonest first
  /// (`Int32.max`: not listed), as normalised phrase words.
  fileprivate static func commonness(
    of words: [PhraseIndex.Word], lexicons: LexiconSet, normaliser: PhraseNormaliser
  ) throws(LexiconError) -> [Int32] {
    var rankOfForm: [[UInt8]: Int32] = [:]
    for (rank, row) in try lexicons.lexicon(named: "offensive.common-words").entries.enumerated() {
      guard let written = row.fields.first, let form = normaliser.words(of: written).first?.forms.first else { continue }
      if rankOfForm[form] == nil { rankOfForm[form] = Int32(rank) }
    }
    return words.map { word in word.forms.first.flatMap { rankOfForm[$0] } ?? .max }
  }
}

/// Turns lexicon text into `PhraseIndex.Word`s with the post tokenizer.
private final class PhraseNormaliser {
  let tokenizer: Tokenizer
  let buffer = TokenBuffer()

  init(lexicons: LexiconSet) throws(LexiconError) {
    tokenizer = try LexiconWords.tokenizer(for: lexicons)
  }

  /// Whether the phrase last given to `words(of:)` held a number (`2`, `1488`).
  private(set) var lastPhraseHadNumber = false

  func words(of phrase: String) -> [PhraseIndex.Word] {
    var text = phrase.lowercased()
    text.withUTF8 { tokenizer.tokenize($0, into: buffer) }
    let arena = buffer.arena
    var words: [PhraseIndex.Word] = []
    lastPhraseHadNumber = buffer.tokens.contains { $0.kind == .number }
    for token in buffer.tokens where token.kind == .word || token.kind == .number {
      var forms = [Array(arena.bytes(token.base))]
      if !token.leet.isAbsent { forms.append(Array(arena.bytes(token.leet))) }
      let letters = forms.last ?? []
      let skeleton = tokenizer.icu.appendSkeleton(arena.appendBytes(letters), in: arena)
      words.append(
        PhraseIndex.Word(
          forms: forms, squeezed: Self.squeezed(letters),
          skeleton: skeleton.isAbsent ? letters : Array(arena.bytes(skeleton))))
    }
    return words
  }

  /// Every run of one letter squeezed to one, as `Variants` squeezes post words.
  static func squeezed(_ bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    for byte in bytes where byte != result.last || !(byte < 0x80 && ASCIIClass.of(byte).isLetter) {
      result.append(byte)
    }
    return result
  }
}
