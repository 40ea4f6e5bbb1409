import Foundation
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
}
