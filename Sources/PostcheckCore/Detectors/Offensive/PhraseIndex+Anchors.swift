/// Reading phrases from their anchors (`PhraseAnchors`): a post token that
/// may be a phrase's anchor word names the starts to read phrases from.
extension PhraseIndex {
  /// Every phrase in `tokens`, appended to `matches` start by start (a
  /// later start may come first): read from each start that a token
  /// anchoring phrases names, each start once.
  func appendAnchoredMatches(
    in tokens: UnsafeBufferPointer<Token>, arena: ByteArena, prints: TokenPrints, to matches: inout [Match]
  ) {
    // The gate in a local: its storage and mask stay in registers for the whole loop.
    let anchorForms = anchors.forms
    // The starts read so far (two anchors may name the same one), as bits
    // from `readFrom`: a start is at most `PhraseAnchors.farthest` tokens back.
    var read: UInt64 = 0
    var readFrom = 0
    for index in tokens.indices {
      let positions: UInt32
      // Nearly every word of a post ends here, on its flags, its print and one
      // probe, without loading the 64-byte token.
      if prints.isPlainWord(index) {
        let print = prints[index]
        guard anchorForms.contains(print) else { continue }
        positions = anchors.positions(of: print)
      } else {
        positions = anchoredPositions(of: tokens[index], arena)
      }
      guard positions != 0 else { continue }
      let earliest = index - PhraseAnchors.farthest
      if earliest > readFrom {
        read = earliest - readFrom < 64 ? read >> UInt64(earliest - readFrom) : 0
        readFrom = earliest
      }
      var remaining = positions
      while remaining != 0 {
        let start = index - remaining.trailingZeroBitCount
        remaining &= remaining - 1
        guard start >= 0 else { break }
        let bit: UInt64 = 1 << UInt64(start - readFrom)
        guard read & bit == 0 else { continue }
        read |= bit
        appendMatches(startingAtAny: start, in: tokens, arena: arena, prints: prints, to: &matches)
      }
    }
  }

  /// The positions a token that is not a plain word may anchor phrases at
  /// (bit `k`: as a phrase's word `k`), from every way it compares
  /// (`WordMask`): its forms, squeezed, skeleton, masked. A handle may be a
  /// single-word term read as leetspeak (`@ss`); numbers, links, addresses
  /// and hashtags anchor nothing.
  @inline(__always)
  func anchoredPositions(of token: Token, _ arena: ByteArena) -> UInt32 {
    switch token.kind {
    case .word, .joined:
      var positions: UInt32 = 0
      _ = WordMask.anyComparisonPrint(of: token, arena) { print in
        positions |= anchors.positions(of: print)
        return false
      }
      return positions
    case .mention: return Self.mayBeLeetspeakTerm(handle: arena.bytes(token.folded)) ? 1 : 0
    case .number, .email, .url, .hashtag: return 0
    }
  }

  /// Every phrase starting at `tokens[start]`, whatever the token, appended to `matches`.
  func appendMatches(
    startingAtAny start: Int, in tokens: UnsafeBufferPointer<Token>, arena: ByteArena, prints: TokenPrints,
    to matches: inout [Match]
  ) {
    if prints.isPlainWord(start) {
      guard firstWords.contains(prints[start]) else { return }
      appendPlainWordMatches(startingAt: start, in: tokens, arena: arena, prints: prints, to: &matches)
    } else if !certainlyStartsNothing(tokens[start], arena) {
      appendMatches(startingAt: start, in: tokens, arena: arena, to: &matches)
    }
  }
}
