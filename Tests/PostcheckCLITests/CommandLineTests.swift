import Foundation
import Testing

/// Runs the built `postcheck` binary as users and hooks do.
struct Run {
  var status: Int32
  var stdout: String
  var stderr: String
}

func postcheckBinary() throws -> URL {
  var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  for _ in 0..<4 {
    let candidate = directory.appendingPathComponent("postcheck")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    directory = directory.deletingLastPathComponent()
  }
  throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "postcheck binary near \(CommandLine.arguments[0])"])
}

func run(
  _ arguments: [String], stdin: Data = Data(), environment: [String: String] = [:], directory: URL? = nil
) throws -> Run {
  let process = Process()
  process.executableURL = try postcheckBinary()
  process.arguments = arguments
  if let directory { process.currentDirectoryURL = directory }
  var env = ProcessInfo.processInfo.environment
  env.merge(environment) { $1 }
  process.environment = env
  let input = Pipe()
  let output = Pipe()
  let errors = Pipe()
  process.standardInput = input
  process.standardOutput = output
  process.standardError = errors
  try process.run()
  input.fileHandleForWriting.write(stdin)
  try input.fileHandleForWriting.close()
  let out = output.fileHandleForReading.readDataToEndOfFile()
  let err = errors.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return Run(
    status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
    stderr: String(decoding: err, as: UTF8.self))
}

func temporaryFile(_ contents: Data, name: String) throws -> String {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postcheck-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  let file = directory.appendingPathComponent(name)
  try contents.write(to: file)
  return file.path
}

@Suite struct CommandLineTests {
  @Test func draftOnStandardInput() throws {
    let result = try run([], stdin: Data("email me at jo.bloggs@example.com 👍🏽".utf8))
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 1)
    let record = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
    let finding = (record?["findings"] as? [[String: Any]])?.first
    #expect(record?["schema"] as? Int == 1)
    #expect(record?["verdict"] as? String == "review")
    #expect(finding?["rule"] as? String == "pii.email")
    #expect(finding?["start"] as? Int == 12 && finding?["end"] as? Int == 33)
    #expect(finding?["byte_start"] as? Int == 12 && finding?["byte_end"] as? Int == 33)
    #expect(finding?["text"] as? String == "jo.bloggs@example.com")
  }

  @Test func offsetsAfterEmojiDifferInScalarsAndBytes() throws {
    let result = try run(["-"], stdin: Data("👍🏽 jo@example.org".utf8))
    #expect(result.stdout.contains(#""start":3,"end":17,"byte_start":9,"byte_end":23"#))
  }

  @Test func exitCodes() throws {
    #expect(try run([], stdin: Data("Lovely day for the open evening!".utf8)).status == 0)
    #expect(try run([], stdin: Data("write to jo@example.org".utf8)).status == 1)
    #expect(try run(["--fail-on", "block"], stdin: Data("write to jo@example.org".utf8)).status == 0)
    #expect(try run(["--fail-on", "never"], stdin: Data("write to jo@example.org".utf8)).status == 0)
    #expect(try run(["--no-such-flag"]).status == 64)
    #expect(try run(["--fail-on", "sometimes"]).status == 64)
    #expect(try run(["scan"]).status == 64)
  }

  @Test func emptyAndInvalidInputAreErrorRecords() throws {
    let empty = try run([], stdin: Data())
    #expect(empty.status == 2)
    #expect(empty.stdout.contains(#""error":"empty input: nothing to screen""#))
    #expect(empty.stderr.contains("postcheck: - record 0: empty input: nothing to screen"))
    let invalid = try run([], stdin: Data([0x68, 0x69, 0xC3, 0x28]))
    #expect(invalid.status == 2)
    #expect(invalid.stdout.contains(#""error":"invalid UTF-8 at byte 2 of the post text""#))
  }

  @Test func scanGoesOnAfterBadRecords() throws {
    let path = try temporaryFile(
      Data("{\"id\":\"a\",\"text\":\"hi\"}\nnot json\n{\"id\":\"b\",\"text\":\"mail jo@example.org\"}\n".utf8),
      name: "posts.jsonl")
    let result = try run(["scan", path])
    #expect(result.status == 2)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[1].contains(#""error":"malformed JSON: expected a JSON object at column 1""#))
    #expect(lines[2].contains(#""id":"b""#) && lines[2].contains("pii.email"))
    #expect(result.stderr.contains("\(path):2: malformed JSON"))
  }

  @Test func missingFileIsAnErrorNamingIt() throws {
    let result = try run(["scan", "/nonexistent/posts.jsonl"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("/nonexistent/posts.jsonl record 0: cannot open: no such file or directory"))
  }

  @Test func reportFormatAndRedaction() throws {
    let report = try run(["--output-format", "report", "--color", "never"], stdin: Data("email jo@example.org".utf8))
    #expect(report.stdout.contains("REVIEW"))
    #expect(report.stdout.contains("^^^^^^^^^^^^^^"))
    let colour = try run(["--output-format", "report", "--color", "always"], stdin: Data("email jo@example.org".utf8))
    #expect(colour.stdout.contains("\u{1B}["))
    let redacted = try run(["--redact"], stdin: Data("email jo@example.org".utf8))
    #expect(redacted.stdout.contains(#""text":"j*@*******.***""#))
  }

  @Test func rulesListsEveryRuleWithItsPolicySection() throws {
    let result = try run(["rules"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("pii.email\tpii\tpolicy 5\tmedium\tAn e-mail address"))
    for rule in [
      "pii.phone", "pii.date_of_birth", "pii.address", "pii.bank.card", "pii.bank.iban", "pii.bank.sort_code",
      "pii.bank.account_number", "pii.national_insurance",
    ] {
      #expect(result.stdout.contains("\(rule)\tpii\tpolicy 5\thigh"), "\(rule)")
    }
  }

  @Test func usersAllowPhrasesWithoutRebuilding() throws {
    let draft = Data("Staff social at the Cock Inn on Friday".utf8)
    #expect(try run([], stdin: draft).stdout.contains("offensive.sexual"))
    #expect(try run(["--allow", "Cock Inn"], stdin: draft).status == 0)
    let file = try temporaryFile(Data("# pubs we book\nCock Inn\n".utf8), name: "allowed.txt")
    #expect(try run(["--allow-file", file], stdin: draft).status == 0)
    let missing = try run(["--allow-file", "/no/such/allowlist"], stdin: draft)
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("/no/such/allowlist"))
  }

  @Test func regionSetsHowNationalPhoneNumbersAreRead() throws {
    let draft = Data("call me on (212) 736-5000".utf8)
    #expect(try run([], stdin: draft).stdout.contains("pii.phone") == false)
    let american = try run(["--region", "us"], stdin: draft)
    #expect(american.status == 1)
    #expect(american.stdout.contains("libphonenumber:US"))
    let unknown = try run(["--region", "ZZ"], stdin: draft)
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("--region ZZ"))
  }

  @Test func brokenPipeEndsQuietly() throws {
    var lines = ""
    for index in 0..<50_000 { lines += "{\"id\":\"\(index)\",\"text\":\"mail p\(index)@example.org\"}\n" }
    let path = try temporaryFile(Data(lines.utf8), name: "many.jsonl")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "'\(try postcheckBinary().path)' scan '\(path)' | head -n 1 >/dev/null; echo ${PIPESTATUS:-done}"]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = Pipe()
    try process.run()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(stderr.isEmpty)
  }
}
