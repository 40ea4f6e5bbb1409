/// The one list of built-in detectors. A new detector is added here and
/// nowhere else; `allRules` feeds `postcheck rules` and the documentation.
public enum DetectorRegistry {
  public static func builtIn(
    lexicons: LexiconSet, phoneRegion: String = "GB", allowed: [String] = []
  ) throws(LexiconError) -> [any Detector] {
    [
      try EmailDetector(lexicons: lexicons),
      // Checksummed and stricter formats first: the phone detector skips what they found.
      try CardNumberDetector(lexicons: lexicons),
      try IBANDetector(lexicons: lexicons),
      try NationalInsuranceDetector(lexicons: lexicons),
      try BankAccountDetector(lexicons: lexicons),
      try PhoneDetector(lexicons: lexicons, defaultRegion: phoneRegion),
      try DateOfBirthDetector(lexicons: lexicons),
      try AddressDetector(lexicons: lexicons),
      try OffensiveDetector(lexicons: lexicons, allowed: allowed),
      try PolicyDetector(lexicons: lexicons),
    ]
  }

  /// Every rule the built-in detectors can report, sorted by id.
  public static func allRules(lexicons: LexiconSet) throws(LexiconError) -> [Rule] {
    try builtIn(lexicons: lexicons).flatMap(\.rules).sorted { $0.id < $1.id }
  }
}
