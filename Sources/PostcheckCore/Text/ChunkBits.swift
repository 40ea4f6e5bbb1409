/// Bit classes of ASCII bytes for the tokenizer's first pass over a chunk:
/// OR-ing them tells, without a second pass, whether a chunk is a plain word.
enum ChunkBits {
  static let space: UInt16 = 1 << 0
  static let letter: UInt16 = 1 << 1
  static let upper: UInt16 = 1 << 2
  static let digit: UInt16 = 1 << 3
  /// Sentence punctuation that never belongs to a word when trailing: `. , ! ? ; : ) ] } " '`.
  static let trailing: UInt16 = 1 << 4
  /// Bytes a special token needs: `@` (addresses, handles), `#` (hashtags), `:` (`://`).
  static let mayStartSpecial: UInt16 = 1 << 5
  /// `w` and `W`, for `www.` addresses.
  static let w: UInt16 = 1 << 6
  static let other: UInt16 = 1 << 7
  static let nonASCII: UInt16 = 1 << 8
  /// A non-ASCII letter, mark or digit (not emoji, symbols or invisibles).
  static let nonASCIIWord: UInt16 = 1 << 9
  /// Bytes that can begin a word: without any, a chunk holds no token (`👍🏽`, `—`, `!!`).
  static let mayHoldWord = letter | digit | other | nonASCIIWord

  static let alphanumeric = letter | digit
  static let plainWord = letter | upper | digit | trailing | w

  /// Never freed: one table for the process, read through a pointer so the
  /// hot loop pays no lazy-initialisation check.
  nonisolated(unsafe) static let table: UnsafePointer<UInt16> = {
    let table = UnsafeMutablePointer<UInt16>.allocate(capacity: 128)
    for byte in 0..<128 {
      let value = UInt8(byte)
      var bits: UInt16
      switch ASCIIClass.of(value) {
      case .space: bits = space
      case .lower: bits = letter
      case .upper: bits = letter | upper
      case .digit: bits = digit
      default: bits = other
      }
      switch value {
      case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"),
        UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "\""), UInt8(ascii: "'"):
        bits = trailing
      case UInt8(ascii: ":"):
        bits = trailing | mayStartSpecial
      case UInt8(ascii: "@"), UInt8(ascii: "#"):
        bits = mayStartSpecial
      case UInt8(ascii: "w"):
        bits = letter | w
      case UInt8(ascii: "W"):
        bits = letter | upper | w
      default:
        break
      }
      table[byte] = bits
    }
    return UnsafePointer(table)
  }()
}
