import ICUShim

/// The built offensive lexicon kept between runs: expanding 40,000 phrases
/// from their templates and indexing them is most of a draft's start-up,
/// and reading the built index back is a copy of its arrays.
extension OffensiveLexicon {
  /// The lexicon `store` kept for these lexicons, this build of postcheck
  /// and this ICU; else built, and kept there. Without a store, or where
  /// the build cannot be named, it is built every time.
  init(lexicons: LexiconSet, extraAllowed: [String], store: (any PatternDatabaseStore)?) throws(LexiconError) {
    guard let store, let key = Self.cacheKey(lexicons: lexicons, extraAllowed: extraAllowed) else {
      self = try OffensiveLexicon(lexicons: lexicons, extraAllowed: extraAllowed)
      return
    }
    if let saved = store.load(key: key), var reader = CacheReader(checking: saved),
      let cached = try? OffensiveLexicon(decoding: &reader), reader.isAtEnd
    {
      self = cached
      return
    }
    self = try OffensiveLexicon(lexicons: lexicons, extraAllowed: extraAllowed)
    var writer = CacheWriter()
    encode(into: &writer)
    store.save(writer.sealed, key: key)
  }

  /// What the built lexicon depends on: the offensive and normalisation
  /// lexicons, the user's allowed phrases, ICU's version (skeletons are its
  /// data) and the executable (the layout is its code). Nil when the
  /// executable cannot be named.
  static func cacheKey(lexicons: LexiconSet, extraAllowed: [String]) -> String? {
    guard let executable = ExecutableIdentity.current else { return nil }
    var key = PatternDatabaseKey()
    key.add(executable.utf8)
    var version: [UInt8] = [0, 0, 0, 0]
    icushim_version(&version)
    key.add(version)
    for lexicon in lexicons.all where lexicon.name.hasPrefix("offensive.") || lexicon.name.hasPrefix("normalisation.") {
      key.add(lexicon.name.utf8)
      for entry in lexicon.entries {
        // Rows are told apart by their line numbers too: errors name them.
        key.add(UInt64(entry.line))
        for field in entry.fields { key.add(field.utf8) }
      }
    }
    for phrase in extraAllowed { key.add(phrase.utf8) }
    return "offensive-lexicon-" + key.text + ".bin"
  }

  /// Writes the lexicon in the order `init(decoding:)` reads it.
  func encode(into writer: inout CacheWriter) {
    writer.write(entries.count)
    for entry in entries {
      for text in [entry.term, entry.lexicon, entry.category.rawValue, entry.severity.rawValue, entry.validator] {
        writer.write(text)
      }
      writer.write(entry.characteristic != nil)
      writer.write(entry.characteristic ?? "")
    }
    writer.write(phraseEntries)
    writer.write(exceptionOwners)
    writer.write(longestAllowed)
    for index in [terms, allowlist, exceptions] { index.encode(into: &writer) }
  }

  /// The lexicon `encode(into:)` wrote.
  init(decoding reader: inout CacheReader) throws(CacheReader.Damaged) {
    let count: Int = try reader.read()
    var entries: [Entry] = []
    for _ in 0..<max(count, 0) {
      let term = try reader.readString()
      let lexicon = try reader.readString()
      guard let category = OffensiveCategory(rawValue: try reader.readString()),
        let severity = Severity(rawValue: try reader.readString())
      else { throw CacheReader.Damaged() }
      let validator = try reader.readString()
      let hasCharacteristic: Bool = try reader.read()
      let characteristic = try reader.readString()
      entries.append(
        Entry(
          term: term, lexicon: lexicon, category: category, severity: severity,
          characteristic: hasCharacteristic ? characteristic : nil, validator: validator))
    }
    self.entries = entries
    phraseEntries = try reader.readArray()
    exceptionOwners = try reader.readArray()
    longestAllowed = try reader.read()
    terms = try PhraseIndex(decoding: &reader)
    allowlist = try PhraseIndex(decoding: &reader)
    exceptions = try PhraseIndex(decoding: &reader)
  }
}
