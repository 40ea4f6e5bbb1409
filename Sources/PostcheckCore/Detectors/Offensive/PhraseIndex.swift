/// Words and phrases normalised the way posts are, indexed by first word, and
/// matched against a post's tokens whole-word only: a phrase matches when
/// consecutive tokens each equal its words in some normalised form (folded,
/// accent-folded, leetspeak, squeezed against squeezed, skeleton against
/// skeleton, separated letters joined). Never substrings, so `Scunthorpe`,
/// `assessment` and `cocktail` cannot match.
///
/// A class: it is consulted for every token, and a struct of arrays would be
/// retained and released array by array on each call.
final class PhraseIndex: Sendable {
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

  let phrases: [[Word]]
  /// Whether disguised forms count (terms), or only the words as written,
  /// case- and accent-folded (allowlists: `Twatt` is a place, `twaaat` is not).
  let matchesDisguises: Bool
  /// First-word form → bucket of phrase ids.
  private let plain: ByteKeyTable
  /// Single-word phrases by form, and longer ones by their first two words
  /// (`you idiot`): common first words (`you`, `go`) then cost one lookup.
  private let singles: ByteKeyTable
  private let pairs: ByteKeyTable
  private let squeezed: ByteKeyTable
  private let skeletons: ByteKeyTable
  private let buckets: [[Int32]]
  /// Single-word phrases by length, for masked words (`f**k`).
  private let singleWordsByLength: [Int: [Int32]]
  /// Longer phrases by the length of their first word, for a masked first word (`k*ll yourself`).
  private let phrasesByFirstLength: [Int: [Int32]]
  /// A Bloom filter (65,536 bits, two probes) over every first-word form:
  /// most post words miss it and are done with after hashing a few bytes.
  // Written once in init, only read after: safe to share.
  nonisolated(unsafe) private let prefilter: UnsafeMutablePointer<UInt64>

  deinit {
    prefilter.deallocate()
    for table in [plain, singles, pairs, squeezed, skeletons] { table.deallocate() }
  }

  /// A word's fingerprint for the prefilter: its first and last eight bytes
  /// and its length, mixed. Two loads and two multiplies, whatever the length.
  @inline(__always)
  static func fingerprint(_ first: UInt64, _ last: UInt64, _ count: Int) -> UInt64 {
    var hash = (first ^ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
    hash ^= (last &+ UInt64(count)) &* 0x94D0_49BB_1331_11EB
    return hash ^ (hash >> 31)
  }

  static func fingerprint(_ bytes: [UInt8]) -> UInt64 {
    var first: UInt64 = 0
    var last: UInt64 = 0
    if bytes.count >= 8 {
      for index in 0..<8 {
        first |= UInt64(bytes[index]) << UInt64(index * 8)
        last |= UInt64(bytes[bytes.count - 8 + index]) << UInt64(index * 8)
      }
    } else {
      for (index, byte) in bytes.enumerated() { first |= UInt64(byte) << UInt64(index * 8) }
    }
    return fingerprint(first, last, bytes.count)
  }

  /// Whether a form could be the first word of a phrase: the prefilter on its fingerprint.
  @inline(__always)
  private func mayBeFirstWord(_ form: FormRef, _ arena: ByteArena) -> Bool {
    let (first, last) = arena.wordPair(form)
    return prefilterContains(Self.fingerprint(first, last, form.count))
  }

  /// Whether a word (as two words of bytes) holds `*` or `#`: the classic
  /// has-zero-byte test on the word XOR each mask byte.
  @inline(__always)
  static func wordsHaveMask(_ first: UInt64, _ last: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasByte(_ word: UInt64, _ byte: UInt64) -> Bool {
      let x = word ^ (ones &* byte)
      return (x &- ones) & ~x & highs != 0
    }
    // Zero padding is not a mask byte, and XOR with 0x2A/0x23 never makes zero from it.
    return hasByte(first, 0x2A) || hasByte(first, 0x23) || hasByte(last, 0x2A) || hasByte(last, 0x23)
  }

  @inline(__always)
  private func prefilterContains(_ hash: UInt64) -> Bool {
    let first = Int(hash & 0xFFFF)
    let second = Int((hash >> 16) & 0xFFFF)
    return prefilter[first >> 6] & (1 << UInt64(first & 63)) != 0
      && prefilter[second >> 6] & (1 << UInt64(second & 63)) != 0
  }

  init(phrases: [[Word]], matchesDisguises: Bool = true) {
    self.phrases = phrases
    self.matchesDisguises = matchesDisguises
    var buckets: [[Int32]] = []
    var singleWordsByLength: [Int: [Int32]] = [:]
    var phrasesByFirstLength: [Int: [Int32]] = [:]
    var bucketOfKey: [[UInt8]: Int32] = [:]
    var plainKeys: [([UInt8], Int32)] = []
    var squeezedKeys: [([UInt8], Int32)] = []
    var skeletonKeys: [([UInt8], Int32)] = []
    var singleKeys: [([UInt8], Int32)] = []
    var pairKeys: [([UInt8], Int32)] = []
    func bucket(_ key: [UInt8], kind: UInt8) -> Int32 {
      let tagged = [kind] + key
      if let existing = bucketOfKey[tagged] { return existing }
      let id = Int32(buckets.count)
      buckets.append([])
      bucketOfKey[tagged] = id
      switch kind {
      case 0: plainKeys.append((key, id))
      case 1: squeezedKeys.append((key, id))
      case 2: skeletonKeys.append((key, id))
      case 3: singleKeys.append((key, id))
      default: pairKeys.append((key, id))
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
      } else if let form = first.forms.first {
        phrasesByFirstLength[form.count, default: []].append(Int32(id))
      }
      var fast: Set<Int32> = []
      for form in first.forms {
        if words.count == 1 {
          let target = bucket(form, kind: 3)
          if fast.insert(target).inserted { buckets[Int(target)].append(Int32(id)) }
        } else {
          for second in words[1].forms {
            let target = bucket(form + [0x20] + second, kind: 4)
            if fast.insert(target).inserted { buckets[Int(target)].append(Int32(id)) }
          }
        }
      }
    }
    self.buckets = buckets
    self.singleWordsByLength = singleWordsByLength
    self.phrasesByFirstLength = phrasesByFirstLength
    prefilter = .allocate(capacity: 1024)
    prefilter.initialize(repeating: 0, count: 1024)
    for (key, _) in plainKeys {
      let hash = Self.fingerprint(key)
      for bit in [Int(hash & 0xFFFF), Int((hash >> 16) & 0xFFFF)] { prefilter[bit >> 6] |= 1 << UInt64(bit & 63) }
    }
    plain = ByteKeyTable(plainKeys)
    singles = ByteKeyTable(singleKeys)
    pairs = ByteKeyTable(pairKeys)
    squeezed = ByteKeyTable(squeezedKeys)
    skeletons = ByteKeyTable(skeletonKeys)
  }

  var isEmpty: Bool { phrases.isEmpty }

  /// The most words in any phrase: how far back a covering phrase can start.
  var longestPhrase: Int { phrases.map(\.count).max() ?? 0 }

  /// Every phrase starting at `tokens[index]`, calling `body` for each.
  /// Whether a plain word (no other forms) could start a phrase; one load.
  /// Everything else — disguised words, joined letters, handles — may.
  @inline(__always)
  func mayStart(_ token: Token, _ arena: ByteArena) -> Bool {
    guard token.kind == .word else { return token.kind == .joined || token.kind == .mention }
    guard token.ascii.isAbsent && token.leet.isAbsent && token.compact.isAbsent && token.squeezed.isAbsent
      && token.skeleton.isAbsent
    else { return true }
    let (first, last) = arena.wordPair(token.folded)
    if prefilterContains(Self.fingerprint(first, last, token.folded.count)) { return true }
    // A masked word (`f**k`) cannot be hashed like its term: let it through.
    return Self.hasMask(arena.bytes(token.folded))
  }

  /// Every phrase starting at `tokens[index]`, appended to `matches`. Plain
  /// words (the vast majority) end at the prefilter, on a fingerprint from
  /// two loads; the few that pass go to the single-word and two-word tables.
  /// Anything disguised takes `forEachMatch`.
  @inline(__always)
  func appendMatches(startingAt index: Int, in tokens: UnsafeBufferPointer<Token>, arena: ByteArena, to matches: inout [Match]) {
    let token = tokens[index]
    guard matchesDisguises, Self.hasOnlyFoldedForm(token) else {
      forEachMatch(startingAt: index, in: tokens, arena: arena) { matches.append($0) }
      return
    }
    let (firstWord, lastWord) = arena.wordPair(token.folded)
    let masked = token.folded.count <= 16 ? Self.wordsHaveMask(firstWord, lastWord) : Self.hasMask(arena.bytes(token.folded))
    if masked {
      forEachMatch(startingAt: index, in: tokens, arena: arena) { matches.append($0) }
      return
    }
    guard prefilterContains(Self.fingerprint(firstWord, lastWord, token.folded.count)) else { return }
    if index + 1 < tokens.count && !Self.isPlainlyWritten(tokens[index + 1], arena) {
      // A disguised second word (`go b*ck`, `go b a c k`): the general path reads it.
      forEachMatch(startingAt: index, in: tokens, arena: arena) { matches.append($0) }
      return
    }
    var seen: (Int32, Int32, Int32) = (-1, -1, -1)
    fastMatches(index, tokens, arena, &seen) { matches.append($0) }
  }

  @inline(__always)
  private static func hasOnlyFoldedForm(_ token: Token) -> Bool {
    token.kind == .word && token.ascii.isAbsent && token.leet.isAbsent && token.compact.isAbsent
      && token.squeezed.isAbsent && token.skeleton.isAbsent
  }

  func forEachMatch(
    startingAt index: Int, in tokens: UnsafeBufferPointer<Token>, arena: ByteArena, _ body: (Match) -> Void
  ) {
    let token = tokens[index]
    guard mayStart(token, arena) else { return }
    if token.kind == .mention {
      visitMention(token, arena: arena, index: index, body)
      return
    }
    guard token.kind == .word || token.kind == .joined else { return }
    let folded = arena.bytes(token.folded)
    var seen: (Int32, Int32, Int32) = (-1, -1, -1)
    if matchesDisguises && Self.isPlainlyWritten(token, arena)
      && (index + 1 == tokens.count || Self.isPlainlyWritten(tokens[index + 1], arena))
    {
      fastMatches(index, tokens, arena, &seen, body)
      return
    }
    var kept = token.normalisations.intersection([.caseFolded, .compatibility, .invisibleRemoved])
    if token.kind == .joined { kept.insert(.separatorsJoined) }
    // A plain word's only form is usually in no bucket: nothing else to do.
    if mayBeFirstWord(token.folded, arena), let bucket = plain.value(for: folded) {
      visit(bucket, kept, index, tokens, arena, &seen, body)
    }
    if !token.ascii.isAbsent, mayBeFirstWord(token.ascii, arena), let bucket = plain.value(for: arena.bytes(token.ascii)) {
      visit(bucket, kept.union(.accentsFolded), index, tokens, arena, &seen, body)
    }
    guard matchesDisguises else { return }
    if !token.leet.isAbsent, mayBeFirstWord(token.leet, arena), let bucket = plain.value(for: arena.bytes(token.leet)) {
      visit(bucket, kept.union(.leetspeak), index, tokens, arena, &seen, body)
    }
    if !token.compact.isAbsent, mayBeFirstWord(token.compact, arena),
      let bucket = plain.value(for: arena.bytes(token.compact))
    {
      visit(bucket, kept.union(.separatorsJoined), index, tokens, arena, &seen, body)
    }
    if !token.squeezed.isAbsent, let bucket = squeezed.value(for: arena.bytes(token.squeezed)) {
      visit(bucket, kept.union(.stretched), index, tokens, arena, &seen, body)
    }
    if !token.skeleton.isAbsent, let bucket = skeletons.value(for: arena.bytes(token.skeleton)) {
      visit(bucket, kept.union(.homoglyphs), index, tokens, arena, &seen, body)
    }
    let masked = token.kind == .word && Self.hasMask(folded)
    if masked { visitMasked(token, arena: arena, index: index, body) }
    guard masked, let candidates = phrasesByFirstLength[folded.count] else { return }
    // A masked first word of a phrase (`k*ll yourself`): phrases whose first word has its length.
    for phrase in candidates {
      guard phrases[Int(phrase)].count > 1, let how = Self.matches(token, phrases[Int(phrase)][0], arena, disguises: true),
        let match = rest(of: Int(phrase), from: index, tokens, arena, used: how)
      else { continue }
      body(match)
    }
  }

  /// The phrase matched from `tokens[index]` on, its first word already seen
  /// there with the disguises `used`: nil unless the following tokens are
  /// its other words.
  private func rest(
    of phrase: Int, from index: Int, _ tokens: UnsafeBufferPointer<Token>, _ arena: ByteArena, used: Normalisations
  ) -> Match? {
    var used = used
    var last = index
    for word in phrases[phrase].dropFirst() {
      last += 1
      guard last < tokens.count, let how = Self.matches(tokens[last], word, arena, disguises: matchesDisguises) else {
        return nil
      }
      used.formUnion(how)
    }
    return Match(phrase: phrase, first: index, last: last, normalisations: used)
  }

  /// No disguise a pair key cannot carry: only folded, accent-folded or
  /// leetspeak forms (no squeezing, skeleton, separators, joins or masks).
  @inline(__always)
  private static func isPlainlyWritten(_ token: Token, _ arena: ByteArena) -> Bool {
    token.kind != .joined && token.squeezed.isAbsent && token.skeleton.isAbsent && token.compact.isAbsent
      && !hasMask(arena.bytes(token.folded))
  }

  /// Single words by their forms, longer phrases by their first two words.
  private func fastMatches(
    _ index: Int, _ tokens: UnsafeBufferPointer<Token>, _ arena: ByteArena, _ seen: inout (Int32, Int32, Int32),
    _ body: (Match) -> Void
  ) {
    let token = tokens[index]
    let kept = token.normalisations.intersection([.caseFolded, .compatibility, .invisibleRemoved])
    let hasNext = index + 1 < tokens.count && tokens[index + 1].kind == .word
    // Folded, then accent-folded, then leetspeak: no array, this runs for most words.
    for which in 0..<3 {
      let form = which == 0 ? token.folded : which == 1 ? token.ascii : token.leet
      guard !form.isAbsent, mayBeFirstWord(form, arena) else { continue }
      let how = which == 0 ? kept : which == 1 ? kept.union(.accentsFolded) : kept.union(.leetspeak)
      let first = arena.bytes(form)
      if let bucket = singles.value(for: first) { visit(bucket, how, index, tokens, arena, &seen, body) }
      guard hasNext else { continue }
      let next = tokens[index + 1]
      for other in 0..<3 {
        let second = other == 0 ? next.folded : other == 1 ? next.ascii : next.leet
        guard !second.isAbsent else { continue }
        if let bucket = pairs.value(first, 0x20, arena.bytes(second)) {
          visit(bucket, how, index, tokens, arena, &seen, body)
        }
      }
    }
  }

  /// The phrases of one bucket that continue from `tokens[index]`; `seen`
  /// keeps a bucket reached through two forms from being visited twice.
  private func visit(
    _ bucket: Int32, _ normalisations: Normalisations, _ index: Int, _ tokens: UnsafeBufferPointer<Token>,
    _ arena: ByteArena, _ seen: inout (Int32, Int32, Int32), _ body: (Match) -> Void
  ) {
    guard bucket != seen.0, bucket != seen.1, bucket != seen.2 else { return }
    seen = (seen.1, seen.2, bucket)
    for phrase in buckets[Int(bucket)] {
      if let match = rest(of: Int(phrase), from: index, tokens, arena, used: normalisations) { body(match) }
    }
  }

  /// `@ss` is a handle by its syntax but leetspeak by its look: a handle whose
  /// `@` read as `a` is a single-word term is taken as the term.
  private func visitMention(_ token: Token, arena: ByteArena, index: Int, _ body: (Match) -> Void) {
    let written = arena.bytes(token.folded)
    guard written.count <= 8, written.count >= 3 else { return }
    // The key `a` + the rest, looked up without building it.
    let rest = UnsafeBufferPointer(rebasing: written[1...])
    let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    guard let bucket = singles.value(empty, UInt8(ascii: "a"), rest) else { return }
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
