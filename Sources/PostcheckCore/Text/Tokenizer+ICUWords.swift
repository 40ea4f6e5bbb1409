import ICUShim

/// A word found by ICU, in UTF-16 units of the tokenizer's scratch buffer.
struct WordSegment {
  var unitStart: Int
  var unitEnd: Int
  var kind: Int32
}

extension Tokenizer {
  /// Word-segments a stretch holding non-ASCII letters with ICU's UAX #29
  /// iterator, after removing invisible characters (which would otherwise
  /// split `f\u{200B}uck`), then folds each word with NFKC_Casefold and, for
  /// words still outside ASCII, accent-folds it and takes its skeleton.
  func scanWordsWithICU(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into buffer: TokenBuffer) {
    let key = UnsafeBufferPointer(rebasing: text[start..<end])
    let cacheable = end - start <= SegmentCache.maximumKeyLength
    if cacheable, segmentCache.withEntry(for: key, { emit($0, at: start, in: text, into: buffer) }) {
      return
    }
    let firstToken = buffer.tokens.count
    segmentWithICU(text, start, end, into: buffer)
    if cacheable {
      segmentCache.store(key, offset: base + start, tokens: buffer.tokens[firstToken...], arena: buffer.arena)
    }
  }

  private func segmentWithICU(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into buffer: TokenBuffer) {
    let sawInvisible = fillUTF16(text, start, end)
    segments.removeAll(keepingCapacity: true)
    utf16.withUnsafeBufferPointer { units in
      icu.forEachWord(in: units) { unitStart, unitEnd, kind in
        segments.append(WordSegment(unitStart: unitStart, unitEnd: unitEnd, kind: kind))
      }
    }
    mergeDisguisedSegments(text, start, end)
    for segment in segments {
      emitICUWord(text, segment, sawInvisible: sawInvisible, into: buffer)
    }
  }

  /// Converts `text[start..<end]` to UTF-16 without invisible characters,
  /// recording each unit's byte range; returns whether anything was removed.
  private func fillUTF16(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    utf16.removeAll(keepingCapacity: true)
    unitStarts.removeAll(keepingCapacity: true)
    unitEnds.removeAll(keepingCapacity: true)
    var removed = false
    var index = start
    while index < end {
      let (scalar, length) = UTF8Scanning.decode(text, at: index)
      if scalar >= 0x80 && classify(scalar) == .ignorable {
        removed = true
      } else if scalar < 0x10000 {
        utf16.append(UInt16(truncatingIfNeeded: scalar))
        unitStarts.append(index)
        unitEnds.append(index + length)
      } else {
        let value = scalar - 0x10000
        utf16.append(UInt16(truncatingIfNeeded: 0xD800 + (value >> 10)))
        utf16.append(UInt16(truncatingIfNeeded: 0xDC00 + (value & 0x3FF)))
        unitStarts.append(index)
        unitStarts.append(index)
        unitEnds.append(index + length)
        unitEnds.append(index + length)
      }
      index += length
    }
    return removed
  }

  /// Re-joins words that ICU split at disguise symbols (`ѕh!t`, `$һit`, `a$$`),
  /// matching what the ASCII scanner keeps whole.
  private func mergeDisguisedSegments(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
    guard !segments.isEmpty else { return }
    var merged: [WordSegment] = []
    merged.reserveCapacity(segments.count)
    for segment in segments {
      if var last = merged.last, isDisguiseRun(from: last.unitEnd, to: segment.unitStart) {
        last.unitEnd = segment.unitEnd
        last.kind = Int32(ICUSHIM_WORD_LETTER)
        merged[merged.count - 1] = last
      } else {
        merged.append(segment)
      }
    }
    for index in merged.indices {
      var segment = merged[index]
      // A leading disguise (`$hit`) not glued to an earlier word.
      var lead = segment.unitStart
      while lead > 0, isDisguiseUnit(lead - 1) { lead -= 1 }
      let gluedBefore = lead > 0 && utf16[lead - 1] < 0x80 && ASCIIClass.of(UInt8(utf16[lead - 1])).isAlphanumeric
      if lead < segment.unitStart && !gluedBefore && (index == 0 || merged[index - 1].unitEnd <= lead) {
        segment.unitStart = lead
      }
      // A trailing `$$` or `**` mask.
      var trail = segment.unitEnd
      while trail < utf16.count, isDisguiseUnit(trail), utf16[trail] == utf16[segment.unitEnd] { trail += 1 }
      let isMask = trail - segment.unitEnd >= 2
        && (utf16[segment.unitEnd] == UInt16(UInt8(ascii: "$")) || utf16[segment.unitEnd] == UInt16(UInt8(ascii: "*")))
      if isMask && (index + 1 == merged.count || merged[index + 1].unitStart >= trail) {
        segment.unitEnd = trail
      }
      merged[index] = segment
    }
    segments = merged
  }

  private func isDisguiseUnit(_ unit: Int) -> Bool {
    let value = utf16[unit]
    return value < 0x80 && ASCIIClass.of(UInt8(value)) == .disguise
  }

  private func isDisguiseRun(from start: Int, to end: Int) -> Bool {
    guard start < end else { return false }
    for unit in start..<end where !isDisguiseUnit(unit) { return false }
    return true
  }

  private func emitICUWord(
    _ text: UnsafeBufferPointer<UInt8>, _ segment: WordSegment, sawInvisible: Bool, into buffer: TokenBuffer
  ) {
    let arena = buffer.arena
    let byteStart = unitStarts[segment.unitStart]
    let byteEnd = unitEnds[segment.unitEnd - 1]
    let folded = utf16.withUnsafeBufferPointer { units in
      icu.appendFolded(UnsafeBufferPointer(rebasing: units[segment.unitStart..<segment.unitEnd]), to: arena)
    }
    guard !folded.isAbsent else { return }
    var normalisations: Normalisations = []
    if sawInvisible && containsIgnorable(text, byteStart, byteEnd) { normalisations.insert(.invisibleRemoved) }
    if hasCompatibilityForm(text, byteStart, byteEnd) { normalisations.insert(.compatibility) }
    if !sameBytes(arena.bytes(folded), text, byteStart, byteEnd) { normalisations.insert(.caseFolded) }
    let kind: TokenKind = segment.kind == Int32(ICUSHIM_WORD_NUMBER) ? .number : .word
    if kind == .word { normalisations.formUnion(.masking(in: arena.bytes(folded))) }
    var token = Token(start: base + byteStart, end: base + byteEnd, kind: kind, normalisations: normalisations, folded: folded)
    token.gapBefore = gapBefore(text, byteStart)
    if !isASCII(arena.bytes(folded)) {
      let ascii = icu.appendASCIIFolded(folded, in: arena)
      if !ascii.isAbsent && !sameBytes(arena.bytes(ascii), arena.bytes(folded)) {
        token.ascii = ascii
        token.normalisations.insert(.accentsFolded)
      } else {
        arena.truncate(to: folded.offset + folded.count)
      }
    }
    if kind == .word { Variants.add(to: &token, arena: arena, leetspeak: leetspeak) }
    let lettersForm = token.leet.isAbsent ? token.base : token.leet
    if !isASCII(arena.bytes(lettersForm)) {
      let skeleton = icu.appendSkeleton(lettersForm, in: arena)
      if !skeleton.isAbsent && !sameBytes(arena.bytes(skeleton), arena.bytes(lettersForm)) {
        token.skeleton = skeleton
        token.normalisations.insert(.homoglyphs)
      }
    }
    append(token, into: buffer)
  }

  private func containsIgnorable(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    var index = start
    while index < end {
      let (scalar, length) = UTF8Scanning.decode(text, at: index)
      if scalar >= 0x80 && classify(scalar) == .ignorable { return true }
      index += length
    }
    return false
  }

  /// Whether the original uses compatibility characters that NFKC rewrites:
  /// full-width forms, mathematical alphanumerics, enclosed and super/subscript
  /// letters, ligatures.
  private func hasCompatibilityForm(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    var index = start
    while index < end {
      let (scalar, length) = UTF8Scanning.decode(text, at: index)
      switch scalar {
      case 0xFF00...0xFFEF, 0x1D400...0x1D7FF, 0x2460...0x24FF, 0x1F130...0x1F189, 0xFB00...0xFB06,
        0x2070...0x209F, 0x1D2C...0x1D6A:
        return true
      default:
        index += length
      }
    }
    return false
  }

  private func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in bytes where byte >= 0x80 { return false }
    return true
  }

  private func sameBytes(_ form: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Bool
  {
    sameBytes(form, UnsafeBufferPointer(rebasing: text[start..<end]))
  }

  private func sameBytes(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
    guard first.count == second.count else { return false }
    for index in 0..<first.count where first[index] != second[index] { return false }
    return true
  }
}
