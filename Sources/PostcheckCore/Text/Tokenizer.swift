/// Splits post text into tokens with normalised forms, keeping every token's
/// byte span in the original text.
///
/// The text is cut into chunks at white space. In each chunk, e-mail
/// addresses, URLs, handles and hashtags are recognised first (they are not
/// words and must not be split by UAX #29); what remains is word-segmented:
/// by a Swift scanner when it holds no non-ASCII letters (invisible characters
/// and emoji do not count), by ICU's UAX #29 break iterator otherwise.
///
/// Tokens never cross ASCII white space, so text may be fed in pieces cut
/// after white space (`TokenStream`) with the same result as whole.
public final class Tokenizer {
  let icu: ICUText
  let leetspeak: LeetspeakTable
  let classify = ScalarClassifier()
  let specials = SpecialTokens()
  let segmentCache = SegmentCache()
  // Scratch for the ICU path, reused between calls.
  // Tokenizer state is touched on every token; no access can overlap another.
  @exclusivity(unchecked) var utf16: [UInt16] = []
  @exclusivity(unchecked) var unitStarts: [Int] = []
  @exclusivity(unchecked) var unitEnds: [Int] = []
  @exclusivity(unchecked) var segments: [WordSegment] = []
  /// Tokens that may be one character (the letter joiner needs three).
  @exclusivity(unchecked) var singleCharacterTokens = 0
  /// Absolute end of the last token emitted, for the gap-before of the next.
  @exclusivity(unchecked) var lastTokenEnd = 0
  /// Room the fast path folds a plain word into: longer words take the general scanner.
  static let plainWordRoom = 64
  /// Whether plain words take the fast path; tests turn it off to check
  /// that both paths give the same tokens.
  var usesPlainWordPath = true
  /// Offset of `text[0]` in the whole post while tokenizing a piece.
  @exclusivity(unchecked) var base = 0

  /// Whether tokens' word fingerprints are recorded as they are made
  /// (`TokenBuffer.prints`), for screeners whose detectors read them. A
  /// constant, so the test per word is hoisted out of the tokenizer's loops.
  let recordsPrints: Bool

  public init(leetspeak: LeetspeakTable, recordsPrints: Bool = false) throws(ICUError) {
    icu = try ICUText()
    self.leetspeak = leetspeak
    self.recordsPrints = recordsPrints
  }

  /// Tokenizes a whole post into `buffer` (cleared first) and joins separated letters.
  public func tokenize(_ text: UnsafeBufferPointer<UInt8>, into buffer: TokenBuffer) {
    buffer.removeAll()
    buffer.printsRecorded = recordsPrints
    lastTokenEnd = 0
    singleCharacterTokens = 0
    tokenizePiece(text, from: 0, base: 0, into: buffer)
    joinSeparatedLetters(in: buffer)
  }

  /// Tokenizes `text[from...]`, a piece of a larger post that starts at `base`;
  /// `text[..<from]` is look-behind context from the previous piece.
  func tokenizePiece(_ text: UnsafeBufferPointer<UInt8>, from: Int, base: Int, into buffer: TokenBuffer) {
    self.base = base
    let count = text.count
    let bits = ChunkBits.table
    var index = from
    // What kinds of byte the piece holds, for detectors that need digits.
    var pieceMask: UInt16 = 0
    defer {
      buffer.byteClasses |= pieceMask
      if recordsPrints { buffer.settlePrints() }
    }
    while index < count {
      let space = spaceLength(text, at: index, bits: bits)
      if space > 0 {
        index += space
        continue
      }
      // Most chunks are a plain word (`word`, `Word,`, `2025!`), and most
      // words follow one: a run of them is read in one call, eight bytes at a time.
      if usesPlainWordPath {
        let (next, stoppedAtChunk) =
          recordsPrints
          ? scanPlainWords(text, from: index, into: buffer, bits: bits, pieceMask: &pieceMask, recording: RecordingPrints.self)
          : scanPlainWords(
            text, from: index, into: buffer, bits: bits, pieceMask: &pieceMask, recording: NotRecordingPrints.self)
        index = next
        if !stoppedAtChunk { continue }
      }
      // One pass over the chunk gathers what kinds of byte it holds, to pick its scanner.
      let chunkStart = index
      var mask: UInt16 = 0
      var alphanumericEnd = index
      var firstOther = Int.max
      while index < count {
        let byte = text[index]
        if byte < 0x80 {
          let kind = bits[Int(byte)]
          if kind & ChunkBits.space != 0 { break }
          mask |= kind
          if kind & ChunkBits.alphanumeric != 0 {
            alphanumericEnd = index + 1
          } else if firstOther == Int.max {
            firstOther = index
          }
          index += 1
        } else {
          let (scalar, length) = UTF8Scanning.decode(text, at: index)
          let kind = classify(scalar)
          if kind == .space { break }
          mask |= kind == .word ? ChunkBits.nonASCII | ChunkBits.nonASCIIWord : ChunkBits.nonASCII
          if firstOther == Int.max { firstOther = index }
          index += length
        }
      }
      pieceMask |= mask
      if mask & ~ChunkBits.plainWord == 0 && firstOther >= alphanumericEnd && alphanumericEnd > chunkStart {
        // A plain word the fast path left (too long, or ended by a non-ASCII space): the general scanner makes the same token.
        scanASCIIWords(text, chunkStart, alphanumericEnd, into: buffer)
      } else if mask & ChunkBits.mayStartSpecial != 0 || (mask & ChunkBits.w != 0 && firstOther != Int.max) {
        tokenizeChunk(text, chunkStart, index, hasNonASCII: mask & ChunkBits.nonASCII != 0, into: buffer)
      } else if mask & ChunkBits.nonASCIIWord != 0 {
        scanWordsWithICU(text, chunkStart, index, into: buffer)
      } else if mask & ChunkBits.mayHoldWord != 0 {
        scanASCIIWords(text, chunkStart, index, into: buffer)
      }
    }
  }

  /// The length in bytes of the white space character at `index` (ASCII or
  /// not), 0 when the character there is not white space.
  @inline(__always)
  func spaceLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int, bits: UnsafePointer<UInt16>) -> Int {
    let byte = text[index]
    if byte < 0x80 { return bits[Int(byte)] & ChunkBits.space != 0 ? 1 : 0 }
    let (scalar, length) = UTF8Scanning.decode(text, at: index)
    return classify(scalar) == .space ? length : 0
  }

  /// Emits the special tokens of a chunk and word-segments the rest.
  private func tokenizeChunk(
    _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hasNonASCII: Bool, into buffer: TokenBuffer
  ) {
    var gapStart = start
    var index = start
    while index < end {
      guard let special = specials.match(in: text, at: index, chunkStart: start, gapStart: gapStart, end: end)
      else {
        index += 1
        continue
      }
      tokenizeWords(text, gapStart, special.start, hasNonASCII: hasNonASCII, into: buffer)
      emitSpecial(special, text, into: buffer)
      gapStart = special.end
      index = special.end
    }
    tokenizeWords(text, gapStart, end, hasNonASCII: hasNonASCII, into: buffer)
  }

  func tokenizeWords(
    _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hasNonASCII: Bool, into buffer: TokenBuffer
  ) {
    guard start < end else { return }
    if hasNonASCII && containsNonASCIIWordScalar(text, start, end) {
      scanWordsWithICU(text, start, end, into: buffer)
    } else {
      scanASCIIWords(text, start, end, into: buffer)
    }
  }

  private func containsNonASCIIWordScalar(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    var index = start
    while index < end {
      if text[index] < 0x80 {
        index += 1
        continue
      }
      let (scalar, length) = UTF8Scanning.decode(text, at: index)
      if classify(scalar) == .word { return true }
      index += length
    }
    return false
  }

  private func emitSpecial(_ special: SpecialToken, _ text: UnsafeBufferPointer<UInt8>, into buffer: TokenBuffer) {
    let arena = buffer.arena
    let formStart = arena.count
    var normalisations: Normalisations = []
    var index = special.start
    // Nearly always ASCII: lowered in one go.
    if let start = text.baseAddress.map({ $0 + special.start }),
      let sawUpper = arena.appendLoweringASCII(start, count: special.end - special.start)
    {
      if sawUpper { normalisations.insert(.caseFolded) }
      index = special.end
    }
    while index < special.end {
      let byte = text[index]
      if byte < 0x80 {
        if ASCIIClass.of(byte) == .upper { normalisations.insert(.caseFolded) }
        arena.append(ASCIIClass.of(byte) == .upper ? byte | 0x20 : byte)
        index += 1
      } else {
        // Letters are kept as written; invisible characters are left out.
        let (scalar, length) = UTF8Scanning.decode(text, at: index)
        if classify(scalar) == .ignorable {
          normalisations.insert(.invisibleRemoved)
        } else {
          for offset in 0..<length { arena.append(text[index + offset]) }
        }
        index += length
      }
    }
    var token = Token(
      start: base + special.start, end: base + special.end, kind: special.kind,
      normalisations: normalisations, folded: FormRef(offset: formStart, count: arena.count - formStart))
    token.gapBefore = gapBefore(text, special.start)
    if special.kind == .mention || special.kind == .hashtag {
      Variants.add(to: &token, arena: arena, leetspeak: leetspeak)
    }
    buffer.specialKinds |= 1 << token.kind.rawValue
    append(token, into: buffer)
  }

  @inline(__always)
  func append(_ token: Token, into buffer: TokenBuffer) {
    if recordsPrints { buffer.recordPrint(of: token) }
    appendPrinted(token, into: buffer)
  }

  /// Appends a token whose print is recorded already (or not wanted).
  @inline(__always)
  func appendPrinted(_ token: Token, into buffer: TokenBuffer) {
    buffer.append(token)
    lastTokenEnd = token.end
    // One character: one ASCII byte, or up to four bytes starting with a non-ASCII lead byte.
    let folded = token.folded.count
    if folded == 1 || (folded <= 4 && folded > 1 && buffer.arena[token.folded.offset] >= 0x80) {
      singleCharacterTokens += 1
    }
  }

  /// Runs the letter joiner when the post has enough one-character tokens to form a run.
  func joinSeparatedLetters(in buffer: TokenBuffer) {
    if singleCharacterTokens >= LetterJoiner.minimumLetters {
      LetterJoiner.join(buffer, icu: icu, leetspeak: leetspeak)
    }
  }

  /// Describes the bytes between the previous token and a token starting at
  /// `start`, for the letter joiner: joinable only when short, on one line and
  /// made of separators (`f u c k`, `f-u-c-k`, `f/u/c/k`).
  func gapBefore(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> UInt8 {
    let gapLength = base + start - lastTokenEnd
    guard gapLength >= 1, gapLength <= Token.maximumJoinableGap, start - gapLength >= 0 else { return 0 }
    for index in (start - gapLength)..<start {
      let byte = text[index]
      if byte >= 0x80 { continue }
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"),
        UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: ","),
        UInt8(ascii: "+"), UInt8(ascii: "'"), UInt8(ascii: "\\"), UInt8(ascii: "="), UInt8(ascii: ":"):
        continue
      default:
        return 0
      }
    }
    return UInt8(gapLength)
  }
}
