/// UK postcodes in the Royal Mail format: an outward code (`A9`, `A99`,
/// `AA9`, `AA99`, `A9A`, `AA9A`), an optional space, an inward code (`9AA`),
/// with the letter restrictions of each position.
enum UKPostcode {
  private static let neverFirst: Set<UInt8> = Set("QVX".utf8)
  private static let neverSecond: Set<UInt8> = Set("IJZ".utf8)
  private static let thirdInA9A: Set<UInt8> = Set("ABCDEFGHJKPSTUW".utf8)
  private static let fourthInAA9A: Set<UInt8> = Set("ABEHMNPRVWXY".utf8)
  private static let neverInward: Set<UInt8> = Set("CIKMOV".utf8)

  /// Whether `code` (upper case, without spaces) is a well-formed postcode.
  /// `LS6 4XX` is a district with the rest masked, not an address.
  static func isValid(_ code: [UInt8]) -> Bool {
    guard code.count >= 5, code.count <= 7 else { return false }
    let outward = Array(code[0..<(code.count - 3)])
    let inward = Array(code[(code.count - 3)...])
    if inward[1] == UInt8(ascii: "X") && inward[2] == UInt8(ascii: "X") { return false }
    guard PIIText.isDigit(inward[0]), !neverInward.contains(inward[1]), !neverInward.contains(inward[2]),
      PIIText.isLetter(inward[1]), PIIText.isLetter(inward[2])
    else { return false }
    return isValidOutward(outward)
  }

  /// Whether `code` (upper case) is an outward code alone (`LS6`, `SW1A`).
  static func isValidOutward(_ code: [UInt8]) -> Bool {
    guard let first = code.first, PIIText.isLetter(first), !neverFirst.contains(first) else { return false }
    let rest = Array(code.dropFirst())
    let letter = PIIText.isLetter
    let digit = PIIText.isDigit
    switch rest.count {
    case 1: return digit(rest[0])  // A9
    case 2:
      if digit(rest[0]) && digit(rest[1]) { return true }  // A99
      if letter(rest[0]) && digit(rest[1]) { return !neverSecond.contains(rest[0]) }  // AA9
      if digit(rest[0]) && letter(rest[1]) { return thirdInA9A.contains(rest[1]) }  // A9A
      return false
    case 3:
      guard letter(rest[0]), !neverSecond.contains(rest[0]), digit(rest[1]) else { return false }
      if digit(rest[2]) { return true }  // AA99
      return fourthInAA9A.contains(rest[2])  // AA9A
    default: return false
    }
  }
}
