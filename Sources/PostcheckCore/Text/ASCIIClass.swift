/// Classes of ASCII bytes for the tokenizer's fast path (UAX #29 word-break
/// classes, plus the symbols people use to disguise words).
enum ASCIIClass: UInt8 {
  case other
  case space
  case upper
  case lower
  case digit
  /// `_` (ExtendNumLet): joins anything.
  case underscore
  /// `'` and `.` (MidNumLet): join letters to letters and digits to digits.
  case midNumLet
  /// `:` (MidLetter): joins letters to letters.
  case midLetter
  /// `,` and `;` (MidNum): join digits to digits.
  case midNum
  /// `@ $ ! | + * #`: kept inside a word when they stand between its letters
  /// (`sh!t`, `f**k`, `a$$`), where people use them to dodge filters.
  case disguise

  /// The class of an ASCII byte. A switch rather than a table: a global
  /// table costs a lazy-initialisation check on every call.
  @inline(__always)
  static func of(_ byte: UInt8) -> ASCIIClass {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"): .lower
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): .upper
    case UInt8(ascii: "0")...UInt8(ascii: "9"): .digit
    case 0x20, 0x09...0x0D: .space
    case UInt8(ascii: "_"): .underscore
    case UInt8(ascii: "'"), UInt8(ascii: "."): .midNumLet
    case UInt8(ascii: ":"): .midLetter
    case UInt8(ascii: ","), UInt8(ascii: ";"): .midNum
    case UInt8(ascii: "@"), UInt8(ascii: "$"), UInt8(ascii: "!"), UInt8(ascii: "|"),
      UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: "#"):
      .disguise
    default: .other
    }
  }

  var isLetter: Bool { self == .upper || self == .lower }
  var isAlphanumeric: Bool { self == .upper || self == .lower || self == .digit }
}
