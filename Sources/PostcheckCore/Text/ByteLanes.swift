/// Eight bytes in a `UInt64` tested at once (SWAR): each test leaves the
/// high bit set in the lanes where it holds.
public enum ByteLanes {
  public static let high: UInt64 = 0x8080_8080_8080_8080
  public static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
  public static let ones: UInt64 = 0x0101_0101_0101_0101

  /// The high bit of each lane of `word` (whose high bits must be clear)
  /// holding a byte in `lowest...highest`: no lane carries into the next.
  @inline(__always)
  public static func inRange(_ word: UInt64, _ lowest: UInt8, _ highest: UInt8) -> UInt64 {
    (word &+ UInt64(0x80 - lowest) &* ones) & ~(word &+ UInt64(0x7F - highest) &* ones) & high
  }

  /// The high bit of each lane of `word` that holds `byte` (any byte values; exact, no false lanes).
  @inline(__always)
  public static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let differences = word ^ (UInt64(byte) &* ones)
    return ~(((differences & low7) &+ low7) | differences) & high
  }

  /// The lanes of `word` that a JSON string cannot hold as they are: `"`, `\` and controls below 0x20.
  @inline(__always)
  public static func needingJSONEscape(_ word: UInt64) -> UInt64 {
    let control = inRange(word & low7, 0, 0x1F) & ~word
    return control | equal(word, UInt8(ascii: "\"")) | equal(word, UInt8(ascii: "\\"))
  }

  /// The index of the first byte from `start` that a JSON string cannot hold
  /// as it is (`"`, `\`, a control), or `bytes.count`.
  @inline(__always)
  public static func firstNeedingJSONEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = bytes.baseAddress else { return bytes.count }
    var index = start
    while index &+ 8 <= bytes.count {
      let found = needingJSONEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      if found != 0 { return index &+ found.trailingZeroBitCount >> 3 }
      index &+= 8
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return index }
      index &+= 1
    }
    return index
  }
}
