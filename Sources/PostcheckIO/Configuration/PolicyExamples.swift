import PostcheckCore

extension PolicyFile {
  /// The examples written in the file and its extra lexicons that do not
  /// behave under `configuration` (the file's own): each pattern's `match`
  /// must be a finding of its rule and each `no_match` must not; each extra
  /// lexicon entry's `+` lines must match it and `-` lines must not.
  public func exampleProblems(configuration: ScreeningConfiguration) throws(ICUError) -> [String] {
    let screener = try Screener(configuration: configuration)
    var problems: [String] = []
    for examples in patternExamples {
      func reported(_ text: String) -> Bool { screener.screen(text).findings.contains { $0.rule.id == examples.rule } }
      for text in examples.match where !reported(text) {
        problems.append("\(path):\(examples.line): patterns.\(examples.rule): '\(text)' should be reported")
      }
      for text in examples.noMatch where reported(text) {
        problems.append("\(path):\(examples.line): patterns.\(examples.rule): '\(text)' should not be reported")
      }
    }
    let checker = LexiconExamples(screener: screener)
    for lexicon in extraLexicons {
      guard let failures = checker.failures(in: lexicon) else { continue }
      problems += failures.map(\.description)
    }
    return problems
  }
}
