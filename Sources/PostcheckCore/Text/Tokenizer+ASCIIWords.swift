extension Tokenizer {
  /// Word-segments a stretch with no non-ASCII letters: ASCII follows UAX #29
  /// (letters and digits, joined by `'` `.` `:` between letters and `.` `,`
  /// `;` `'` between digits), invisible characters are skipped without ending
  /// the word, and other non-ASCII scalars (emoji, symbols) end it.
  ///
  /// One deliberate departure from UAX #29: disguise symbols (`@ $ ! | + * #`)
  /// between letters stay in the word, as do trailing `$$` and `**`, so that
  /// `sh!t`, `f**k` and `a$$` reach the detectors whole.
  func scanASCIIWords(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into buffer: TokenBuffer) {
    var index = start
    while index < end {
      let byte = text[index]
      if byte >= 0x80 {
        index += UTF8Scanning.decode(text, at: index).length
        continue
      }
      let kind = ASCIIClass.of(byte)
      let startsWord =
        kind.isAlphanumeric || kind == .underscore
        || (kind == .disguise && index + 1 < end && text[index + 1] < 0x80
          && ASCIIClass.of(text[index + 1]).isLetter && !isWordByte(text, before: index, floor: start))
      guard startsWord else {
        index += 1
        continue
      }
      index = scanASCIIWord(text, from: index, end: end, into: buffer)
    }
  }

  private func isWordByte(_ text: UnsafeBufferPointer<UInt8>, before index: Int, floor: Int) -> Bool {
    guard index > floor, text[index - 1] < 0x80 else { return false }
    return ASCIIClass.of(text[index - 1]).isAlphanumeric
  }

  /// Scans one word starting at `start`; emits it and returns where it ended.
  private func scanASCIIWord(_ text: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, into buffer: TokenBuffer)
    -> Int
  {
    var index = start
    var wordEnd = start
    var letters = 0
    var digits = 0
    var sawInvisible = false
    var previous = ASCIIClass.other
    scan: while index < end {
      let byte = text[index]
      if byte >= 0x80 {
        let (scalar, length) = UTF8Scanning.decode(text, at: index)
        guard classify(scalar) == .ignorable else { break }
        sawInvisible = true
        index += length
        continue
      }
      let kind = ASCIIClass.of(byte)
      switch kind {
      case .upper, .lower:
        letters += 1
      case .digit:
        digits += 1
      case .underscore:
        break
      case .midNumLet, .midLetter, .midNum:
        let next = nextASCIIClass(text, after: index, end: end)
        let joinsLetters = kind != .midNum && previous.isLetter && next.isLetter
        let joinsDigits = kind != .midLetter && previous == .digit && next == .digit
        guard joinsLetters || joinsDigits else { break scan }
      case .disguise:
        var runEnd = index
        while runEnd < end, text[runEnd] < 0x80, ASCIIClass.of(text[runEnd]) == .disguise { runEnd += 1 }
        let next = runEnd < end && text[runEnd] < 0x80 ? ASCIIClass.of(text[runEnd]) : .other
        if next.isAlphanumeric && (letters > 0 || next.isLetter) {
          index = runEnd
          wordEnd = runEnd
          previous = .disguise
          continue scan
        }
        // Trailing `$$` / `**` masks (`a$$`, `f***`) stay with the word.
        if letters > 0, runEnd - index >= 2, isUniformRun(text, index, runEnd) {
          wordEnd = runEnd
        }
        break scan
      default:
        break scan
      }
      previous = kind
      index += 1
      wordEnd = index
    }
    if wordEnd == start { return start + 1 }
    emitASCIIWord(
      text, start, wordEnd, kind: letters == 0 && digits > 0 ? .number : .word, sawInvisible: sawInvisible,
      into: buffer)
    return wordEnd
  }

  private func nextASCIIClass(_ text: UnsafeBufferPointer<UInt8>, after index: Int, end: Int) -> ASCIIClass {
    var next = index + 1
    // Invisible characters between a letter and its joiner do not count.
    while next < end, text[next] >= 0x80 {
      let (scalar, length) = UTF8Scanning.decode(text, at: next)
      guard classify(scalar) == .ignorable else { return .other }
      next += length
    }
    return next < end ? ASCIIClass.of(text[next]) : .other
  }

  private func isUniformRun(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    let first = text[start]
    guard first == UInt8(ascii: "$") || first == UInt8(ascii: "*") else { return false }
    for index in start..<end where text[index] != first { return false }
    return true
  }

  private func emitASCIIWord(
    _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, kind: TokenKind, sawInvisible: Bool,
    into buffer: TokenBuffer
  ) {
    let arena = buffer.arena
    let formStart = arena.count
    var normalisations: Normalisations = sawInvisible ? .invisibleRemoved : []
    // While copying, note what the variants need, so plain words skip them.
    var sawUpper = false
    var hasLetter = false
    var hasSubstitute = false
    var hasRunOfThree = false
    var hasSeparator = false
    var hasMask = false
    let written = arena.appendWriting(room: end - start) { output, _ in
      var written = 0
      var index = start
      var previous: UInt8 = 0
      var run = 1
      while index < end {
        let byte = text[index]
        if byte < 0x80 {
          let isUpper = byte &- UInt8(ascii: "A") < 26
          sawUpper = sawUpper || isUpper
          let lowered = isUpper ? byte | 0x20 : byte
          let isLetter = lowered &- UInt8(ascii: "a") < 26
          hasLetter = hasLetter || isLetter
          if !isLetter {
            if leetspeak.letter(for: lowered) != nil { hasSubstitute = true }
            if Variants.isCompactSeparator(lowered) { hasSeparator = true }
            if lowered == UInt8(ascii: "*") || lowered == UInt8(ascii: "#") { hasMask = true }
          }
          run = lowered == previous ? run + 1 : 1
          if run >= 3 && isLetter { hasRunOfThree = true }
          previous = lowered
          output[written] = lowered
          written += 1
          index += 1
        } else {
          // Only invisible characters reach here: they are left out.
          index += UTF8Scanning.decode(text, at: index).length
        }
      }
      return written
    }
    if sawUpper { normalisations.insert(.caseFolded) }
    if hasMask && kind == .word { normalisations.insert(.masked) }
    var token = Token(
      start: base + start, end: base + end, kind: kind, normalisations: normalisations,
      folded: FormRef(offset: formStart, count: written))
    // Only one-character tokens can join with their neighbours.
    if written == 1 { token.gapBefore = gapBefore(text, start) }
    if kind == .word && (hasSubstitute && hasLetter || hasRunOfThree || hasSeparator) {
      Variants.add(to: &token, arena: arena, leetspeak: leetspeak)
    }
    append(token, into: buffer)
  }
}
