/// Byte-level helpers the PII detectors share for reading candidates out of
/// the original post text (ASCII only: every PII format is ASCII).
enum PIIText {
  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
  @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
  @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }
  @inline(__always) static func upper(_ byte: UInt8) -> UInt8 { isLetter(byte) ? byte & ~0x20 : byte }

  /// Whether a candidate may start at `index`: not glued to a letter or digit,
  /// nor to a number before it (`12.` or `12-` before a candidate makes it part of something longer).
  static func startsCleanly(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    guard index > 0 else { return true }
    let before = text[index - 1]
    if isAlphanumeric(before) || before >= 0x80 && !isSpaceLike(text, before: index) { return false }
    if (before == UInt8(ascii: ".") || before == UInt8(ascii: "-") || before == UInt8(ascii: "/")
      || before == UInt8(ascii: ",")) && index > 1 && isDigit(text[index - 2])
    {
      return false
    }
    return true
  }

  /// Whether a candidate may end at `index` (exclusive): the mirror of `startsCleanly`.
  static func endsCleanly(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    guard index < text.count else { return true }
    let after = text[index]
    if isAlphanumeric(after) { return false }
    if (after == UInt8(ascii: ".") || after == UInt8(ascii: "-") || after == UInt8(ascii: "/")
      || after == UInt8(ascii: ",")) && index + 1 < text.count && isDigit(text[index + 1])
    {
      return false
    }
    return true
  }

  /// Whether the non-ASCII scalar ending just before `index` is punctuation or
  /// space-like rather than a letter (so `née 1234` and `—1234` start cleanly).
  private static func isSpaceLike(_ text: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
    var start = index - 1
    while start > 0 && text[start] & 0xC0 == 0x80 { start -= 1 }
    let (scalar, _) = UTF8Scanning.decode(text, at: start)
    // Letters of any script glue; general punctuation, symbols and spaces do not.
    guard let properties = Unicode.Scalar(scalar)?.properties else { return true }
    return !(properties.isAlphabetic || properties.numericType != nil)
  }

  /// The digits of `text[start..<end]`, skipping everything else.
  static func digits(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [UInt8] {
    var digits: [UInt8] = []
    digits.reserveCapacity(end - start)
    for index in start..<end where isDigit(text[index]) { digits.append(text[index] - 0x30) }
    return digits
  }

  static func string(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
  }

  /// Reads digit groups from `start`: digits, then repeatedly one separator
  /// from `separators` followed by more digits. Returns the end of the last
  /// digit and the number of digits, or nil when `start` is not a digit.
  static func digitGroups(
    _ text: UnsafeBufferPointer<UInt8>, from start: Int, separators: StaticString, maximumDigits: Int = 32
  ) -> (end: Int, digitCount: Int)? {
    guard start < text.count, isDigit(text[start]) else { return nil }
    var index = start
    var count = 0
    var end = start
    while index < text.count && count < maximumDigits {
      if isDigit(text[index]) {
        count += 1
        index += 1
        end = index
      } else if index + 1 < text.count && isDigit(text[index + 1]) && contains(separators, text[index]) && index > start
        && isDigit(text[index - 1])
      {
        index += 1
      } else {
        break
      }
    }
    return (end, count)
  }

  static func contains(_ set: StaticString, _ byte: UInt8) -> Bool {
    set.withUTF8Buffer { $0.contains(byte) }
  }
}
