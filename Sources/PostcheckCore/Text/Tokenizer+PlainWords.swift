/// The tokenizer's fast path: a chunk that is one plain ASCII word (letters
/// and digits, then at most sentence punctuation) is classified, folded and
/// checked for stretched letters eight bytes at a time (SWAR), where a loop
/// byte by byte spent about twenty instructions per byte on the same.
extension Tokenizer {
  /// Whether a plain-word scan records prints, as a type: each kind of scan is its own compiled loop.
  protocol PrintRecording { static var records: Bool { get } }
  enum RecordingPrints: PrintRecording { static var records: Bool { true } }
  enum NotRecordingPrints: PrintRecording { static var records: Bool { false } }

  /// Eight bytes of `text` from `index`, zero past its end (zero is not alphanumeric, so a scan stops there).
  @inline(__always)
  private static func load8(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt64 {
    guard let base = text.baseAddress else { return 0 }
    if index + 8 <= text.count { return UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) }
    var word: UInt64 = 0
    var shift: UInt64 = 0
    for offset in index..<text.count {
      word |= UInt64(base[offset]) << shift
      shift += 8
    }
    return word
  }

  /// Emits the plain words from `start` on, with the white space between
  /// them, and returns where it stopped: at the end of the text
  /// (`stoppedAtChunk` false), or at the start of a chunk that is not a
  /// plain word (`stoppedAtChunk` true: the general scanners read it). One
  /// call per run of words rather than per word: the call's own cost was a
  /// tenth of a word's.
  ///
  /// Compiled twice (`Recording`): with the print recording and without,
  /// so neither loop carries the other's registers; sharing one copy cost
  /// either path up to fifteen instructions a word, by where the compiler spilled.
  func scanPlainWords<Recording: PrintRecording>(
    _ text: UnsafeBufferPointer<UInt8>, from start: Int, into buffer: TokenBuffer, bits: UnsafePointer<UInt16>,
    pieceMask: inout UInt16, recording: Recording.Type
  ) -> (next: Int, stoppedAtChunk: Bool) {
    var index = start
    while index < text.count {
      let space = spaceLength(text, at: index, bits: bits)
      if space > 0 {
        index &+= space
        continue
      }
      guard text[index] < 0x80,
        let next = scanPlainWord(text, from: index, into: buffer, bits: bits, pieceMask: &pieceMask, recording: recording)
      else { return (index, true) }
      index = next
    }
    return (index, false)
  }

  /// Emits the chunk at `start` as one word token if it is a plain word no
  /// longer than `plainWordRoom` and returns where the chunk ends; nil
  /// (nothing emitted) when the chunk needs the general scanners.
  @inline(__always)
  func scanPlainWord<Recording: PrintRecording>(
    _ text: UnsafeBufferPointer<UInt8>, from start: Int, into buffer: TokenBuffer, bits: UnsafePointer<UInt16>,
    pieceMask: inout UInt16, recording: Recording.Type
  ) -> Int? {
    let arena = buffer.arena
    let folded = arena.tail(reserving: Self.plainWordRoom)
    var length = 0
    var letters: UInt64 = 0
    var uppers: UInt64 = 0
    var digits: UInt64 = 0
    var firstBlock: UInt64 = 0
    while true {
      let x = Self.load8(text, start &+ length)
      let ascii = ~x & ByteLanes.high
      let x7 = x & ByteLanes.low7
      // Setting bit 5 puts both cases of a letter in a...z.
      let letter = ByteLanes.inRange(x7 | (0x20 &* ByteLanes.ones), 0x61, 0x7A) & ascii
      let digit = ByteLanes.inRange(x7, 0x30, 0x39) & ascii
      let stop = ~(letter | digit) & ByteLanes.high
      // Bits below the first byte that is not a letter or digit (all when there is none).
      let inWord = (stop & (0 &- stop)) &- 1
      letters |= letter & inWord
      // Upper case letters have bit 5 clear; `<< 2` brings it to the high bit.
      uppers |= letter & ~(x << 2) & inWord
      digits |= digit & inWord
      let lowered = x | (letter >> 2)
      UnsafeMutableRawPointer(folded + length).storeBytes(of: lowered, as: UInt64.self)
      if length == 0 { firstBlock = lowered }
      let run = stop.trailingZeroBitCount >> 3
      length &+= run
      if run < 8 { break }
      if length >= Self.plainWordRoom { return nil }
    }
    guard length > 0 else { return nil }
    // After the word, only sentence punctuation up to the chunk's end.
    var index = start &+ length
    var mask: UInt16 = 0
    while index < text.count {
      let byte = text[index]
      guard byte < 0x80 else { return nil }
      let kind = bits[Int(byte)]
      if kind & ChunkBits.space != 0 { break }
      guard kind == ChunkBits.trailing else { return nil }
      mask = ChunkBits.trailing
      index &+= 1
    }
    if letters != 0 { mask |= ChunkBits.letter }
    if uppers != 0 { mask |= ChunkBits.upper }
    if digits != 0 { mask |= ChunkBits.digit }
    pieceMask |= mask
    let hasRunOfThree = length <= 8 ? Self.hasRunOfThree(in: firstBlock, length) : Self.hasRunOfThree(folded, length)
    arena.commit(length)
    if Recording.records {
      // A word with digits or a run of three may gain a variant below: not called plain (the detectors then look at the token).
      let surelyPlain = letters != 0 && digits == 0 && !hasRunOfThree
      Self.recordPrint(firstBlock: firstBlock, folded, length, isPlainWord: surelyPlain, into: buffer)
    }
    emitPlainWord(
      text, start, start + length, mask: mask, hasRunOfThree: hasRunOfThree,
      folded: FormRef(offset: arena.count - length, count: length), into: buffer)
    return index
  }

  /// Records a plain word's print from its first eight bytes, still in a register.
  @inline(__always)
  private static func recordPrint(
    firstBlock: UInt64, _ folded: UnsafeMutablePointer<UInt8>, _ length: Int, isPlainWord: Bool,
    into buffer: TokenBuffer
  ) {
    let keep = length >= 8 ? UInt64.max : (UInt64(1) &<< UInt64(truncatingIfNeeded: length &* 8)) &- 1
    let last = length >= 8 ? UnsafeRawPointer(folded + length - 8).loadUnaligned(as: UInt64.self) : 0
    buffer.recordPlainWordPrint(WordPrefilter.fingerprint(firstBlock & keep, last, length), isPlainWord: isPlainWord)
  }

  /// Whether three equal bytes follow each other in the first `length` (at most eight) bytes of `word`.
  @inline(__always)
  private static func hasRunOfThree(in word: UInt64, _ length: Int) -> Bool {
    guard length >= 3 else { return false }
    return runStarts(word) & ((UInt64(1) << UInt64((length &- 2) &* 8)) &- 1) != 0
  }

  /// The high bit of each byte of `word` that starts three equal bytes (meaningful for the first six).
  @inline(__always)
  private static func runStarts(_ word: UInt64) -> UInt64 {
    let differs = (word ^ (word >> 8)) | (word ^ (word >> 16))
    return ~(((differs & ByteLanes.low7) &+ ByteLanes.low7) | differs) & ByteLanes.high
  }

  /// Whether three equal bytes follow each other in `bytes[..<length]`
  /// (digits count too; the squeezing this triggers only touches letters).
  /// Reads up to seven bytes past `length`, inside the arena's reserved room.
  @inline(__always)
  private static func hasRunOfThree(_ bytes: UnsafeMutablePointer<UInt8>, _ length: Int) -> Bool {
    var offset = 0
    // Each eight-byte window tests the runs starting at its first six bytes.
    while offset + 2 < length {
      let word = UnsafeRawPointer(bytes + offset).loadUnaligned(as: UInt64.self)
      let starts = min(6, length &- 2 &- offset)
      if runStarts(word) & ((UInt64(1) << UInt64(starts &* 8)) &- 1) != 0 { return true }
      offset &+= 6
    }
    return false
  }

  /// Emits a plain word whose folded form is already in the arena: the token the general scanner makes.
  @inline(__always)
  private func emitPlainWord(
    _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, mask: UInt16, hasRunOfThree: Bool,
    folded: FormRef, into buffer: TokenBuffer
  ) {
    let hasLetter = mask & ChunkBits.letter != 0
    let kind: TokenKind = hasLetter ? .word : .number
    let normalisations: Normalisations = mask & ChunkBits.upper != 0 ? .caseFolded : []
    let gap = folded.count == 1 ? gapBefore(text, start) : 0
    if _slowPath(hasLetter && (mask & ChunkBits.digit != 0 || hasRunOfThree)) {
      var token = Token(
        start: base + start, end: base + end, kind: kind, normalisations: normalisations, folded: folded, gapBefore: gap)
      Variants.add(to: &token, arena: buffer.arena, leetspeak: leetspeak)
      appendPrinted(token, into: buffer)
      return
    }
    // Apart from the variants' path: a token passed `inout` lives on the stack, and
    // copying it into the buffer with wide loads after narrow stores stalled every word.
    appendPrinted(
      Token(start: base + start, end: base + end, kind: kind, normalisations: normalisations, folded: folded, gapBefore: gap),
      into: buffer)
  }
}
