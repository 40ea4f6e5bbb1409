import Synchronization

/// One dictionary per language for the whole process (en-GB is about 20 MB
/// loaded, and a fifth of a second to load): every screener and
/// configuration shares it. A language with no dictionary installed is
/// remembered as missing rather than searched for again.
final class SpellCheckers: Sendable {
  static let shared = SpellCheckers()

  private let loaded = Mutex<[String: SpellChecker?]>([:])

  func checker(for locale: PostLocale) -> SpellChecker? {
    loaded.withLock { loaded in
      if let known = loaded[locale.dictionary] { return known }
      let checker = SpellChecker(language: locale.dictionary)
      loaded[locale.dictionary] = checker
      return checker
    }
  }
}
