import Foundation
import PostcheckTestSupport
import Testing

/// Runs the binary over every case in `Fixtures/golden` and compares its
/// output and exit status with the recorded ones.
@Suite struct GoldenTests {
  static let root = Repository.path("Fixtures/golden")

  static var cases: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
  }

  @Test func thereAreCases() {
    #expect(Self.cases.count >= 4)
  }

  @Test(arguments: cases)
  func outputMatchesTheRecording(name: String) throws {
    let folder = Self.root.appendingPathComponent(name)
    let arguments = try JSONDecoder().decode(
      [String].self, from: Data(contentsOf: folder.appendingPathComponent("arguments.json")))
    let draft = folder.appendingPathComponent("input.txt")
    let batch = folder.appendingPathComponent("input.jsonl")
    let result: Run
    if FileManager.default.fileExists(atPath: draft.path) {
      result = try run(arguments, stdin: Data(contentsOf: draft), directory: folder)
    } else if FileManager.default.fileExists(atPath: batch.path) {
      result = try run(arguments + ["input.jsonl"], directory: folder)
    } else {
      // The arguments name the case's own inputs (an export folder, a CSV file).
      result = try run(arguments, directory: folder)
    }
    let expectedOutput = folder.appendingPathComponent("expected.jsonl")
    let expectedStatus = folder.appendingPathComponent("expected-status")
    if ProcessInfo.processInfo.environment["POSTCHECK_RECORD_GOLDEN"] != nil {
      try Data(result.stdout.utf8).write(to: expectedOutput)
      try Data("\(result.status)\n".utf8).write(to: expectedStatus)
      Issue.record("recorded new golden output for \(name); review it and run the tests again")
      return
    }
    let expected = try String(contentsOf: expectedOutput, encoding: .utf8)
    #expect(result.stdout == expected, "output of \(name)")
    let status = try String(contentsOf: expectedStatus, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    #expect("\(result.status)" == status, "exit status of \(name)")
  }
}
