import Foundation
import PostcheckTestSupport
import Testing

/// `--write-baseline` and `--baseline`: accepted findings stay quiet, new ones are reported.
@Suite struct BaselineTests {
  static let posts = #"""
    {"id":"1","text":"ring me on 07911 123456"}
    {"id":"2","text":"my boss is useless"}
    {"id":"3","text":"nice day out"}

    """#

  @Test func roundTrip() throws {
    let file = try temporaryFile(Data(Self.posts.utf8), name: "posts.jsonl")
    let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
    let baseline = folder.appendingPathComponent("baseline.json").path
    let first = try run(["scan", file, "--write-baseline", baseline])
    #expect(first.status == 1)
    #expect(first.stdout.contains("pii.phone") && first.stdout.contains("work.comment"))

    // The same posts again: nothing to report, exit 0.
    let second = try run(["scan", file, "--baseline", baseline, "--summary"])
    #expect(second.status == 0)
    #expect(!second.stdout.contains("\"rule\""))
    #expect(second.stderr.contains("2 findings accepted by the baseline"))

    // A post changed where it matters: its finding returns; the other stays accepted.
    try Data(Self.posts.replacingOccurrences(of: "07911 123456", with: "07922 654321").utf8)
      .write(to: URL(fileURLWithPath: file))
    let third = try run(["scan", file, "--baseline", baseline])
    #expect(third.status == 1)
    #expect(third.stdout.contains("07922 654321"))
    #expect(!third.stdout.contains("work.comment"))

    // The same text in another post is a new finding: the post is part of the fingerprint.
    try Data(#"{"id":"9","text":"my boss is useless"}"#.utf8 + [0x0A]).write(to: URL(fileURLWithPath: file))
    #expect(try run(["scan", file, "--baseline", baseline]).status == 1)
  }

  @Test func aBrokenBaselineIsAnErrorNamingTheFile() throws {
    let file = try temporaryFile(Data(Self.posts.utf8), name: "posts.jsonl")
    let baseline = try temporaryFile(Data("not json".utf8), name: "baseline.json")
    let result = try run(["scan", file, "--baseline", baseline])
    #expect(result.status == 2)
    #expect(result.stderr.contains("baseline.json: not a postcheck baseline"))
  }

  @Test func nothingToScreenIsSaid() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("postcheck-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let result = try run(["scan", folder.path])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("nothing was screened"))
  }
}

/// The policy file as the command line finds and uses it.
@Suite struct PolicyFileCommandTests {
  @Test func theNearestPolicyFileAboveIsUsedAndCheckable() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("postcheck-cli-policy-\(UUID().uuidString)")
    let drafts = root.appendingPathComponent("drafts/march")
    try FileManager.default.createDirectory(at: drafts, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let draft = Data("I definately think my boss is useless\n".utf8)
    let before = try run(["--output-format", "jsonl"], stdin: draft, directory: drafts)
    #expect(before.stdout.contains("quality.spelling") && before.status == 1)

    let policy = root.appendingPathComponent("postcheck.yaml")
    try Data("rules:\n  disabled: [quality.spelling, work.comment]\n".utf8).write(to: policy)
    let after = try run(["--output-format", "jsonl"], stdin: draft, directory: drafts)
    #expect(!after.stdout.contains("\"rule\""))
    #expect(after.status == 0)

    let check = try run(["config", "check"], directory: drafts)
    #expect(check.status == 0)
    #expect(check.stdout.contains("ok ("))

    try Data("rules:\n  disabled: [quality.spelink]\n".utf8).write(to: policy)
    let broken = try run(["--output-format", "jsonl"], stdin: draft, directory: drafts)
    #expect(broken.status == 2)
    #expect(broken.stderr.contains("postcheck.yaml:2:14: 'quality.spelink' is not a rule"))
    #expect(try run(["config", "check", policy.path]).status == 2)
  }

  static let example = Repository.path("Examples/postcheck.yaml")

  /// The bundled example passes its own check (its examples included), and
  /// its patterns, allow patterns and extra lexicons act in a scan.
  @Test func theBundledExampleChecksAndActs() throws {
    let check = try run(["config", "check", Self.example.path])
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.stdout.contains("2 rules of its own") && check.stdout.contains("3 lexicon entries added"))
    let rules = try run(["rules", "--policy", Self.example.path])
    #expect(rules.stdout.contains("confidential.project_names\tconfidential\tpolicy 7.2\thigh"))
    let draft = Data("Project Kestrel! Ring 0113 496 0958, not 0161 999 8888. AL1234567 is a numpty.".utf8)
    let scan = try run(["--policy", Self.example.path, "--output-format", "jsonl"], stdin: draft)
    #expect(scan.status == 1)
    for rule in ["confidential.project_names", "pii.learner_number", "offensive.insult"] {
      #expect(scan.stdout.contains("\"rule\":\"\(rule)\""), "\(rule)")
    }
    // The switchboard number is allowed; the other number is not.
    #expect(!scan.stdout.contains("0113 496 0958\"") && scan.stdout.contains("\"text\":\"0161 999 8888\""))
  }

  @Test func aFailingExampleFailsTheCheck() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("postcheck-cli-examples-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let policy = root.appendingPathComponent("postcheck.yaml")
    try Data("patterns:\n  work.rota:\n    pattern: 'rota'\n    examples: {no_match: [the rota is out]}\n".utf8)
      .write(to: policy)
    let check = try run(["config", "check", policy.path])
    #expect(check.status == 2)
    #expect(check.stderr.contains("postcheck.yaml:2: patterns.work.rota: 'the rota is out' should not be reported"))
  }
}
