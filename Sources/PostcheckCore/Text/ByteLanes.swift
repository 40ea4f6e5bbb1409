/// Eight bytes in a `UInt64` tested at once (SWAR): each test leaves the
/// high bit set in the lanes where it holds.
enum ByteLanes {
  static let high: UInt64 = 0x8080_8080_8080_8080
  static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
  static let ones: UInt64 = 0x0101_0101_0101_0101

  /// The high bit of each lane of `word` (whose high bits must be clear)
  /// holding a byte in `lowest...highest`: no lane carries into the next.
  @inline(__always)
  static func inRange(_ word: UInt64, _ lowest: UInt8, _ highest: UInt8) -> UInt64 {
    (word &+ UInt64(0x80 - lowest) &* ones) & ~(word &+ UInt64(0x7F - highest) &* ones) & high
  }
}
