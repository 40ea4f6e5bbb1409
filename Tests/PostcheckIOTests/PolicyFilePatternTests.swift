import Foundation
import PostcheckCore
import PostcheckIO
import PostcheckTestSupport
import Testing

/// The policy file's own patterns, allow patterns, extra lexicons and locale.
@Suite struct PolicyFilePatternTests {
  static let lexicons = PolicyFileTests.lexicons

  static func policy(_ text: String, in folder: URL? = nil) throws(PolicyFile.Problems) -> PolicyFile {
    let path = folder?.appendingPathComponent("postcheck.yaml").path ?? "postcheck.yaml"
    return try PolicyFile.parse(text, path: path, rules: PolicyFileTests.rules, lexicons: lexicons)
  }

  static func screener(_ text: String, in folder: URL? = nil) throws -> Screener {
    try Screener(configuration: try PolicyFile.configuration(try policy(text, in: folder), lexicons: lexicons))
  }

  static let patterns = """
    patterns:
      confidential.project_names:
        pattern: '\\bproject\\s+(nightjar|kestrel)\\b'
        ignore_case: true
        severity: high
        message: Names an internal project
      pii.learner_number:
        pattern: 'QT[0-9]{6,}'
        confidence: 0.7
    allow:
      patterns:
        - '07911 123456'
        - {pattern: 'QT000000', ignore_case: true}
    rules:
      severity: {pii.learner_number: low}
    """

  @Test func aPatternIsARuleWithExactSpans() throws {
    let screener = try Self.screener(Self.patterns)
    // Emoji before the match: byte offsets are exact, found in the original text.
    let text = "👍🏽 Loving PROJECT  Nightjar, and project kestrel too"
    let findings = screener.screen(text).findings.filter { $0.rule.id == "confidential.project_names" }
    let bytes = Array(text.utf8)
    #expect(
      findings.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } == [
        "PROJECT  Nightjar", "project kestrel",
      ])
    #expect(findings.allSatisfy { $0.severity == .high && $0.rule.message == "Names an internal project" })
    #expect(findings.first?.rule.policy == "7.2" && findings.first?.rule.category == .confidential)
    // Leftmost-longest: one finding for the whole number, not one per digit.
    let number = screener.screen("learner QT1234567 here").findings.filter { $0.rule.id == "pii.learner_number" }
    #expect(number.map { $0.end - $0.start } == [9])
    #expect(number.first?.severity == .low && number.first?.confidence == 0.7)
    #expect(number.first?.rule.policy == "5")
  }

  @Test func allowPatternsSilenceWhatTheyCover() throws {
    let screener = try Self.screener(Self.patterns)
    #expect(screener.screen("ring the office on 07911 123456").findings.isEmpty)
    #expect(screener.screen("ring me on 07912 345678").findings.map(\.rule.id) == ["pii.phone"])
    #expect(screener.screen("test account qt000000").findings.isEmpty)
    #expect(!screener.screen("learner QT123456").findings.isEmpty)
  }

  /// The PII candidates are the same whether or not the database holds
  /// custom patterns (which make the pass read the whole post).
  @Test func customPatternsLeaveThePIIFindingsAlone() throws {
    let plain = try Screener(configuration: try PolicyFile.configuration(nil, lexicons: Self.lexicons))
    let custom = try Self.screener("patterns:\n  work.never:\n    pattern: 'zqzqzq'\n")
    let corpus = Repository.path("Fixtures/pii-corpus/posts.jsonl")
    var compared = 0
    for line in try String(contentsOf: corpus, encoding: .utf8).split(separator: "\n") {
      guard let post = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let text = post["text"] as? String
      else { continue }
      #expect(plain.screen(text) == custom.screen(text), "\(text)")
      compared += 1
    }
    #expect(compared >= 2000)
  }

  @Test func rulesOfTheFileCanBeSwitchedOffAndListed() throws {
    let policy = try Self.policy(Self.patterns + "\n  disabled: [confidential.project_names]\n")
    #expect(policy.customRules.map(\.id) == ["confidential.project_names", "pii.learner_number"])
    #expect(policy.rules.disabled == ["confidential.project_names"])
    let screener = try Screener(configuration: try PolicyFile.configuration(policy, lexicons: Self.lexicons))
    #expect(screener.screen("Project Nightjar").findings.isEmpty)
  }

  @Test func badPatternsAreProblemsWithTheirPlace() {
    let text = """
      patterns:
        confidential.x: {pattern: 'a(b'}
        nonsense: {pattern: x}
        pii.email: {pattern: x}
        work.y: {pattern: x, colour: red}
        work.z: {severity: high}
      allow:
        patterns: ['[z', {pattern: 'x', ignore_case: sometimes}]
      """
    do {
      _ = try Self.policy(text)
      Issue.record("broken patterns were accepted")
    } catch {
      let lines = error.description.split(separator: "\n").map(String.init)
      #expect(lines.contains { $0.hasPrefix("postcheck.yaml:2:19: patterns.confidential.x.pattern 'a(b' does not compile") })
      #expect(lines.contains { $0.hasPrefix("postcheck.yaml:3:3: 'nonsense' must be a rule id of a family") })
      #expect(lines.contains { $0.hasPrefix("postcheck.yaml:4:3: 'pii.email' is a built-in rule") })
      #expect(lines.contains { $0.hasPrefix("postcheck.yaml:5:24: unknown key 'colour' in patterns.work.y") })
      #expect(lines.contains { $0.hasPrefix("postcheck.yaml:6:11: patterns.work.z.pattern must be a pattern") })
      #expect(lines.contains { $0.hasPrefix("postcheck.yaml:8:14: allow.patterns '[z' does not compile") })
      // The same check for `ignore_case` in both places: not silently false.
      #expect(lines.contains { $0.hasPrefix("postcheck.yaml:8:") && $0.hasSuffix("allow.patterns[1].ignore_case must be true or false") })
    }
  }

  @Test func examplesAreChecked() throws {
    let policy = try Self.policy(
      """
      patterns:
        work.rota:
          pattern: '\\brota\\b'
          examples: {match: [the rota is out, the ROTA], no_match: [a rotary club]}
      """)
    let problems = try policy.exampleProblems(
      configuration: try PolicyFile.configuration(policy, lexicons: Self.lexicons))
    #expect(problems == ["postcheck.yaml:2: patterns.work.rota: 'the ROTA' should be reported"])
  }

  static let extraLexicon = """
    @format postcheck-lexicon 1
    @name offensive.core
    @version 1
    @source the comms team
    @licence CC0-1.0
    @columns term category severity characteristic not-when
    numpty\tinsult\tlow\t-\t-
    + what a numpty
    - numptyville
    plonker\tinsult\tlow\t-\t-
    - plonker

    """

  @Test func extraLexiconsJoinTheBuiltInOnes() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("postcheck-lex-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(Self.extraLexicon.utf8).write(to: folder.appendingPathComponent("ours.lex"))
    let policy = try Self.policy("lexicons: [ours.lex]\n", in: folder)
    #expect(policy.extraLexicons.map(\.name) == ["offensive.core"])
    let configuration = try PolicyFile.configuration(policy, lexicons: Self.lexicons)
    let screener = try Screener(configuration: configuration)
    #expect(screener.screen("what a numpty").findings.map(\.rule.id) == ["offensive.insult"])
    // Built-in entries are still there, and obfuscation still defeated for the new ones.
    #expect(screener.screen("what a fucking numpt¥").findings.contains { $0.rule.id == "offensive.profanity" })
    #expect(screener.screen("what a NUMPTYYYY").findings.map(\.rule.id) == ["offensive.insult"])
    // The entry's own examples run: `- plonker` is wrong and said so, with its file and line.
    let problems = try policy.exampleProblems(configuration: configuration)
    #expect(problems == [folder.appendingPathComponent("ours.lex").path + ":10: 'plonker' should not match"])
  }

  @Test func extraLexiconsMustExtendALexiconInItsColumns() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("postcheck-lex-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let header = "@format postcheck-lexicon 1\n@version 1\n@source s\n@licence CC0-1.0\n"
    try Data((header + "@name offensive.cor\n@columns term\nx\n").utf8).write(to: folder.appendingPathComponent("a.lex"))
    try Data((header + "@name offensive.core\n@columns term\nx\n").utf8).write(to: folder.appendingPathComponent("b.lex"))
    do {
      _ = try Self.policy("lexicons: [a.lex, b.lex, c.lex]\n", in: folder)
      Issue.record("bad lexicons were accepted")
    } catch {
      let lines = error.description.split(separator: "\n").map { String($0.split(separator: "/").last ?? "") }
      #expect(lines.contains { $0.hasPrefix("postcheck.yaml:1:12: lexicon 'a.lex': @name offensive.cor is not a built-in") })
      #expect(lines.contains { $0.hasPrefix("postcheck.yaml:1:19: lexicon 'b.lex': its @columns (term) must be") })
      #expect(lines.contains { $0.hasPrefix("postcheck.yaml:1:26: lexicon 'c.lex' cannot be read") })
    }
  }

  @Test func aBrokenEntryIsNamedByItsFileAndLine() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("postcheck-lex-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let broken = Self.extraLexicon.replacingOccurrences(of: "plonker\tinsult", with: "plonker\tbanter")
    try Data(broken.utf8).write(to: folder.appendingPathComponent("ours.lex"))
    let policy = try Self.policy("lexicons: [ours.lex]\n", in: folder)
    do {
      _ = try PolicyFile.configuration(policy, lexicons: Self.lexicons)
      Issue.record("a broken entry was accepted")
    } catch {
      #expect(error.description.hasPrefix(folder.appendingPathComponent("ours.lex").path + ":10:1: "))
    }
  }

  @Test func theLocalePicksThePhoneRegionAndDictionary() throws {
    let policy = try Self.policy("locale: en_us\n")
    #expect(policy.locale?.description == "en-US" && policy.locale?.dictionary == "en_US")
    let configuration = try PolicyFile.configuration(policy, lexicons: Self.lexicons)
    #expect(configuration.locale.region == "US")
    // A US national number is a phone under en-US, not under the built-in en-GB.
    let text = "call me on (202) 555-0143 or 212 736 5000"
    let us = try Screener(configuration: configuration).screen(text).findings.filter { $0.rule.id == "pii.phone" }
    let gb = try Screener(configuration: try PolicyFile.configuration(nil, lexicons: Self.lexicons)).screen(text)
    #expect(!us.isEmpty)
    #expect(!gb.findings.contains { $0.rule.id == "pii.phone" })
    do {
      _ = try Self.policy("locale: english\n")
      Issue.record("a bad locale was accepted")
    } catch {
      #expect(error.description.hasPrefix("postcheck.yaml:1:9: locale must be a language and region"))
    }
  }
}

/// The cache folder of compiled pattern databases and built lexicons.
@Suite struct PatternCacheFolderTests {
  @Test func onlyTheNewestFilesOfAKindAreKept() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("postcheck-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let cache = PatternCacheFolder(folder: folder.path)
    cache.save([0], key: "patterns-0.hsdb")
    for build in 1...(PatternCacheFolder.keptPerKind + 2) {
      cache.save([UInt8(build)], key: "offensive-lexicon-\(build).bin")
      // Distinct modification times, newest last.
      let date = Date(timeIntervalSinceNow: Double(build - 100))
      try FileManager.default.setAttributes(
        [.modificationDate: date], ofItemAtPath: folder.appendingPathComponent("offensive-lexicon-\(build).bin").path)
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(names.filter { $0.hasPrefix("offensive-lexicon-") }.count == PatternCacheFolder.keptPerKind)
    // The oldest went (the newest was saved last, after the others' dates were set back).
    #expect(cache.load(key: "offensive-lexicon-1.bin") == nil)
    #expect(cache.load(key: "offensive-lexicon-\(PatternCacheFolder.keptPerKind + 2).bin") != nil)
    // Another kind is left alone.
    #expect(cache.load(key: "patterns-0.hsdb") == [0])
  }

  @Test func theEnvironmentNamesTheFolder() {
    #expect(PatternCacheFolder.fromEnvironment(["HOME": "/home/jo"])?.folder == "/home/jo/.cache/postcheck")
    #expect(PatternCacheFolder.fromEnvironment(["HOME": "/h", "XDG_CACHE_HOME": "/c"])?.folder == "/c/postcheck")
    #expect(PatternCacheFolder.fromEnvironment(["HOME": "/h", "POSTCHECK_CACHE_DIR": "/p"])?.folder == "/p")
    #expect(PatternCacheFolder.fromEnvironment(["HOME": "/h", "POSTCHECK_NO_CACHE": "1"]) == nil)
    #expect(PatternCacheFolder.fromEnvironment([:]) == nil)
  }

  @Test func savedBytesLoadAndAnUnwritableFolderIsNoError() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("postcheck-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let cache = PatternCacheFolder(folder: folder.appendingPathComponent("deeper").path)
    #expect(cache.load(key: "k") == nil)
    cache.save([1, 2, 3], key: "k")
    cache.save([4, 5], key: "k")
    #expect(cache.load(key: "k") == [4, 5])
    let unwritable = PatternCacheFolder(folder: "/proc/postcheck-cannot-be-here")
    unwritable.save([1], key: "k")
    #expect(unwritable.load(key: "k") == nil)
    // A cached configuration screens as a fresh one does.
    let cached = try Screener(
      configuration: try PolicyFile.configuration(nil, lexicons: PolicyFileTests.lexicons, patternStore: cache))
    let again = try Screener(
      configuration: try PolicyFile.configuration(nil, lexicons: PolicyFileTests.lexicons, patternStore: cache))
    #expect(again.screen("ring me on 07911 123456").findings == cached.screen("ring me on 07911 123456").findings)
    #expect(!again.screen("ring me on 07911 123456").findings.isEmpty)
  }
}
