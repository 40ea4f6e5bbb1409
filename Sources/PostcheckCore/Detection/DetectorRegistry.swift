/// The one list of built-in detectors. A new detector is added here and
/// nowhere else; `allRules` feeds `postcheck rules` and the documentation.
public enum DetectorRegistry {
  /// `profile`: the organisation the work and conduct rules key on (the
  /// built-in one when nil); `locale`: whose dictionary checks spelling.
  public static func builtIn(
    lexicons: LexiconSet, phoneRegion: String = "GB", allowed: [String] = [], profile: OrganisationProfile? = nil,
    locale: PostLocale = .britishEnglish
  ) throws(LexiconError) -> [any Detector] {
    var detectors: [any Detector] = [
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
      try PolicyDetector(lexicons: lexicons, profile: profile),
    ]
    // Without the locale's dictionary there is no spelling rule (`unavailable` says why).
    if let checker = SpellCheckers.shared.checker(for: locale),
      let spelling = try SpellingDetector(lexicons: lexicons, profile: profile, checker: checker)
    {
      detectors.append(spelling)
    }
    return detectors
  }

  /// Hunspell's suggestions for a word `quality.spelling` reported: slow
  /// (tens of milliseconds), so for reports read by people, never for screening.
  public static func spellingSuggestions(
    for word: String, locale: PostLocale = .britishEnglish, limit: Int = 3
  ) -> [String] {
    SpellCheckers.shared.checker(for: locale)?.suggestions(for: word, limit: limit) ?? []
  }

  /// Built-in rules that cannot run on this machine, with what to do about it.
  public static func unavailable(locale: PostLocale = .britishEnglish) -> [(rule: Rule, reason: String)] {
    guard SpellCheckers.shared.checker(for: locale) == nil else { return [] }
    return [
      (
        SpellingDetector.rule,
        "no \(locale.dictionary) Hunspell dictionary found (Debian/Ubuntu: apt install \(locale.dictionaryPackage))"
      )
    ]
  }

  /// Every rule the built-in detectors can report, sorted by id.
  public static func allRules(lexicons: LexiconSet) throws(LexiconError) -> [Rule] {
    try builtIn(lexicons: lexicons).flatMap(\.rules).sorted { $0.id < $1.id }
  }
}

