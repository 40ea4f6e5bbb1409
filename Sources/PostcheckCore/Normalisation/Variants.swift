/// Adds the disguise-undoing forms of a word: leetspeak read as letters,
/// stretched letters squeezed, and separators between single letters removed.
///
/// Each is added only when its trigger is present, so plain words carry no
/// variants and real double letters are never touched: squeezing needs a run
/// of three or more of one letter (no English word has one), and a squeezed
/// form is compared with squeezed lexicon entries only.
enum Variants {
  static func add(to token: inout Token, arena: ByteArena, leetspeak: LeetspeakTable) {
    addLeetspeak(to: &token, arena: arena, leetspeak: leetspeak)
    addSqueezed(to: &token, arena: arena)
    addCompact(to: &token, arena: arena, leetspeak: leetspeak)
  }

  /// Separators that `f.u.c.k`-style spelling puts between letters.
  @inline(__always)
  static func isCompactSeparator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "'")
      || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "-")
  }

  private static func addLeetspeak(to token: inout Token, arena: ByteArena, leetspeak: LeetspeakTable) {
    let base = token.base
    var letters = 0
    var digits = 0
    var substitutes = 0
    let bytes = arena.bytes(base)
    for byte in bytes {
      if byte >= 0x80 || ASCIIClass.of(byte).isLetter {
        letters += 1
      } else if leetspeak.letter(for: byte) != nil {
        substitutes += 1
        if ASCIIClass.of(byte) == .digit { digits += 1 }
      }
    }
    // More digits than letters is a code (`G17`, `M62`), not a disguised word (`sh1t`, `a$$`).
    guard letters > 0 && substitutes > 0 && letters >= digits else { return }
    let copy = arena.appendCopy(of: base)
    for index in copy.offset..<(copy.offset + copy.count) {
      if let letter = leetspeak.letter(for: arena[index]) { arena[index] = letter }
    }
    token.leet = copy
    token.normalisations.insert(.leetspeak)
  }

  private static func addSqueezed(to token: inout Token, arena: ByteArena) {
    let source = token.leet.isAbsent ? token.base : token.leet
    let bytes = arena.bytes(source)
    var longestRun = 1
    var run = 1
    for index in bytes.indices.dropFirst() {
      if bytes[index] == bytes[index - 1] && bytes[index] < 0x80 && ASCIIClass.of(bytes[index]).isLetter {
        run += 1
        longestRun = max(longestRun, run)
      } else {
        run = 1
      }
    }
    guard longestRun >= 3 else { return }
    let start = arena.count
    arena.reserve(source.count)
    var previous: UInt8 = 0
    for index in 0..<source.count {
      let byte = arena[source.offset + index]
      if byte == previous && byte < 0x80 && ASCIIClass.of(byte).isLetter { continue }
      arena.append(byte)
      previous = byte
    }
    token.squeezed = FormRef(offset: start, count: arena.count - start)
    token.normalisations.insert(.stretched)
  }

  /// `f.u.c.k`, `f_u_c_k`, `f*u*c*k` → `fuck`: single letters, one separator apart.
  private static func addCompact(to token: inout Token, arena: ByteArena, leetspeak: LeetspeakTable) {
    let source = token.base
    let bytes = arena.bytes(source)
    guard bytes.count >= 5 else { return }
    var letters = 0
    for (index, byte) in bytes.enumerated() {
      if index % 2 == 1 {
        guard isCompactSeparator(byte) else { return }
      } else {
        guard byte < 0x80, ASCIIClass.of(byte).isAlphanumeric || leetspeak.letter(for: byte) != nil else { return }
        letters += 1
      }
    }
    guard bytes.count % 2 == 1, letters >= 3 else { return }
    let start = arena.count
    arena.reserve(letters)
    for index in stride(from: 0, to: source.count, by: 2) {
      let byte = arena[source.offset + index]
      arena.append(leetspeak.letter(for: byte) ?? byte)
    }
    token.compact = FormRef(offset: start, count: letters)
    token.normalisations.insert(.separatorsJoined)
  }
}
