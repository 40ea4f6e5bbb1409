import ArgumentParser
import Foundation
import PostcheckCore
import PostcheckIO

#if canImport(Glibc)
  import Glibc
#endif

@main
struct Postcheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "postcheck",
    abstract: "Screen social-media posts for what the social media policy forbids.",
    discussion: """
      With no subcommand, reads one draft from standard input: `pbpaste | postcheck`.
      Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, \
      2 an input or runtime error, 64 a usage error. \
      Environment: NO_COLOR turns colour off; POSTCHECK_CACHE_DIR names the folder where compiled \
      patterns and the built offensive lexicon are kept between runs (default \
      $XDG_CACHE_HOME/postcheck or ~/.cache/postcheck), POSTCHECK_NO_CACHE=1 keeps nothing there.
      """,
    version: "0.1.0",
    subcommands: [Check.self, Scan.self, Redact.self, Rules.self, Explain.self, Config.self],
    defaultSubcommand: Check.self
  )
}

/// `postcheck [check] [FILE|-]`: one draft.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Screen one draft from standard input (or one file) as a single post.")

  @Argument(help: "A file holding the draft; '-' or nothing reads standard input.")
  var path: String = "-"

  @OptionGroup var output: OutputOptions

  func run() throws {
    if path == "-" && isTerminal(0) {
      printError("postcheck: reading a draft from the terminal; end it with Ctrl-D")
    }
    try runScan(
      paths: [path], inputFormat: .text, fields: JSONFieldExtractor(textField: "text", idField: "id"), csvColumn: nil,
      jobs: 1, output: output)
  }
}

/// `postcheck scan PATH...`: batches.
struct Scan: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Screen every post in files, folders and exports (X, Mastodon, Facebook, Instagram, Threads, LinkedIn, CSV, JSON Lines).",
    discussion: """
      Zip archives and unpacked export folders are read as the platforms deliver them: only the \
      files that hold the account's own posts, entry by entry. The format is detected from the \
      content; --format forces it.
      """)

  @Argument(help: "Files or folders to read; '-' reads standard input.")
  var paths: [String]

  @Option(help: "Input format: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: InputFormat = .auto

  @Option(help: "JSON Lines field holding the post text (dotted path).")
  var textField = "text"

  @Option(help: "CSV column holding the post text: a header name, or a number from 1 (default: the --text-field name).")
  var column: String?

  @Option(help: "JSON Lines field holding the post id (dotted path).")
  var idField = "id"

  @Option(help: "JSON Lines field holding when the post was made (dotted path), reported in source.created_at.")
  var createdAtField = "created_at"

  @Option(help: "Threads screening posts (default: one per core); output stays in input order.")
  var jobs: Int?

  @OptionGroup var output: OutputOptions

  func validate() throws {
    if paths.isEmpty { throw ValidationError("name at least one file or folder, or '-' for standard input") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs takes a number from 1") }
  }

  func run() throws {
    try runScan(
      paths: paths, inputFormat: format,
      fields: JSONFieldExtractor(textField: textField, idField: idField, createdAtField: createdAtField),
      csvColumn: column, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, output: output)
  }
}

/// `postcheck redact [FILE|-]`: the draft with its personal information masked.
struct Redact: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print a draft with its personal information (or, with --mask all, every finding) masked.",
    discussion: "Masks as --redact does: `jo.bloggs@example.com` becomes `j*.******@*******.***`. Exit status 0, or 2 when the draft cannot be read.")

  @Argument(help: "A file holding the draft; '-' or nothing reads standard input.")
  var path: String = "-"

  @Option(help: "What to mask: personal (personal information and credentials), all (every finding).")
  var mask: RedactionScope = .personal

  @OptionGroup var policy: PolicyOptions

  func run() throws {
    signal(SIGPIPE, SIG_IGN)
    let bytes: [UInt8]
    do {
      bytes = try readAllBytes(path)
    } catch {
      printError("postcheck: \(error)")
      throw ExitCode(2)
    }
    if let problem = bytes.withUnsafeBufferPointer(validateUTF8) {
      printError("postcheck: \(path == "-" ? "standard input" : path): invalid UTF-8 at byte \(problem.byteOffset)")
      throw ExitCode(2)
    }
    let screener: Screener
    do {
      screener = try Screener(configuration: try policy.configuration())
    } catch {
      printError("postcheck: \(error)")
      throw ExitCode(2)
    }
    let result = bytes.withUnsafeBufferPointer { screener.screen($0) }
    let out = OutputBuffer(descriptor: 1)
    do {
      out.append(redactedPost(bytes, findings: result.findings, scope: mask))
      try out.flush()
    } catch {
      throw ExitCode.success
    }
  }
}

extension RedactionScope: ExpressibleByArgument {}

/// `postcheck rules`: what can be reported.
struct Rules: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the rules postcheck reports: the built-in ones and the policy file's own patterns.")

  @Option(help: "The policy file (default: the nearest postcheck.yaml in this folder or above).")
  var policy: String?

  func run() throws {
    let lexicons = try loadDefaultLexicons()
    let own = try PolicyOptions.readPolicyFile(at: policy, lexicons: lexicons)?.customRules ?? []
    for rule in DetectorRegistry.allRules + own {
      print("\(rule.id)\t\(rule.category.rawValue)\tpolicy \(rule.policy)\t\(rule.severity.rawValue)\t\(rule.summary)")
    }
  }
}

/// `postcheck explain RULE`: what a rule reports, with examples.
struct Explain: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show what a rule reports, with posts it reports and posts it leaves alone.")

  @Argument(help: "A rule id (see `postcheck rules`), e.g. pii.phone.")
  var rule: String

  @Option(help: "The policy file, for its own rules (default: the nearest postcheck.yaml in this folder or above).")
  var policy: String?

  func run() throws {
    let lexicons = try loadDefaultLexicons()
    let file = try PolicyOptions.readPolicyFile(at: policy, lexicons: lexicons)
    let rules = DetectorRegistry.allRules + (file?.customRules ?? [])
    guard let found = rules.first(where: { $0.id == rule }) else {
      let near = rules.filter { $0.id.hasPrefix(rule) || $0.category.rawValue == rule }.map(\.id)
      let hint = near.isEmpty ? "`postcheck rules` lists them" : "did you mean \(near.joined(separator: ", "))?"
      throw ValidationError("no rule '\(rule)': \(hint)")
    }
    print("\(found.id) — \(found.summary)")
    print("category \(found.category.rawValue), policy section \(found.policy), default severity \(found.severity.rawValue)")
    print("message: \(found.message)")
    if let file, let ownExamples = file.patternExamples.first(where: { $0.rule == found.id }) {
      print("defined in \(file.path), line \(ownExamples.line)")
      printExamples(reported: ownExamples.match, notReported: ownExamples.noMatch)
    } else if let examples = (try? lexicons.lexicon(named: "rules.examples"))?.entries.first(where: { $0.fields.first == found.id }) {
      printExamples(reported: examples.mustMatch, notReported: examples.mustNotMatch)
    }
    if let off = DetectorRegistry.unavailable().first(where: { $0.rule.id == found.id }) {
      print("\n(off on this machine: \(off.reason))")
    }
  }

  private func printExamples(reported: [String], notReported: [String]) {
    guard !reported.isEmpty || !notReported.isEmpty else { return }
    print("\nreported:")
    for example in reported { print("  + \(example)") }
    print("not reported:")
    for example in notReported { print("  - \(example)") }
  }
}

/// `postcheck config check FILE`: is a policy file right?
struct Config: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Work with policy files.", subcommands: [ConfigCheck.self])
}

struct ConfigCheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check a policy file: every problem with its line and column; status 0 when it is right, 2 when not.")

  @Argument(help: "The policy file (default: the nearest postcheck.yaml in this folder or above).")
  var path: String?

  func run() throws {
    guard let path = path ?? PolicyFile.discover(from: FileManager.default.currentDirectoryPath) else {
      printError("postcheck: no policy file given and no \(PolicyFile.names.joined(separator: " or ")) here or above")
      throw ExitCode(2)
    }
    let lexicons = try loadDefaultLexicons()
    let rules = DetectorRegistry.allRules
    let policy: PolicyFile
    let configuration: ScreeningConfiguration
    do {
      policy = try PolicyFile.load(path, rules: rules, lexicons: lexicons)
      configuration = try PolicyFile.configuration(policy, lexicons: lexicons)
    } catch {
      printError(error.description)
      throw ExitCode(2)
    }
    let problems = try policy.exampleProblems(configuration: configuration)
    guard problems.isEmpty else {
      problems.forEach { printError($0) }
      throw ExitCode(2)
    }
    print("\(path): ok (\(Self.changes(policy, rules: rules.count + policy.customRules.count).joined(separator: ", ")))")
    for lexicon in policy.extraLexicons where !LexiconExamples.canCheck(lexicon.name) {
      print("note: \(lexicon.path): the examples of \(lexicon.name) entries are not checked")
    }
    for (rule, reason) in DetectorRegistry.unavailable(locale: configuration.locale, disabled: policy.rules.disabled) {
      print("note: \(rule.id) is off on this machine: \(reason)")
    }
  }

  /// What the file changes from the built-in policy, for the "ok" line.
  static func changes(_ policy: PolicyFile, rules: Int) -> [String] {
    var said: [String] = []
    if let organisation = policy.organisation {
      said.append("organisation \(organisation.names.first ?? organisation.ownNames.first ?? "")")
    }
    said.append("\(rules - policy.rules.disabled.count) of \(rules) rules on")
    if !policy.customRules.isEmpty { said.append("\(policy.customRules.count) rules of its own") }
    if !policy.rules.severities.isEmpty { said.append("\(policy.rules.severities.count) severities changed") }
    if let review = policy.reviewThreshold { said.append("review at \(review)") }
    if let block = policy.blockThreshold { said.append("block at \(block)") }
    if !policy.allowed.isEmpty { said.append("\(policy.allowed.count) phrases allowed") }
    let allowPatterns = policy.customPatterns.count - policy.customRules.count
    if allowPatterns > 0 { said.append("\(allowPatterns) allow patterns") }
    let entries = policy.extraLexicons.reduce(0) { $0 + $1.entries.count }
    if entries > 0 { said.append("\(entries) lexicon entries added") }
    if let region = policy.phoneRegion { said.append("phones read in \(region)") }
    if let locale = policy.locale { said.append("locale \(locale)") }
    return said
  }
}

extension InputFormat: ExpressibleByArgument {}
