/// Every policy lexicon (`Lexicons/policy/`) compiled into one set of
/// patterns and matched in one pass over a post's tokens: the confidential,
/// work, student-contact, disclaimer and defamation rules all read the same
/// list of matches.
///
/// Cues that only ever qualify another match (comment words, neutral job
/// talk, student mentions, views, disclaimers, retractions) are indexed
/// apart and looked for only in posts where something they qualify matched:
/// words such as `learners` or `not` are common, and most posts need none.
final class PolicyPhrases: Sendable {
  let entries: [PolicyEntry]
  let classes: [WordClass]
  let table: PolicyPatternTable
  private let classTables: [ByteKeyTable]
  /// The fingerprints of each class's words, for the last-anchor test.
  private let classFilters: [WordPrefilter]
  private let nameExclusions: ByteKeyTable
  private let primary: PolicyPatternIndex
  private let dependent: PolicyPatternIndex
  private let credentialStarts = CredentialReader.StartFilter()

  /// The cues looked for only when a post has a match they qualify.
  static let dependentCues: Set<PolicyCue> = [
    .workComment, .workNeutral, .studentContext, .personalView, .disclaimer, .retraction,
  ]

  /// The lexicons read, with the cues each may use.
  static let lexiconNames = [
    "policy.confidential", "policy.work", "policy.student-contact", "policy.disclaimer", "policy.defamation",
  ]

  deinit {
    nameExclusions.deallocate()
    for table in classTables { table.deallocate() }
    for filter in classFilters { filter.deallocate() }
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
          (0...1).contains(confidence), ["-", "upper", "clause"].contains(row.fields[3])
        else {
          throw LexiconError(
            file: lexicon.path, line: row.line,
            message: "expected pattern, cue, confidence (0…1) and flags (-, upper or clause)")
        }
        guard cue.lexicon == name else {
          throw LexiconError(file: lexicon.path, line: row.line, message: "cue '\(cue.rawValue)' belongs in \(cue.lexicon)")
        }
        patterns += try PolicyPattern.parse(
          row.fields[0], entry: entries.count, classes: classes, words: words, at: (lexicon.path, row.line))
        entries.append(
          PolicyEntry(
            pattern: row.fields[0], cue: cue, confidence: confidence, requiresCapitals: row.fields[3] == "upper",
            startsClause: row.fields[3] == "clause",
            lexicon: name, line: row.line))
      }
    }
    self.entries = entries
    self.classes = classes
    table = PolicyPatternTable(patterns)
    classTables = classes.map { ByteKeyTable($0.words.sorted { $0.lexicographicallyPrecedes($1) }.map { ($0, 0) }) }
    classFilters = classes.map { WordPrefilter(keys: $0.words.map { WordPrefilter.fingerprint($0) }) }
    nameExclusions = ByteKeyTable(
      classes.flatMap(\.exclusions).sorted { $0.lexicographicallyPrecedes($1) }.map { ($0, 0) })

    let isDependent = patterns.map { Self.dependentCues.contains(entries[$0.entry].cue) }
    primary = try PolicyPatternIndex(
      patterns, ids: patterns.indices.filter { !isDependent[$0] }, classes: classes, entries: entries)
    dependent = try PolicyPatternIndex(
      patterns, ids: patterns.indices.filter { isDependent[$0] }, classes: classes, entries: entries)
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
    // A profile may name no roles or people; patterns using them then match nothing.
    for name in ["role", "person"] where classes[name] == nil { classes[name] = WordClass(name: name) }
    return classes.values.sorted { $0.name < $1.name }
  }

  /// A credential found by its shape: bytes `start..<end`, and what it is.
  struct Credential {
    var start: Int
    var end: Int
    var name: String
  }

  /// Every primary pattern that matches in the post (by start token, in
  /// text order), and every credential with a known prefix.
  func scan(_ post: PostAnalysis) -> (matches: [PolicyMatch], credentials: [Credential]) {
    var found: [PolicyMatch] = []
    var credentials: [Credential] = []
    scan(post, with: primary, into: &found, readingCredentials: true, into: &credentials)
    return (found, credentials)
  }

  /// Every match of the qualifying cues (comment words, student mentions…).
  func dependentMatches(_ post: PostAnalysis) -> [PolicyMatch] {
    var found: [PolicyMatch] = []
    var none: [Credential] = []
    scan(post, with: dependent, into: &found, readingCredentials: false, into: &none)
    return found
  }

  /// One pass over the tokens: the patterns of `index`, and (when
  /// `readingCredentials`) keys and tokens with a known prefix.
  private func scan(
    _ post: PostAnalysis, with index: PolicyPatternIndex, into found: inout [PolicyMatch],
    readingCredentials: Bool, into credentials: inout [Credential]
  ) {
    let view = PostView(post)
    let tokens = view.tokens
    let arena = view.arena
    let text = view.text
    let prints = view.prints
    withUnsafeTemporaryAllocation(of: Int32.self, capacity: PolicyPatternIndex.mostBuckets) { buckets in
      guard let buckets = buckets.baseAddress else { return }
      for position in tokens.indices {
        // Fields read one by one: a whole token is 64 bytes to copy, per token.
        let kind = tokens[position].kind
        switch kind {
        case .word, .number, .mention, .hashtag:
          let start = tokens[position].start
          if readingCredentials, kind == .word || kind == .number, tokens[position].end - start >= 2,
            credentialStarts.mayStart(text[start], text[start + 1]),
            let (end, name) = CredentialReader.credential(at: start, in: text)
          {
            credentials.append(Credential(start: start, end: end, name: name))
          }
          let (count, names) = index.candidates(
            at: position, in: tokens, arena, prints: prints, capitalised: text[start] &- UInt8(ascii: "A") < 26,
            isName: { isName($0, text, arena) }, into: buckets)
          for bucket in 0..<count {
            for pattern in index.members(of: buckets[bucket]) { record(Int(pattern), at: position, view, &found) }
          }
          // After the word's own patterns, so `QTSD is a scam` is about `{org}`, not `{Name}`.
          if names {
            for pattern in index.namePatterns { record(Int(pattern), at: position, view, &found) }
          }
        case .url, .email:
          for pattern in index.domainPatterns { record(Int(pattern), at: position, view, &found) }
        case .joined:
          continue
        }
      }
    }
  }

  /// What the matcher reads of a post, fetched once per pass: read through
  /// the post at every pattern tried, each property cost a retain and a
  /// release, atomic and so dearer than their instruction counts say.
  private struct PostView {
    let post: PostAnalysis
    let tokens: UnsafeBufferPointer<Token>
    let arena: ByteArena
    let prints: TokenPrints
    let text: UnsafeBufferPointer<UInt8>

    init(_ post: PostAnalysis) {
      self.post = post
      tokens = post.tokens.tokens
      arena = post.tokens.arena
      prints = post.prints
      text = post.text
    }
  }

  private func record(_ pattern: Int, at index: Int, _ view: PostView, _ found: inout [PolicyMatch]) {
    let tokens = view.tokens
    guard anchorMayBeThere(table.anchors[pattern], after: index, view.prints, tokens, view.arena),
      lastAnchorMayBeThere(table.lastAnchors[pattern], after: index, view)
    else { return }
    let range = table.elementRange(pattern)
    guard let next = match(range.lowerBound, end: range.upperBound, at: index, start: index, view), next > index
    else { return }
    let entry = Int(table.entries[pattern])
    if entries[entry].requiresCapitals && !Self.isCapitals(view.text, tokens[index].start, tokens[next - 1].end) { return }
    if entries[entry].startsClause && !startsClause(at: index, view.post) { return }
    // Expanded variants of one entry can match at the same place: keep one.
    if found.contains(where: { $0.entry == entry && $0.first == index }) { return }
    found.append(PolicyMatch(entry: entry, cue: entries[entry].cue, first: index, last: next - 1))
  }

  /// Whether a pattern's anchor word can be within its reach of token
  /// `index`: a token there has its fingerprint, or has another form
  /// (accent-folded, without a possessive ending) that has it. Links,
  /// addresses and joined letters are never a word of a pattern.
  @inline(__always)
  private func anchorMayBeThere(
    _ anchor: PolicyPatternTable.Anchor, after index: Int, _ prints: TokenPrints, _ tokens: UnsafeBufferPointer<Token>,
    _ arena: ByteArena
  ) -> Bool {
    guard anchor.farthest >= anchor.nearest else { return true }
    let last = min(index + Int(anchor.farthest), prints.count - 1)
    var position = index + Int(anchor.nearest)
    while position <= last {
      if prints[position] == anchor.print { return true }
      if !prints.isPlain(position) && PolicyTokenForms.isWordLike(tokens[position].kind)
        && PolicyTokenForms.forEachForm(of: tokens[position], arena, { WordPrefilter.fingerprint(bytes: $0) == anchor.print })
      {
        return true
      }
      position += 1
    }
    return false
  }

  /// Whether a pattern's last required word or class can be within its
  /// reach of token `index`: a word as for the first anchor; a class when a
  /// plain token there has the fingerprint of one of its words, or a token
  /// there has other forms (not looked into: such tokens are rare).
  @inline(__always)
  private func lastAnchorMayBeThere(_ anchor: PolicyPatternTable.LastAnchor, after index: Int, _ view: PostView) -> Bool {
    guard anchor.farthest >= anchor.nearest else { return true }
    guard anchor.isClass else {
      let word = PolicyPatternTable.Anchor(print: anchor.value, nearest: anchor.nearest, farthest: anchor.farthest)
      return anchorMayBeThere(word, after: index, view.prints, view.tokens, view.arena)
    }
    let filter = classFilters[Int(anchor.value)]
    let prints = view.prints
    let last = min(index + Int(anchor.farthest), prints.count - 1)
    var position = index + Int(anchor.nearest)
    while position <= last {
      if !prints.isPlain(position) || filter.contains(prints[position]) { return true }
      position += 1
    }
    return false
  }

  /// Where elements `element ..< end` match starting at token `index`: the
  /// index after the last token taken, or nil. The shortest match wins.
  private func match(
    _ element: Int, end: Int, at index: Int, start: Int, _ view: PostView
  ) -> Int? {
    guard element < end else { return index }
    let tokens = view.tokens
    // A token can be taken only when no sentence ends before it.
    func reachable(_ token: Int) -> Bool {
      token < tokens.count && (token == start || !view.post.crossesSentence(from: tokens[token - 1].end, to: tokens[token].start))
    }
    let current = table.elements[element]
    if current.kind == .gap {
      var next = index
      while true {
        if let matched = match(element + 1, end: end, at: next, start: start, view) { return matched }
        guard next - index < Int(current.value), reachable(next) else { return nil }
        next += 1
      }
    }
    if reachable(index) && accepts(current, at: index, view),
      let matched = match(element + 1, end: end, at: index + 1, start: start, view)
    {
      return matched
    }
    return current.optional ? match(element + 1, end: end, at: index, start: start, view) : nil
  }

  /// Whether token `index` is what `element` asks for. Tokens are read field
  /// by field and plain words by fingerprint first: most words tried are not
  /// the pattern's, and one compare tells.
  private func accepts(
    _ element: PolicyPatternTable.Element, at index: Int, _ view: PostView
  ) -> Bool {
    let tokens = view.tokens
    let arena = view.arena
    let kind = tokens[index].kind
    switch element.kind {
    case .word:
      guard PolicyTokenForms.isWordLike(kind) else { return false }
      let word = table.word(element)
      let prints = view.prints
      if prints.isPlain(index) {
        return prints[index] == element.print && arena.bytes(tokens[index].folded).elementsEqual(word)
      }
      return PolicyTokenForms.forEachForm(of: tokens[index], arena) { $0.elementsEqual(word) }
    case .member:
      let member = Int(element.value)
      if kind == .url || kind == .email {
        return classes[member].containsDomain(of: arena.bytes(tokens[index].folded))
      }
      guard PolicyTokenForms.isWordLike(kind) else { return false }
      if view.prints.isPlain(index) { return classTables[member].value(for: arena.bytes(tokens[index].folded)) != nil }
      return PolicyTokenForms.forEachForm(of: tokens[index], arena) { classTables[member].value(for: $0) != nil }
    case .name:
      return isName(tokens[index], view.text, arena)
    case .any:
      return kind != .joined
    case .gap:
      return false
    }
  }

  /// A word written with a capital (`Dave`, `Smith`) that is not a
  /// capitalised function word (`The`, `They`).
  private func isName(_ token: Token, _ text: UnsafeBufferPointer<UInt8>, _ arena: ByteArena) -> Bool {
    guard token.kind == .word, text[token.start] &- UInt8(ascii: "A") < 26, token.folded.count > 1 else { return false }
    return nameExclusions.value(for: arena.bytes(token.folded)) == nil
  }

  /// Whether token `index` begins a clause: nothing before it, or a sentence
  /// or clause mark (`. ! ? , ; : ( -` or a line break) between it and the
  /// previous token, or a conjunction or interjection before it (`but`, `so`, `ok`).
  private func startsClause(at index: Int, _ post: PostAnalysis) -> Bool {
    let tokens = post.tokens.tokens
    guard index > 0 else { return true }
    // A reply's leading handles (`@jo @sam between you and me…`) do not start the clause.
    if tokens[index - 1].kind == .mention && (index == 1 || startsClause(at: index - 1, post)) { return true }
    let text = post.text
    for offset in tokens[index - 1].end..<tokens[index].start {
      switch text[offset] {
      case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ","), UInt8(ascii: ";"),
        UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: "-"), UInt8(ascii: "\n"), 0x94:  // 0x94: the end of an em or en dash
        return true
      default: continue
      }
    }
    let previous = post.tokens.arena.bytes(tokens[index - 1].folded)
    return Self.clauseOpeners.contains { $0.elementsEqual(previous) }
  }

  private static let clauseOpeners: [[UInt8]] = ["but", "and", "so", "ok", "okay", "well", "honestly", "lol", "right"]
    .map { Array($0.utf8) }

  /// Whether the letters of `start..<end` are all capitals (`CONFIDENTIAL`, `OFFICIAL-SENSITIVE`).
  private static func isCapitals(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    for index in start..<end where text[index] &- UInt8(ascii: "a") < 26 { return false }
    return true
  }
}
