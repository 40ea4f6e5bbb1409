import ArgumentParser
import Foundation
import PostcheckCore
import PostcheckIO

#if canImport(Glibc)
  import Glibc
#endif

enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
  /// JSON Lines when standard output is not a terminal, a report when it is.
  case auto, jsonl, report, sarif
}

enum ColourChoice: String, CaseIterable, ExpressibleByArgument {
  case auto, always, never
}

/// The lowest verdict that makes the exit status 1.
enum FailLevel: String, CaseIterable, ExpressibleByArgument {
  case review, block, never

  func fails(_ verdict: Verdict) -> Bool {
    switch self {
    case .review: verdict >= .review
    case .block: verdict == .block
    case .never: false
    }
  }
}

struct OutputOptions: ParsableArguments {
  @Option(
    name: .customLong("output-format"),
    help: "Output: auto (JSON Lines unless a terminal), jsonl, report, sarif (SARIF 2.1.0 for code-scanning tools).")
  var outputFormat: OutputFormat = .auto

  @Option(help: "Exit with status 1 when a post's verdict is at least this: review, block, never.")
  var failOn: FailLevel = .review

  @Flag(help: "Mask the text of findings in the output.")
  var redact = false

  @Option(help: "Colour in the report: auto (a terminal, and NO_COLOR unset), always, never.")
  var color: ColourChoice = .auto

  @OptionGroup var policy: PolicyOptions

  @Flag(help: "Print a summary (posts, verdicts, findings by rule, time) on standard error at the end.")
  var summary = false

  @Option(help: "A baseline file of accepted findings (from --write-baseline): they are not reported again.")
  var baseline: String?

  @Option(help: "Write every finding of this scan to FILE as a baseline, to accept them.")
  var writeBaseline: String?

  /// The screening configuration: the built-in one, with the policy file's and the flags' changes.
  func configuration() throws -> ScreeningConfiguration { try policy.configuration() }
}

/// What is screened for: the policy file and the flags that add to it.
struct PolicyOptions: ParsableArguments {
  @Option(help: "The policy file (default: the nearest postcheck.yaml in this folder or above, else the built-in policy).")
  var policy: String?

  @Option(help: "Region whose national format phone numbers are read in (two letters, e.g. GB, IE, US; default: the policy file's, else its locale's, else GB).")
  var region: String?

  @Option(name: .customLong("allow"), help: "A phrase that is never offensive (a place, a name); repeatable.")
  var allowedPhrases: [String] = []

  @Option(help: "A file of phrases that are never offensive, one per line (# starts a comment).")
  var allowFile: String?

  mutating func validate() throws {
    guard let given = region else { return }
    region = given.uppercased()
    guard PhoneDetector.isSupported(region: given.uppercased()) else {
      throw ValidationError("--region \(given): not a region libphonenumber knows (try GB, IE, US)")
    }
  }

  /// The policy file of a command that only reads it (`rules`, `explain`):
  /// `path`, else the nearest one; a bad file is a one-line error and status 2.
  static func readPolicyFile(at path: String?, lexicons: LexiconSet) throws -> PolicyFile? {
    var options = PolicyOptions()
    options.policy = path
    do {
      return try options.policyFile(lexicons: lexicons)
    } catch {
      printError("postcheck: \(error)")
      throw ExitCode(2)
    }
  }

  /// The policy file in force: `--policy`, else the nearest one found, else none (the built-in policy).
  func policyFile(lexicons: LexiconSet) throws -> PolicyFile? {
    guard let path = policy ?? PolicyFile.discover(from: FileManager.default.currentDirectoryPath) else { return nil }
    do {
      return try PolicyFile.load(path, rules: DetectorRegistry.allRules, lexicons: lexicons)
    } catch {
      throw RuntimeFailure(message: error.description)
    }
  }

  /// The screening configuration: the built-in one, with the policy file's and the flags' changes.
  func configuration() throws -> ScreeningConfiguration {
    let lexicons = try loadDefaultLexicons()
    let policy = try policyFile(lexicons: lexicons)
    let allowed = try allowed()
    do {
      return try PolicyFile.configuration(
        policy, lexicons: lexicons, phoneRegion: region, allowed: allowed, patternStore: PatternCacheFolder.fromEnvironment())
    } catch {
      throw RuntimeFailure(message: error.description)
    }
  }
}

extension PolicyOptions {
  /// `--allow` phrases and the lines of `--allow-file`.
  func allowed() throws -> [String] {
    guard let allowFile else { return allowedPhrases }
    let text: String
    do {
      text = try readTextFile(allowFile)
    } catch {
      throw RuntimeFailure(message: "--allow-file: \(error)")
    }
    let lines = text.split(whereSeparator: \.isNewline).map { $0.drop { $0 == " " || $0 == "\t" } }
    return allowedPhrases + lines.filter { !$0.isEmpty && !$0.hasPrefix("#") }.map(String.init)
  }
}

func loadDefaultLexicons() throws -> LexiconSet {
  do {
    return try LexiconSet.embedded()
  } catch {
    throw RuntimeFailure(message: "built-in lexicon is broken: \(error)")
  }
}

/// A failure that ends the run with status 2 and a one-line message.
struct RuntimeFailure: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}

func runScan(
  paths: [String], inputFormat: InputFormat, fields: JSONFieldExtractor, csvColumn: String?, jobs: Int,
  output options: OutputOptions
) throws {
  signal(SIGPIPE, SIG_IGN)
  let toTerminal = isTerminal(1)
  let useReport = options.outputFormat == .report || (options.outputFormat == .auto && toTerminal)
  let noColour = (getenv("NO_COLOR").map { $0.pointee != 0 } ?? false)
    || (getenv("TERM").map { String(cString: $0) == "dumb" } ?? false)
  let colour = options.color == .always || (options.color == .auto && toTerminal && !noColour)
  do {
    let configuration = try options.configuration()
    let writer: any RecordWriter
    if options.outputFormat == .sarif {
      // The rules of the configuration's detectors: those of `postcheck rules`, without building them again.
      let rules = configuration.detectors.flatMap(\.rules).sorted { $0.id < $1.id }
      writer = SARIFWriter(rules: rules, redact: options.redact)
    } else if useReport {
      writer = TerminalReportWriter(
        colour: colour, redact: options.redact, suggestions: { DetectorRegistry.spellingSuggestions(for: $0, locale: configuration.locale) })
    } else {
      writer = JSONLinesWriter(redact: options.redact)
    }
    for (rule, reason) in DetectorRegistry.unavailable(
      locale: configuration.locale, disabled: configuration.rules.disabled)
    { printError("postcheck: note: \(rule.id) is off: \(reason)") }
    let screener = try Screener(configuration: configuration)
    var session = ScanSession(
      screener: screener, writer: writer, output: OutputBuffer(descriptor: 1), inputFormat: inputFormat,
      fields: fields, csvColumn: csvColumn, reportErrorsOnStandardError: !useReport)
    // Progress and the summary go to a terminal's standard error only: a pipe or a hook gets neither.
    let interactive = isTerminal(2) && (paths.count > 1 || paths.first != "-" || inputFormat != .text)
    if interactive || options.summary {
      session.progress = ScanProgress(total: interactive ? ScanProgress.totalSize(of: paths, format: inputFormat) : nil)
      session.drawsProgress = interactive
    }
    if let baseline = options.baseline { session.baseline = try Baseline.read(baseline) }
    session.collectsBaseline = options.writeBaseline != nil
    let started = ScanProgress.now()
    try session.scanInParallel(paths: paths, jobs: jobs)
    try session.finish()
    if let path = options.writeBaseline { try session.writeBaseline(to: path) }
    if session.posts == 0 && session.failures == 0 {
      // A hook handed nothing (no drafts staged, an empty folder) says so rather than passing silently.
      printError("postcheck: nothing was screened: the inputs held no posts")
    }
    if interactive || options.summary {
      printError(session.summary(seconds: ScanProgress.now() - started))
    }
    if session.failures > 0 { throw ExitCode(2) }
    if options.failOn.fails(session.worstVerdict) { throw ExitCode(1) }
  } catch is BrokenPipe {
    // The reader stopped listening (`| head`): nothing more to say.
    throw ExitCode.success
  } catch let error as ExitCode {
    throw error
  } catch {
    printError("postcheck: \(error)")
    throw ExitCode(2)
  }
}
