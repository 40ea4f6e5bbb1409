/// Words and phrases normalised the way posts are, indexed by first word, and
/// matched against a post's tokens whole-word only: a phrase matches when
/// consecutive tokens each equal its words in some normalised form (folded,
/// accent-folded, leetspeak, squeezed against squeezed, skeleton against
/// skeleton, separated letters joined). Never substrings, so `Scunthorpe`,
/// `assessment` and `cocktail` cannot match.
struct PhraseIndex: Sendable {
  struct Word: Sendable {
    /// The word's folded forms: as written, and with leetspeak read.
    var forms: [[UInt8]]
    /// With every doubled letter squeezed to one: compared with squeezed post words only.
    var squeezed: [UInt8]
    /// UTS #39 skeleton: compared with skeletons of post words with non-ASCII letters.
    var skeleton: [UInt8]
  }

  /// A phrase matched at tokens `first...last`, with the disguises undone to see it.
  struct Match {
    var phrase: Int
    var first: Int
    var last: Int
    var normalisations: Normalisations
  }

  private(set) var phrases: [[Word]] = []
  /// Whether disguised forms count (terms), or only the words as written,
  /// case- and accent-folded (allowlists: `Twatt` is a place, `twaaat` is not).
  let matchesDisguises: Bool
  /// First-word form → bucket of phrase ids.
  private var plain = ByteKeyTable([])
  private var squeezed = ByteKeyTable([])
  private var skeletons = ByteKeyTable([])
  private var buckets: [[Int32]] = []
  /// Single-word phrases by length, for masked words (`f**k`).
  private var singleWordsByLength: [Int: [Int32]] = [:]

  init(phrases: [[Word]], matchesDisguises: Bool = true) {
    self.phrases = phrases
    self.matchesDisguises = matchesDisguises
    var bucketOfKey: [[UInt8]: Int32] = [:]
    var plainKeys: [([UInt8], Int32)] = []
    var squeezedKeys: [([UInt8], Int32)] = []
    var skeletonKeys: [([UInt8], Int32)] = []
    func bucket(_ key: [UInt8], kind: UInt8) -> Int32 {
      let tagged = [kind] + key
      if let existing = bucketOfKey[tagged] { return existing }
      let id = Int32(buckets.count)
      buckets.append([])
      bucketOfKey[tagged] = id
      switch kind {
      case 0: plainKeys.append((key, id))
      case 1: squeezedKeys.append((key, id))
      default: skeletonKeys.append((key, id))
      }
      return id
    }
    for (id, words) in phrases.enumerated() {
      guard let first = words.first else { continue }
      var added: Set<Int32> = []
      for form in first.forms {
        let target = bucket(form, kind: 0)
        if added.insert(target).inserted { buckets[Int(target)].append(Int32(id)) }
      }
      let squeezedTarget = bucket(first.squeezed, kind: 1)
      buckets[Int(squeezedTarget)].append(Int32(id))
      let skeletonTarget = bucket(first.skeleton, kind: 2)
      buckets[Int(skeletonTarget)].append(Int32(id))
      if words.count == 1, let form = first.forms.first {
        singleWordsByLength[form.count, default: []].append(Int32(id))
      }
    }
    plain = ByteKeyTable(plainKeys)
    squeezed = ByteKeyTable(squeezedKeys)
    skeletons = ByteKeyTable(skeletonKeys)
  }

  var isEmpty: Bool { phrases.isEmpty }

  /// Every phrase starting at `tokens[index]`, calling `body` for each.
  func forEachMatch(
    startingAt index: Int, in tokens: UnsafeBufferPointer<Token>, buffer: TokenBuffer, _ body: (Match) -> Void
  ) {
    let token = tokens[index]
    let arena = buffer.arena
    if token.kind == .mention {
      visitMention(token, arena: arena, index: index, body)
      return
    }
    guard token.kind == .word || token.kind == .joined else { return }
    var seen: (Int32, Int32, Int32) = (-1, -1, -1)
    func visit(_ bucket: Int32?, _ normalisations: Normalisations) {
      guard let bucket, bucket != seen.0, bucket != seen.1, bucket != seen.2 else { return }
      seen = (seen.1, seen.2, bucket)
      for phrase in buckets[Int(bucket)] {
        let words = phrases[Int(phrase)]
        var used = normalisations
        var last = index
        var matched = true
        for word in words.dropFirst() {
          last += 1
          guard last < tokens.count, let how = Self.matches(tokens[last], word, arena, disguises: matchesDisguises)
          else {
            matched = false
            break
          }
          used.formUnion(how)
        }
        if matched { body(Match(phrase: Int(phrase), first: index, last: last, normalisations: used)) }
      }
    }
    var kept = token.normalisations.intersection([.caseFolded, .compatibility, .invisibleRemoved])
    if token.kind == .joined { kept.insert(.separatorsJoined) }
    visit(plain.value(for: arena.bytes(token.folded)), kept)
    if !token.ascii.isAbsent { visit(plain.value(for: arena.bytes(token.ascii)), kept.union(.accentsFolded)) }
    guard matchesDisguises else { return }
    if !token.leet.isAbsent { visit(plain.value(for: arena.bytes(token.leet)), kept.union(.leetspeak)) }
    if !token.compact.isAbsent { visit(plain.value(for: arena.bytes(token.compact)), kept.union(.separatorsJoined)) }
    if !token.squeezed.isAbsent { visit(squeezed.value(for: arena.bytes(token.squeezed)), kept.union(.stretched)) }
    if !token.skeleton.isAbsent { visit(skeletons.value(for: arena.bytes(token.skeleton)), kept.union(.homoglyphs)) }
    if token.kind == .joined { return }
    if Self.hasMask(arena.bytes(token.folded)) { visitMasked(token, arena: arena, index: index, body) }
    if !token.compact.isAbsent || token.kind == .joined || Self.hasMask(arena.bytes(token.folded)) {
      // A disguised first word of a phrase (`k.i.l.l yourself`, `k*ll yourself`).
      for (phrase, words) in phrases.enumerated() where words.count > 1 {
        guard let how = Self.matches(token, words[0], arena, disguises: true), !how.isSubset(of: kept) else { continue }
        var used = how
        var last = index
        var matched = true
        for word in words.dropFirst() {
          last += 1
          guard last < tokens.count, let more = Self.matches(tokens[last], word, arena, disguises: true) else {
            matched = false
            break
          }
          used.formUnion(more)
        }
        if matched { body(Match(phrase: phrase, first: index, last: last, normalisations: used)) }
      }
    }
  }

  /// `@ss` is a handle by its syntax but leetspeak by its look: a handle whose
  /// `@` read as `a` is a single-word term is taken as the term.
  private func visitMention(_ token: Token, arena: ByteArena, index: Int, _ body: (Match) -> Void) {
    let written = arena.bytes(token.folded)
    guard written.count <= 8, written.count >= 3 else { return }
    var reading = Array(written)
    reading[0] = UInt8(ascii: "a")
    guard let bucket = reading.withUnsafeBufferPointer({ plain.value(for: $0) }) else { return }
    for phrase in buckets[Int(bucket)] where phrases[Int(phrase)].count == 1 {
      body(Match(phrase: Int(phrase), first: index, last: index, normalisations: [.leetspeak]))
      return
    }
  }

  /// `f**k`, `sh#t`: a word with masking symbols matches a single word of the
  /// same length whose other letters agree; at least two letters must show.
  private func visitMasked(_ token: Token, arena: ByteArena, index: Int, _ body: (Match) -> Void) {
    let written = arena.bytes(token.folded)
    guard let candidates = singleWordsByLength[written.count] else { return }
    for phrase in candidates {
      guard let form = phrases[Int(phrase)].first?.forms.first else { continue }
      if Self.maskedAgrees(written, form) {
        body(Match(phrase: Int(phrase), first: index, last: index, normalisations: token.normalisations.union(.masked)))
        return
      }
    }
  }

  static func isMask(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "*") || byte == UInt8(ascii: "#") }

  static func hasMask(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { bytes.contains(where: isMask) }

  /// How `token` equals `word`, or nil when it does not.
  static func matches(_ token: Token, _ word: Word, _ arena: ByteArena, disguises: Bool) -> Normalisations? {
    guard token.kind == .word || token.kind == .joined else { return nil }
    var kept = token.normalisations.intersection([.caseFolded, .compatibility, .invisibleRemoved])
    if token.kind == .joined { kept.insert(.separatorsJoined) }
    for form in word.forms {
      if equal(arena.bytes(token.folded), form) { return kept }
      if !token.ascii.isAbsent && equal(arena.bytes(token.ascii), form) { return kept.union(.accentsFolded) }
      guard disguises else { continue }
      if !token.leet.isAbsent && equal(arena.bytes(token.leet), form) { return kept.union(.leetspeak) }
      if !token.compact.isAbsent && equal(arena.bytes(token.compact), form) { return kept.union(.separatorsJoined) }
    }
    guard disguises else { return nil }
    if !token.squeezed.isAbsent && equal(arena.bytes(token.squeezed), word.squeezed) { return kept.union(.stretched) }
    if !token.skeleton.isAbsent && equal(arena.bytes(token.skeleton), word.skeleton) { return kept.union(.homoglyphs) }
    if let form = word.forms.first, maskedAgrees(arena.bytes(token.folded), form) { return kept.union(.masked) }
    return nil
  }

  /// Whether a word with masking symbols (`f**k`) shows at least two letters,
  /// starts with one, and agrees with `form` wherever it shows one.
  static func maskedAgrees(_ written: UnsafeBufferPointer<UInt8>, _ form: [UInt8]) -> Bool {
    guard written.count == form.count, written.count >= 3, !isMask(written[0]), hasMask(written) else { return false }
    var shown = 0
    for (offset, byte) in written.enumerated() where !isMask(byte) {
      guard byte == form[offset] else { return false }
      shown += 1
    }
    return shown >= 2
  }

  private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ form: [UInt8]) -> Bool {
    guard bytes.count == form.count else { return false }
    for index in 0..<form.count where bytes[index] != form[index] { return false }
    return true
  }
}
