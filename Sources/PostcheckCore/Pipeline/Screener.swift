/// Everything a screener needs, built once and shared by all threads.
public struct ScreeningConfiguration: Sendable {
  public var lexicons: LexiconSet
  public var detectors: [any Detector]
  public var scoring: ScoringPolicy
  public var leetspeak: LeetspeakTable
  /// The PII candidate patterns, scanned once per post before the detectors
  /// run; nil for a configuration whose detectors do not read them.
  public var patterns: PatternDatabase?
  /// Rules switched off and severities changed (by a policy file).
  public var rules = RuleSettings()
  /// Whose dictionary checks spelling (and suggests corrections).
  public var locale = PostLocale.britishEnglish

  /// The built-in detectors over the given lexicons (the embedded ones by default).
  /// National phone numbers are read as in `phoneRegion` (two letters);
  /// `allowed` phrases are never offensive, on top of the allowlist lexicon.
  /// `custom`: the policy file's own patterns, reported as their rules or
  /// allowing what they match; `patternStore`: where compiled pattern
  /// databases and the built offensive lexicon are kept between runs
  /// (none: built every time);
  /// `disabled`: rules switched off, whose detectors need not be built.
  public static func standard(
    lexicons given: LexiconSet? = nil, phoneRegion: String = "GB", allowed: [String] = [],
    profile: OrganisationProfile? = nil, custom: [CustomPattern] = [], locale: PostLocale = .britishEnglish,
    patternStore: (any PatternDatabaseStore)? = nil, disabled: Set<String> = []
  ) throws(LexiconError) -> ScreeningConfiguration {
    let lexicons: LexiconSet
    if let given {
      lexicons = given
    } else {
      lexicons = try LexiconSet.embedded()
    }
    var detectors = try DetectorRegistry.builtIn(
      lexicons: lexicons, phoneRegion: phoneRegion, allowed: allowed, profile: profile, locale: locale,
      disabled: disabled, store: patternStore)
    if let own = CustomPatternDetector(patterns: custom) { detectors.append(own) }
    return ScreeningConfiguration(
      lexicons: lexicons,
      detectors: detectors,
      scoring: ScoringPolicy(),
      leetspeak: try LeetspeakTable(lexicon: try lexicons.lexicon(named: "normalisation.leetspeak")),
      patterns: try PatternDatabase(
        lexicon: try lexicons.lexicon(named: "pii.patterns"), custom: custom, store: patternStore),
      locale: locale)
  }
}

/// The outcome for one post.
public struct ScreeningResult: Sendable, Equatable {
  /// Findings ordered by position, then rule id.
  public var findings: [Finding]
  public var score: Double
  public var verdict: Verdict

  public init(findings: [Finding], score: Double, verdict: Verdict) {
    self.findings = findings
    self.score = score
    self.verdict = verdict
  }
}

/// Screens posts one at a time: tokenize, detect, score. Holds per-thread
/// ICU state and reusable buffers, so make one per thread.
public final class Screener {
  public let configuration: ScreeningConfiguration
  let tokenizer: Tokenizer
  let analysis = PostAnalysis()
  let patternScanner: PatternScanner?
  /// The detectors to run, each behind a class of its concrete type: called
  /// as an existential, a detector was copied out and destroyed again
  /// (retaining and releasing all it holds) for every post, a sixth of the
  /// screening's overhead; a class method call borrows it in place.
  private let runners: [DetectorRunner]
  /// The same runners, called without a retain and release of each per post
  /// (about 2% of the screening's instructions); `runners` keeps them alive.
  private let unretainedRunners: [Unmanaged<DetectorRunner>]

  public init(configuration: ScreeningConfiguration) throws(ICUError) {
    self.configuration = configuration
    // A detector none of whose rules is on is not run, except a PII one
    // while the phone or bank rules are on: they skip what earlier PII
    // detectors found (a card number is not also a phone number).
    let disabled = configuration.rules.disabled
    let laterPIIReadEarlier = !["pii.phone", "pii.bank.sort_code", "pii.bank.account_number"].allSatisfy(disabled.contains)
    let detectors = configuration.detectors.filter { detector in
      !detector.rules.allSatisfy { disabled.contains($0.id) }
        || (laterPIIReadEarlier && detector.rules.contains { $0.category == .pii })
    }
    tokenizer = try Tokenizer(
      leetspeak: configuration.leetspeak, recordsPrints: detectors.contains { $0.readsTokenPrints })
    let runners = detectors.map { makeRunner($0) }
    self.runners = runners
    unretainedRunners = runners.map { Unmanaged.passUnretained($0) }
    let allows = configuration.patterns?.customPatterns.map { $0.use == .allow } ?? []
    allowPatterns = allows
    hasAllowPatterns = allows.contains(true)
    patternScanner =
      detectors.contains { $0.readsPatternRegions } || hasAllowPatterns
      ? configuration.patterns.map(PatternScanner.init(patterns:)) : nil
  }

  /// Per custom pattern of the database: whether it is an allow pattern.
  private let allowPatterns: [Bool]
  private let hasAllowPatterns: Bool

  /// Drops the findings that lie inside a match of an allow pattern.
  private func dropAllowed(_ findings: inout [Finding]) {
    let allowed = analysis.customMatches.filter { $0.pattern < allowPatterns.count && allowPatterns[$0.pattern] }
    guard !allowed.isEmpty else { return }
    findings.removeAll { finding in allowed.contains { $0.start <= finding.start && finding.end <= $0.end } }
  }

  /// Screens one post's UTF-8 text (validated by the caller).
  public func screen(_ text: UnsafeBufferPointer<UInt8>) -> ScreeningResult {
    analysis.reset(text: text)
    tokenizer.tokenize(text, into: analysis.tokens)
    if let patternScanner {
      analysis.regionKinds = patternScanner.scan(
        text, digits: analysis.candidateDigitSpan(), into: &analysis.patternRegions, custom: &analysis.customMatches)
    }
    // A fresh empty array costs nothing until a detector finds something,
    // whereas a reused one would be copied once the result shares it.
    var findings: [Finding] = []
    unretainedRunners.withUnsafeBufferPointer { runners in
      for runner in runners { runner._withUnsafeGuaranteedRef { $0.detect(in: analysis, into: &findings) } }
    }
    if hasAllowPatterns && !findings.isEmpty && !analysis.customMatches.isEmpty { dropAllowed(&findings) }
    if !configuration.rules.isDefault { configuration.rules.apply(to: &findings) }
    if findings.count > 1 {
      findings.sort { ($0.start, $0.end, $0.rule.id) < ($1.start, $1.end, $1.rule.id) }
    }
    let score = configuration.scoring.score(findings)
    return ScreeningResult(findings: findings, score: score, verdict: configuration.scoring.verdict(for: score))
  }

  public func screen(_ text: String) -> ScreeningResult {
    var copy = text
    return copy.withUTF8 { screen($0) }
  }

  /// The tokens of the last post screened (for `postcheck tokens` and tests).
  public var lastTokens: TokenBuffer { analysis.tokens }
}

/// A detector behind a class method: see `Screener.runners`.
class DetectorRunner {
  func detect(in post: PostAnalysis, into findings: inout [Finding]) {}
}

private final class TypedDetectorRunner<D: Detector>: DetectorRunner {
  let detector: D

  init(_ detector: D) { self.detector = detector }

  override func detect(in post: PostAnalysis, into findings: inout [Finding]) {
    detector.detect(in: post, into: &findings)
  }
}

/// Opens the existential, so the runner holds the detector's concrete type.
private func makeRunner<D: Detector>(_ detector: D) -> DetectorRunner { TypedDetectorRunner(detector) }
