/// UK National Insurance numbers: two prefix letters, six digits, a suffix
/// letter A–D, under HMRC's rules for which prefixes are ever issued.
enum NationalInsuranceNumber {
  /// HMRC: D, F, I, Q, U and V are never used as either prefix letter.
  private static let neverFirst: Set<UInt8> = Set("DFIQUV".utf8)
  /// O is also not used as the second letter.
  private static let neverSecond: Set<UInt8> = Set("DFIQUVO".utf8)
  /// Prefixes HMRC does not allocate (administrative and temporary ones).
  private static let unallocated: Set<String> = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]

  /// Whether two upper-case letters form a prefix HMRC allocates.
  static func isValidPrefix(_ first: UInt8, _ second: UInt8) -> Bool {
    !neverFirst.contains(first) && !neverSecond.contains(second)
      && !unallocated.contains(String(decoding: [first, second], as: UTF8.self))
  }

  static func isValidSuffix(_ letter: UInt8) -> Bool {
    letter >= UInt8(ascii: "A") && letter <= UInt8(ascii: "D")
  }
}
