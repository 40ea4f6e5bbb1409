/// The one list of built-in detectors, and of their rules: a new detector
/// is added to both here (a test keeps them equal). `allRules` feeds
/// `postcheck rules` and the documentation.
public enum DetectorRegistry {
  /// Every rule the built-in detectors can report, sorted by id, without
  /// building them (building them all loads every lexicon and the dictionary).
  public static let allRules: [Rule] = (
    [
      EmailDetector.rule, CardNumberDetector.rule, IBANDetector.rule, NationalInsuranceDetector.rule,
      BankAccountDetector.sortCodeRule, BankAccountDetector.accountNumberRule, PhoneDetector.rule,
      DateOfBirthDetector.rule, AddressDetector.rule, SpellingDetector.rule,
    ] + OffensiveCategory.allCases.map(\.rule) + PolicyRules.all
  ).sorted { $0.id < $1.id }

  /// `profile`: the organisation the work and conduct rules key on (the
  /// built-in one when nil); `locale`: whose dictionary checks spelling;
  /// `disabled`: rules that will not report, whose lexicon detectors are
  /// then not built (the spelling rule off, the dictionary is not loaded);
  /// `store`: where the built offensive lexicon is kept between runs.
  public static func builtIn(
    lexicons: LexiconSet, phoneRegion: String = "GB", allowed: [String] = [], profile: OrganisationProfile? = nil,
    locale: PostLocale = .britishEnglish, disabled: Set<String> = [], store: (any PatternDatabaseStore)? = nil
  ) throws(LexiconError) -> [any Detector] {
    func on(_ rules: [Rule]) -> Bool { !rules.allSatisfy { disabled.contains($0.id) } }
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
    ]
    // PII detectors are built whatever is off: later ones skip what earlier ones found.
    if on(OffensiveCategory.allCases.map(\.rule)) {
      detectors.append(try OffensiveDetector(lexicons: lexicons, allowed: allowed, store: store))
    }
    if on(PolicyRules.all) { detectors.append(try PolicyDetector(lexicons: lexicons, profile: profile)) }
    // Without the locale's dictionary there is no spelling rule (`unavailable` says why).
    if spellingIsOn(disabled), let checker = SpellCheckers.shared.checker(for: locale),
      let spelling = try SpellingDetector(lexicons: lexicons, profile: profile, checker: checker)
    {
      detectors.append(spelling)
    }
    return detectors
  }

  /// Loads the dictionary `locale`'s spelling rule will use, if it is not
  /// loaded yet: a fifth of a second, so a caller with a spare core may start
  /// it on another thread while it builds the rest (a later `builtIn` then
  /// waits for this load rather than starting its own).
  /// Nothing is loaded when `disabled` turns the spelling rule off.
  public static func prepareSpelling(for locale: PostLocale, disabled: Set<String> = []) {
    guard spellingIsOn(disabled) else { return }
    _ = SpellCheckers.shared.checker(for: locale)
  }

  /// Whether the spelling rule (and so its dictionary) is wanted.
  private static func spellingIsOn(_ disabled: Set<String>) -> Bool { !disabled.contains(SpellingDetector.rule.id) }

  /// Hunspell's suggestions for a word `quality.spelling` reported: slow
  /// (tens of milliseconds), so for reports read by people, never for screening.
  public static func spellingSuggestions(
    for word: String, locale: PostLocale = .britishEnglish, limit: Int = 3
  ) -> [String] {
    SpellCheckers.shared.checker(for: locale)?.suggestions(for: word, limit: limit) ?? []
  }

  /// Built-in rules that cannot run on this machine, with what to do about it.
  /// Rules in `disabled` are not asked about (asking loads the dictionary).
  public static func unavailable(
    locale: PostLocale = .britishEnglish, disabled: Set<String> = []
  ) -> [(rule: Rule, reason: String)] {
    guard spellingIsOn(disabled), SpellCheckers.shared.checker(for: locale) == nil else {
      return []
    }
    return [
      (
        SpellingDetector.rule,
        "no \(locale.dictionary) Hunspell dictionary found (Debian/Ubuntu: apt install \(locale.dictionaryPackage))"
      )
    ]
  }

}

