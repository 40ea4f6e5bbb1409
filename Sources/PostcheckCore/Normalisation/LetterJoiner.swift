/// Joins single letters spelt out with separators (`f u c k`, `f-u-c-k`,
/// `s.h.1.t`) into one `.joined` token spanning them all.
///
/// A run needs three or more one-character tokens, at least two of them
/// letters, each separated from the next by a short gap of separators on
/// one line (see `Token.gapBefore`), all gaps of one length. Joined tokens
/// go to `TokenBuffer.joined`, so `tokens` stays the post's plain word sequence.
enum LetterJoiner {
  static let minimumLetters = 3

  static func join(_ buffer: TokenBuffer, icu: ICUText, leetspeak: LeetspeakTable) {
    let tokens = buffer.tokens
    let arena = buffer.arena
    var runStart = 0
    var runLength = 0
    // The length of the run's separators: one of another length (`, ` after
    // ` `) ends it, so `c u n t, f u c k` is two words, not `cuntfuck`.
    var runGap: UInt8 = 0
    for index in 0..<tokens.count {
      let single = isSingleCharacter(tokens[index], arena)
      let gap = tokens[index].gapBefore
      if single && runLength > 0 && gap > 0 && (runLength == 1 || gap == runGap) {
        if runLength == 1 { runGap = gap }
        runLength += 1
        continue
      }
      if runLength >= minimumLetters { emitRun(tokens[runStart..<(runStart + runLength)], buffer, icu, leetspeak) }
      // A token that broke the run may start the next one.
      runStart = index
      runLength = single ? 1 : 0
    }
    if runLength >= minimumLetters { emitRun(tokens[runStart..<(runStart + runLength)], buffer, icu, leetspeak) }
  }

  /// The run joined whole and, when it starts with a one-letter word, also without it.
  private static func emitRun(
    _ run: Slice<UnsafeBufferPointer<Token>>, _ buffer: TokenBuffer, _ icu: ICUText, _ leetspeak: LeetspeakTable
  ) {
    guard let whole = joined(run, buffer: buffer, icu: icu, leetspeak: leetspeak) else { return }
    buffer.appendJoined(whole)
    let rest = run.dropFirst()
    if rest.count >= minimumLetters, let first = run.first, isOneLetterWord(first, buffer.arena),
      let withoutWord = joined(rest, buffer: buffer, icu: icu, leetspeak: leetspeak)
    {
      buffer.appendJoinedAfterLeadingWord(withoutWord)
    }
  }

  /// `a` and `I`, words of one letter that can stand before spelt-out letters.
  private static func isOneLetterWord(_ token: Token, _ arena: ByteArena) -> Bool {
    let bytes = arena.bytes(token.base)
    return bytes.count == 1 && (bytes[0] | 0x20 == UInt8(ascii: "a") || bytes[0] | 0x20 == UInt8(ascii: "i"))
  }

  @inline(__always)
  private static func isSingleCharacter(_ token: Token, _ arena: ByteArena) -> Bool {
    // One scalar is at most four bytes: most tokens are rejected without reading them.
    guard token.base.count <= 4, token.kind == .word || token.kind == .number else { return false }
    let bytes = arena.bytes(token.base)
    guard let first = bytes.first else { return false }
    if first < 0x80 { return bytes.count == 1 }
    return UTF8Scanning.scalarCount(bytes, from: 0, to: bytes.count) == 1
  }

  private static func joined(
    _ run: Slice<UnsafeBufferPointer<Token>>, buffer: TokenBuffer, icu: ICUText, leetspeak: LeetspeakTable
  ) -> Token? {
    let arena = buffer.arena
    var letters = 0
    for token in run {
      if let byte = arena.bytes(token.base).first, byte >= 0x80 || ASCIIClass.of(byte).isLetter { letters += 1 }
    }
    guard letters >= 2, let first = run.first, let last = run.last else { return nil }
    var normalisations: Normalisations = [.separatorsJoined]
    let start = arena.count
    var hasNonASCII = false
    for token in run {
      normalisations.formUnion(token.normalisations)
      let part = arena.appendCopy(of: token.base)
      for index in part.offset..<(part.offset + part.count) {
        let byte = arena[index]
        if byte >= 0x80 {
          hasNonASCII = true
        } else if let letter = leetspeak.letter(for: byte) {
          arena[index] = letter
          normalisations.insert(.leetspeak)
        }
      }
    }
    var joined = Token(
      start: first.start, end: last.end, kind: .joined, normalisations: normalisations,
      folded: FormRef(offset: start, count: arena.count - start))
    joined.gapBefore = first.gapBefore
    if hasNonASCII {
      let skeleton = icu.appendSkeleton(joined.folded, in: arena)
      if !skeleton.isAbsent {
        joined.skeleton = skeleton
        joined.normalisations.insert(.homoglyphs)
      }
    }
    return joined
  }
}
