import Foundation
import PostcheckCore

extension PolicyFile {
  /// The screening configuration: the built-in one over `lexicons`, with the
  /// file's changes (none when `policy` is nil) and the command line's
  /// (`phoneRegion` overrides the file's, `allowed` adds to its phrases);
  /// compiled pattern databases are kept in `patternStore` when given.
  public static func configuration(
    _ policy: PolicyFile?, lexicons: LexiconSet, phoneRegion: String? = nil, allowed: [String] = [],
    patternStore: (any PatternDatabaseStore)? = nil
  ) throws(Problems) -> ScreeningConfiguration {
    let extras = policy?.extraLexicons ?? []
    let locale = policy?.locale ?? .britishEnglish
    // The dictionary loads on another core while the lexicons are compiled here:
    // the two were most of a draft's start-up, one after the other.
    let disabled = policy?.rules.disabled ?? []
    Thread { DetectorRegistry.prepareSpelling(for: locale, disabled: disabled) }.start()
    func build(_ lexicons: LexiconSet) throws(LexiconError) -> ScreeningConfiguration {
      try ScreeningConfiguration.standard(
        lexicons: lexicons, phoneRegion: phoneRegion ?? policy?.phoneRegion ?? locale.region,
        allowed: (policy?.allowed ?? []) + allowed, profile: policy?.organisation,
        custom: policy?.customPatterns ?? [], locale: locale, patternStore: patternStore,
        disabled: disabled)
    }
    var configuration: ScreeningConfiguration
    do {
      configuration = try build(lexicons.extended(with: extras))
    } catch {
      throw Problems(problems: [problem(error, policy: policy, base: lexicons, extras: extras, build: build)])
    }
    if let policy {
      configuration.rules = policy.rules
      if let review = policy.reviewThreshold { configuration.scoring.reviewThreshold = review }
      if let block = policy.blockThreshold { configuration.scoring.blockThreshold = block }
    }
    return configuration
  }

  /// Where a lexicon error of the merged lexicons comes from: an extra
  /// lexicon's entries are checked alone in place of the built-in ones, so
  /// the message names its file and line; failing that, the merged error.
  private static func problem(
    _ error: LexiconError, policy: PolicyFile?, base: LexiconSet, extras: [Lexicon],
    build: (LexiconSet) throws(LexiconError) -> ScreeningConfiguration
  ) -> Problem {
    let path = policy?.path ?? "postcheck"
    for extra in extras where !extra.entries.isEmpty {
      var alone = base
      alone.insert(extra)
      do {
        _ = try build(alone)
      } catch {
        return Problem(path: extra.path, line: max(error.line, 1), column: 1, message: error.message)
      }
    }
    return Problem(path: path, line: 1, column: 1, message: "the lexicons with this file's additions: \(error)")
  }
}
