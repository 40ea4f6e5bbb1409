/// Every policy lexicon (`Lexicons/policy/`) compiled into one set of
/// patterns, indexed by first word, and matched in one pass over a post's
/// tokens: the confidential, work, student-contact, disclaimer and
/// defamation rules all read the same list of matches.
///
/// Most words start no pattern and are done with at a Bloom-filter probe;
/// patterns starting with `{Name}` are tried at capitalised words, those
/// starting with `{org}` also at links and addresses on its domains.
final class PolicyPhrases: Sendable {
  let entries: [PolicyEntry]
  let classes: [WordClass]
  let patterns: [PolicyPattern]
  private let classTables: [ByteKeyTable]
  private let firstWords: ByteKeyTable
  private let buckets: [[Int32]]
  private let namePatterns: [Int32]
  private let domainPatterns: [Int32]
  private let nameExclusions: ByteKeyTable
  private let prefilter: WordPrefilter

  /// The lexicons read, with the cues each may use.
  static let lexiconNames = [
    "policy.confidential", "policy.work", "policy.student-contact", "policy.disclaimer", "policy.defamation",
  ]

  deinit {
    prefilter.deallocate()
    firstWords.deallocate()
    nameExclusions.deallocate()
    for table in classTables { table.deallocate() }
  }

  init(lexicons: LexiconSet, profile: OrganisationProfile) throws(LexiconError) {
    let words = try LexiconWords(lexicons: lexicons)
    let classes = try Self.classes(lexicons: lexicons, profile: profile, words: words)
    var entries: [PolicyEntry] = []
    var patterns: [PolicyPattern] = []
    for name in Self.lexiconNames {
      let lexicon = try lexicons.lexicon(named: name)
      for row in lexicon.entries {
        guard row.fields.count == 4, let cue = PolicyCue(rawValue: row.fields[1]), let confidence = Double(row.fields[2]),
          (0...1).contains(confidence), ["-", "upper"].contains(row.fields[3])
        else {
          throw LexiconError(
            file: lexicon.path, line: row.line,
            message: "expected pattern, cue, confidence (0…1) and flags (- or upper)")
        }
        guard cue.lexicon == name else {
          throw LexiconError(file: lexicon.path, line: row.line, message: "cue '\(cue.rawValue)' belongs in \(cue.lexicon)")
        }
        patterns += try PolicyPattern.parse(
          row.fields[0], entry: entries.count, classes: classes, words: words, at: (lexicon.path, row.line))
        entries.append(
          PolicyEntry(
            pattern: row.fields[0], cue: cue, confidence: confidence, requiresCapitals: row.fields[3] == "upper",
            lexicon: name, line: row.line))
      }
    }
    self.entries = entries
    self.classes = classes
    self.patterns = patterns
    classTables = classes.map { ByteKeyTable($0.words.sorted { $0.lexicographicallyPrecedes($1) }.map { ($0, 0) }) }
    nameExclusions = ByteKeyTable(
      classes.flatMap(\.exclusions).sorted { $0.lexicographicallyPrecedes($1) }.map { ($0, 0) })

    var bucketOfKey: [[UInt8]: Int32] = [:]
    var buckets: [[Int32]] = []
    var namePatterns: [Int32] = []
    var domainPatterns: [Int32] = []
    for (id, pattern) in patterns.enumerated() {
      var keys: Set<[UInt8]> = []
      switch pattern.elements.first {
      case .word(let word): keys = [word]
      case .member(let index):
        keys = classes[index].words
        if !classes[index].domains.isEmpty { domainPatterns.append(Int32(id)) }
      case .name: namePatterns.append(Int32(id))
      default: break
      }
      for key in keys {
        let bucket = bucketOfKey[key] ?? Int32(buckets.count)
        if bucket == buckets.count {
          buckets.append([])
          bucketOfKey[key] = bucket
        }
        buckets[Int(bucket)].append(Int32(id))
      }
    }
    self.buckets = buckets
    self.namePatterns = namePatterns
    self.domainPatterns = domainPatterns
    let keys = bucketOfKey.sorted { $0.key.lexicographicallyPrecedes($1.key) }
    firstWords = ByteKeyTable(keys.map { ($0.key, $0.value) })
    prefilter = WordPrefilter(keys: keys.map { WordPrefilter.fingerprint($0.key) })
  }

  /// The word classes: those of `policy.word-classes`, `{org}` from the
  /// profile, and the profile's roles and people added to `{role}` and `{person}`.
  private static func classes(
    lexicons: LexiconSet, profile: OrganisationProfile, words: LexiconWords
  ) throws(LexiconError) -> [WordClass] {
    var classes: [String: WordClass] = [:]
    let lexicon = try lexicons.lexicon(named: "policy.word-classes")
    for row in lexicon.entries {
      guard row.fields.count == 2 else {
        throw LexiconError(file: lexicon.path, line: row.line, message: "expected class and member")
      }
      let name = row.fields[0]
      let member = words.words(of: row.fields[1])
      guard !member.isEmpty else {
        throw LexiconError(file: lexicon.path, line: row.line, message: "'\(row.fields[1])' has no words")
      }
      if name == "function-word" {
        // Capitalised at a sentence start, these are never the `{Name}` of a person.
        classes["Name", default: WordClass(name: "Name")].exclusions.insert(member[0])
      } else {
        classes[name, default: WordClass(name: name)].add(member)
      }
    }
    var organisation = WordClass(name: "org")
    for name in profile.ownNames { organisation.add(words.words(of: name)) }
    organisation.domains = profile.domains.map { Array($0.utf8) }
    classes["org"] = organisation
    for role in profile.roles { classes["role", default: WordClass(name: "role")].add(words.words(of: role)) }
    for person in profile.people {
      // A person is named by full name or surname alone.
      let name = words.words(of: person)
      classes["person", default: WordClass(name: "person")].add(name)
      if name.count > 1, let surname = name.last { classes["person", default: WordClass(name: "person")].add([surname]) }
    }
    if classes["person"] == nil { classes["person"] = WordClass(name: "person") }
    return classes.values.sorted { $0.name < $1.name }
  }

  /// A credential found by its shape: bytes `start..<end`, and what it is.
  struct Credential {
    var start: Int
    var end: Int
    var name: String
  }

  /// Every pattern that matches in the post (by start token, in text order),
  /// and every credential with a known prefix.
  func scan(_ post: PostAnalysis) -> (matches: [PolicyMatch], credentials: [Credential]) {
    var found: [PolicyMatch] = []
    var credentials: [Credential] = []
    let tokens = post.tokens.tokens
    let arena = post.tokens.arena
    let text = post.text
    for index in tokens.indices {
      let token = tokens[index]
      switch token.kind {
      case .word, .number, .mention, .hashtag:
        if CredentialReader.mayStart(text[token.start]), let (end, name) = CredentialReader.credential(at: token.start, in: text) {
          credentials.append(Credential(start: token.start, end: end, name: name))
        }
        // Plain words (no accent-folded form, no possessive) are asked of the prefilter first.
        if !token.ascii.isAbsent || Self.mayBePossessive(token, arena)
          || prefilter.contains(WordPrefilter.fingerprint(token.folded, in: arena))
        {
          var visited: (Int32, Int32) = (-1, -1)
          forEachForm(of: token, arena) { form in
            guard let bucket = firstWords.value(for: form), bucket != visited.0, bucket != visited.1 else { return false }
            visited = (visited.1, bucket)
            for pattern in buckets[Int(bucket)] { record(Int(pattern), at: index, post, &found) }
            return false
          }
        }
        // After the word's own patterns, so `QTSD is a scam` is reported as about `{org}`, not `{Name}`.
        if !namePatterns.isEmpty && isName(token, text, arena) {
          for pattern in namePatterns { record(Int(pattern), at: index, post, &found) }
        }
      case .url, .email:
        for pattern in domainPatterns { record(Int(pattern), at: index, post, &found) }
      case .joined:
        continue
      }
    }
    return (found, credentials)
  }

  private func record(_ pattern: Int, at index: Int, _ post: PostAnalysis, _ found: inout [PolicyMatch]) {
    let tokens = post.tokens.tokens
    guard let next = match(patterns[pattern], element: 0, at: index, start: index, post, tokens), next > index else { return }
    let entry = patterns[pattern].entry
    if entries[entry].requiresCapitals && !Self.isCapitals(post.text, tokens[index].start, tokens[next - 1].end) { return }
    // Expanded variants of one entry can match at the same place: keep one.
    if found.contains(where: { $0.entry == entry && $0.first == index }) { return }
    found.append(PolicyMatch(entry: entry, cue: entries[entry].cue, first: index, last: next - 1))
  }

  /// Where the pattern's elements from `element` on match starting at token
  /// `index`: the index after the last token taken, or nil.
  private func match(
    _ pattern: PolicyPattern, element: Int, at index: Int, start: Int, _ post: PostAnalysis,
    _ tokens: UnsafeBufferPointer<Token>
  ) -> Int? {
    guard element < pattern.elements.count else { return index }
    // A token can be taken only when no sentence ends before it.
    func reachable(_ token: Int) -> Bool {
      token < tokens.count && (token == start || !post.crossesSentence(from: tokens[token - 1].end, to: tokens[token].start))
    }
    if case .gap(let most) = pattern.elements[element] {
      var next = index
      while true {
        if let end = match(pattern, element: element + 1, at: next, start: start, post, tokens) { return end }
        guard next - index < most, reachable(next) else { return nil }
        next += 1
      }
    }
    if reachable(index) && accepts(pattern.elements[element], tokens[index], post),
      let end = match(pattern, element: element + 1, at: index + 1, start: start, post, tokens)
    {
      return end
    }
    return pattern.optional[element] ? match(pattern, element: element + 1, at: index, start: start, post, tokens) : nil
  }

  private func accepts(_ element: PolicyPattern.Element, _ token: Token, _ post: PostAnalysis) -> Bool {
    let arena = post.tokens.arena
    switch element {
    case .word(let word):
      guard Self.isWordLike(token) else { return false }
      return forEachForm(of: token, arena) { $0.elementsEqual(word) }
    case .member(let index):
      if token.kind == .url || token.kind == .email {
        return classes[index].containsDomain(of: arena.bytes(token.folded))
      }
      guard Self.isWordLike(token) else { return false }
      return forEachForm(of: token, arena) { classTables[index].value(for: $0) != nil }
    case .name:
      return isName(token, post.text, arena)
    case .any:
      return token.kind != .joined
    case .gap:
      return false
    }
  }

  private static func isWordLike(_ token: Token) -> Bool {
    token.kind == .word || token.kind == .number || token.kind == .mention || token.kind == .hashtag
  }

  /// A word written with a capital (`Dave`, `Smith`) that is not a
  /// capitalised function word (`The`, `They`).
  private func isName(_ token: Token, _ text: UnsafeBufferPointer<UInt8>, _ arena: ByteArena) -> Bool {
    guard token.kind == .word, text[token.start] &- UInt8(ascii: "A") < 26, token.folded.count > 1 else { return false }
    return nameExclusions.value(for: arena.bytes(token.folded)) == nil
  }

  /// Calls `test` with the token's folded and accent-folded forms, and each
  /// with a possessive ending taken off, until it returns true.
  @discardableResult
  private func forEachForm(of token: Token, _ arena: ByteArena, _ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
    for form in [token.folded, token.ascii] where !form.isAbsent {
      let bytes = arena.bytes(form)
      if test(bytes) { return true }
      let stem = Self.possessiveStem(bytes)
      if stem.count < bytes.count && test(stem) { return true }
    }
    return false
  }

  /// `learner's` → `learner`, `learners'` → `learners` (straight or curly apostrophe).
  static func possessiveStem(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    let count = bytes.count
    let apostrophe = UInt8(ascii: "'")
    let s = UInt8(ascii: "s")
    func curly(at index: Int) -> Bool {
      index >= 0 && index + 2 < count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
    }
    var keep = count
    if count > 2 && bytes[count - 1] == s && bytes[count - 2] == apostrophe {
      keep = count - 2
    } else if count > 2 && bytes[count - 1] == apostrophe && bytes[count - 2] == s {
      keep = count - 1
    } else if count > 4 && bytes[count - 1] == s && curly(at: count - 4) {
      keep = count - 4
    } else if count > 4 && curly(at: count - 3) && bytes[count - 4] == s {
      keep = count - 3
    }
    return UnsafeBufferPointer(rebasing: bytes[0..<keep])
  }

  /// Whether a word could end in a possessive: `'s`, `s'`, or the same with
  /// a curly apostrophe (whose UTF-8 ends in 0x99).
  @inline(__always)
  private static func mayBePossessive(_ token: Token, _ arena: ByteArena) -> Bool {
    let count = token.folded.count
    guard count > 2 else { return false }
    let bytes = arena.bytes(token.folded)
    let last = bytes[count - 1]
    let apostrophe = UInt8(ascii: "'")
    return last == apostrophe || last == 0x99
      || (last == UInt8(ascii: "s") && (bytes[count - 2] == apostrophe || bytes[count - 2] == 0x99))
  }

  /// Whether the letters of `start..<end` are all capitals (`CONFIDENTIAL`, `OFFICIAL-SENSITIVE`).
  private static func isCapitals(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    for index in start..<end where text[index] &- UInt8(ascii: "a") < 26 { return false }
    return true
  }
}
