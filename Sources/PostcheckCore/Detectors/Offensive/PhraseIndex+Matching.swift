/// Matching a post's tokens against the index. Two paths: plain words (the
/// vast majority) end at the prefilter on a fingerprint from two loads, and
/// the few that pass go to the single-word and two-word tables; anything
/// disguised, joined or masked takes `forEachMatch`, which tries every form.
extension PhraseIndex {
  /// Whether `token` certainly starts no phrase: not a word, joined letters
  /// or a handle, or a word none of whose forms is in the prefilter. True for
  /// nearly every token of a post; the detector probes plain words itself on
  /// their recorded prints and asks this of the rest.
  @inline(__always)
  func certainlyStartsNothing(_ token: Token, _ arena: ByteArena) -> Bool {
    guard matchesDisguises else { return false }
    switch token.kind {
    case .word: return noFormMayStart(token, arena)
    case .joined: return false
    case .mention: return !Self.mayBeLeetspeakTerm(handle: arena.bytes(token.folded))
    case .number, .email, .url, .hashtag: return true
    }
  }

  /// Whether a handle could be a term with its `@` read as `a` (`@ss`):
  /// three to eight characters, letters after the `@`. Most handles
  /// (`@jo_smith`, `@college2026`) are not, and skip the table lookup.
  @inline(__always)
  static func mayBeLeetspeakTerm(handle: UnsafeBufferPointer<UInt8>) -> Bool {
    guard handle.count >= 3, handle.count <= 8 else { return false }
    for index in 1..<handle.count where handle[index] &- UInt8(ascii: "a") >= 26 { return false }
    return true
  }

  /// A word: whether it is unmasked and every form of it misses the
  /// prefilter, which holds every key `forEachMatch` looks up.
  private func noFormMayStart(_ token: Token, _ arena: ByteArena) -> Bool {
    guard !token.normalisations.contains(.masked) else { return false }
    // Spelled out rather than a loop over an array of forms: no array to build per word.
    func misses(_ form: FormRef) -> Bool { form.isAbsent || !mayBeFirstWord(form, arena) }
    return misses(token.folded) && misses(token.ascii) && misses(token.leet) && misses(token.compact)
      && misses(token.squeezed) && misses(token.skeleton)
  }

  /// Every phrase starting at `tokens[index]`, appended to `matches`: the
  /// general path, for tokens other than plain words (which take
  /// `appendPlainWordMatches`).
  func appendMatches(startingAt index: Int, in tokens: UnsafeBufferPointer<Token>, arena: ByteArena, to matches: inout [Match]) {
    // Numbers, links, e-mails and hashtags start no phrase; handles may be `@ss`.
    let kind = tokens[index].kind
    guard kind == .word || kind == .joined || kind == .mention else { return }
    forEachMatch(startingAt: index, in: tokens, arena: arena) { matches.append($0) }
  }

  /// Every phrase starting at the plain word `tokens[index]`, whose print
  /// `prints` holds and which is in `firstWords` (the caller has asked).
  /// Phrases of plain words are read by their chained prints
  /// (`PhraseChains`); a disguised word where a phrase could go on sends the
  /// start to the general path, which reads every form.
  @inline(__always)
  func appendPlainWordMatches(
    startingAt index: Int, in tokens: UnsafeBufferPointer<Token>, arena: ByteArena, prints: TokenPrints,
    to matches: inout [Match]
  ) {
    if !matchesDisguises || !appendChainedMatches(startingAt: index, in: tokens, arena: arena, prints: prints, to: &matches) {
      forEachMatch(startingAt: index, in: tokens, arena: arena) { matches.append($0) }
    }
  }

  /// The chained reading of `appendPlainWordMatches`: false, with nothing
  /// appended, when a disguised word is met where a phrase could go on.
  @inline(__always)
  private func appendChainedMatches(
    startingAt index: Int, in tokens: UnsafeBufferPointer<Token>, arena: ByteArena, prints: TokenPrints,
    to matches: inout [Match]
  ) -> Bool {
    let found = matches.count
    var chain = prints[index]
    if chains.complete.contains(PhraseChains.completeKey(chain)) {
      appendVerified(chain, first: index, last: index, tokens, arena, to: &matches)
    }
    var last = index
    while last + 1 < tokens.count && last - index + 1 < longestPhrase {
      guard prints.isPlainWord(last + 1) else {
        let next = tokens[last + 1]
        // Numbers, links and handles are no phrase's later words; a disguised
        // word may be (`go b*ck`, `you b i t c h`).
        guard next.kind == .word || next.kind == .joined else { break }
        guard last > index || mayContinue(after: prints[index], into: next, arena) else { break }
        if matches.count > found { matches.removeSubrange(found...) }
        return false
      }
      last += 1
      chain = WordPrefilter.pair(chain, prints[last])
      if chains.complete.contains(PhraseChains.completeKey(chain)) {
        appendVerified(chain, first: index, last: last, tokens, arena, to: &matches)
      }
      guard chains.prefixes.contains(chain) else { break }
    }
    return true
  }

  /// The phrases with words' chain `chain` that tokens `first...last` are, word for word.
  private func appendVerified(
    _ chain: UInt64, first: Int, last: Int, _ tokens: UnsafeBufferPointer<Token>, _ arena: ByteArena,
    to matches: inout [Match]
  ) {
    for phrase in chains.phrases(withChain: chain) where wordCount(of: Int(phrase)) == last - first + 1 {
      guard let how = self.matches(tokens[first], word: Int(phraseStarts[Int(phrase)]), arena),
        let match = rest(of: Int(phrase), from: first, tokens, arena, used: how)
      else { continue }
      matches.append(match)
    }
  }

  /// Every phrase starting at `tokens[index]`, calling `body` for each.
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
    if !token.squeezed.isAbsent, mayBeFirstWord(token.squeezed, arena),
      let bucket = squeezed.value(for: arena.bytes(token.squeezed))
    {
      visit(bucket, kept.union(.stretched), index, tokens, arena, &seen, body)
    }
    if !token.skeleton.isAbsent, mayBeFirstWord(token.skeleton, arena),
      let bucket = skeletons.value(for: arena.bytes(token.skeleton))
    {
      visit(bucket, kept.union(.homoglyphs), index, tokens, arena, &seen, body)
    }
    let masked = token.kind == .word && token.normalisations.contains(.masked)
    if masked { visitMasked(token, arena: arena, index: index, body) }
    guard masked, let first = folded.first,
      let candidates = maskedFirstWords[Self.maskedKey(count: folded.count, first: first)]
    else { return }
    // A masked first word of a phrase (`k*ll yourself`): the phrases of each
    // first word it agrees with. Its other readings (leetspeak, joined,
    // squeezed) were looked up above, and its single words by `visitMasked`.
    for member in members(of: candidates) {
      let form = bytes(forms[Int(words[Int(phraseStarts[Int(member)])].firstForm)])
      guard Self.maskedAgrees(folded, form), let bucket = plain.value(for: form) else { continue }
      visit(bucket, kept.union(.masked), index, tokens, arena, &seen, body, longerOnly: true)
    }
  }

  /// Whether a token could start a phrase. A plain word (no other forms) is
  /// asked of the prefilter; everything else — disguised words, joined
  /// letters, handles — may.
  @inline(__always)
  func mayStart(_ token: Token, _ arena: ByteArena) -> Bool {
    guard token.kind == .word else { return token.kind == .joined || token.kind == .mention }
    // A masked word (`f**k`) cannot be hashed like its term: let it through.
    guard token.isPlainWord else { return true }
    return prefilter.contains(WordPrefilter.fingerprint(token.folded, in: arena))
  }

  /// Whether a form could be the first word of a phrase: the prefilter on its fingerprint.
  @inline(__always)
  private func mayBeFirstWord(_ form: FormRef, _ arena: ByteArena) -> Bool {
    prefilter.contains(WordPrefilter.fingerprint(form, in: arena))
  }

  /// No disguise a pair key cannot carry: only folded, accent-folded or
  /// leetspeak forms (no squeezing, skeleton, separators, joins or masks).
  @inline(__always)
  private static func isPlainlyWritten(_ token: Token, _ arena: ByteArena) -> Bool {
    token.kind != .joined && token.squeezed.isAbsent && token.skeleton.isAbsent && token.compact.isAbsent
      && !token.normalisations.contains(.masked)
  }

  @inline(__always)
  private func members(of bucket: Int32) -> ArraySlice<Int32> {
    bucketMembers[Int(bucketStarts[Int(bucket)])..<Int(bucketStarts[Int(bucket) + 1])]
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
    // The prefilter also holds single-word and two-word keys, so a common
    // first word (`you`, `get`) costs no table lookup when nothing follows it.
    for which in 0..<3 {
      let form = which == 0 ? token.folded : which == 1 ? token.ascii : token.leet
      guard !form.isAbsent else { continue }
      let print = WordPrefilter.fingerprint(form, in: arena)
      guard prefilter.contains(print) else { continue }
      let how = which == 0 ? kept : which == 1 ? kept.union(.accentsFolded) : kept.union(.leetspeak)
      let first = arena.bytes(form)
      if prefilter.contains(Self.singleKey(print)), let bucket = singles.value(for: first) {
        visit(bucket, how, index, tokens, arena, &seen, body)
      }
      guard hasNext else { continue }
      let next = tokens[index + 1]
      for other in 0..<3 {
        let second = other == 0 ? next.folded : other == 1 ? next.ascii : next.leet
        guard !second.isAbsent else { continue }
        let secondPrint = WordPrefilter.fingerprint(second, in: arena)
        guard prefilter.contains(WordPrefilter.pair(print, secondPrint)) else { continue }
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
    _ arena: ByteArena, _ seen: inout (Int32, Int32, Int32), _ body: (Match) -> Void, longerOnly: Bool = false
  ) {
    guard bucket != seen.0, bucket != seen.1, bucket != seen.2 else { return }
    seen = (seen.1, seen.2, bucket)
    // The next two tokens' masks, once for the whole bucket: most members
    // fail on their second or third word, and are passed over on a mask.
    let second = index + 1 < tokens.count ? WordMask.of(tokens[index + 1], arena) : 0
    let third = index + 2 < tokens.count ? WordMask.of(tokens[index + 2], arena) : 0
    for phrase in members(of: bucket) {
      let firstWord = Int(phraseStarts[Int(phrase)])
      let wordCount = Int(phraseStarts[Int(phrase) + 1]) - firstWord
      if longerOnly && wordCount == 1 { continue }
      if wordCount > 1 && wordMasks[firstWord + 1] & second == 0 { continue }
      if wordCount > 2 && wordMasks[firstWord + 2] & third == 0 { continue }
      if let match = rest(of: Int(phrase), from: index, tokens, arena, used: normalisations) { body(match) }
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
    for word in Int(phraseStarts[phrase]) + 1..<Int(phraseStarts[phrase + 1]) {
      last += 1
      guard last < tokens.count, let how = matches(tokens[last], word: word, arena) else { return nil }
      used.formUnion(how)
    }
    return Match(phrase: phrase, first: index, last: last, normalisations: used)
  }

  /// `@ss` is a handle by its syntax but leetspeak by its look: a handle whose
  /// `@` read as `a` is a single-word term is taken as the term.
  private func visitMention(_ token: Token, arena: ByteArena, index: Int, _ body: (Match) -> Void) {
    let written = arena.bytes(token.folded)
    guard Self.mayBeLeetspeakTerm(handle: written) else { return }
    // The key `a` + the rest, looked up without building it.
    let rest = UnsafeBufferPointer(rebasing: written[1...])
    let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    guard let bucket = singles.value(empty, UInt8(ascii: "a"), rest) else { return }
    for phrase in members(of: bucket) where wordCount(of: Int(phrase)) == 1 {
      body(Match(phrase: Int(phrase), first: index, last: index, normalisations: [.leetspeak]))
      return
    }
  }

  /// `f**k`, `sh#t`: a word with masking symbols matches a single word of the
  /// same length whose other letters agree; at least two letters must show.
  private func visitMasked(_ token: Token, arena: ByteArena, index: Int, _ body: (Match) -> Void) {
    let written = arena.bytes(token.folded)
    guard let first = written.first,
      let candidates = maskedSingles[Self.maskedKey(count: written.count, first: first)]
    else { return }
    for phrase in members(of: candidates) where Self.maskedAgrees(written, firstForm(of: Int(phrase))) {
      body(Match(phrase: Int(phrase), first: index, last: index, normalisations: token.normalisations.union(.masked)))
      return
    }
  }

  /// How `token` equals the stored word `word`, or nil when it does not.
  private func matches(_ token: Token, word index: Int, _ arena: ByteArena) -> Normalisations? {
    guard token.kind == .word || token.kind == .joined else { return nil }
    let word = words[index]
    var kept = token.normalisations.intersection([.caseFolded, .compatibility, .invisibleRemoved])
    if token.kind == .joined { kept.insert(.separatorsJoined) }
    for formIndex in Int(word.firstForm)..<Int(word.firstForm + word.formCount) {
      let form = bytes(forms[formIndex])
      if Self.equal(arena.bytes(token.folded), form) { return kept }
      if !token.ascii.isAbsent && Self.equal(arena.bytes(token.ascii), form) { return kept.union(.accentsFolded) }
      guard matchesDisguises else { continue }
      if !token.leet.isAbsent && Self.equal(arena.bytes(token.leet), form) { return kept.union(.leetspeak) }
      if !token.compact.isAbsent && Self.equal(arena.bytes(token.compact), form) { return kept.union(.separatorsJoined) }
    }
    guard matchesDisguises else { return nil }
    if !token.squeezed.isAbsent && Self.equal(arena.bytes(token.squeezed), bytes(word.squeezed)) {
      return kept.union(.stretched)
    }
    if !token.skeleton.isAbsent && Self.equal(arena.bytes(token.skeleton), bytes(word.skeleton)) {
      return kept.union(.homoglyphs)
    }
    if word.formCount > 0, Self.maskedAgrees(arena.bytes(token.folded), bytes(forms[Int(word.firstForm)])) {
      return kept.union(.masked)
    }
    return nil
  }

  static func isMask(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "*") || byte == UInt8(ascii: "#") }

  static func hasMask(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { bytes.contains(where: isMask) }

  /// Whether a word with masking symbols (`f**k`) shows at least two letters,
  /// starts with one, and agrees with `form` wherever it shows one.
  static func maskedAgrees(_ written: UnsafeBufferPointer<UInt8>, _ form: UnsafeBufferPointer<UInt8>) -> Bool {
    guard written.count == form.count, written.count >= 3, !isMask(written[0]), hasMask(written) else { return false }
    var shown = 0
    for (offset, byte) in written.enumerated() where !isMask(byte) {
      guard byte == form[offset] else { return false }
      shown += 1
    }
    return shown >= 2
  }

  @inline(__always)
  private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ form: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count == form.count else { return false }
    for index in 0..<form.count where bytes[index] != form[index] { return false }
    return true
  }
}
