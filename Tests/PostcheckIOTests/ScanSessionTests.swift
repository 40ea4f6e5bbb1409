import Foundation
import PostcheckCore
import PostcheckIO
import PostcheckTestSupport
import Testing

/// Runs a session over in-memory chunks and returns what it wrote.
func scanOutput(
  _ chunks: [[UInt8]], path: String = "posts.jsonl", format: InputFormat = .auto, report: Bool = false
) throws -> (output: String, session: ScanSession) {
  let configuration = try ScreeningConfiguration.standard()
  let writer: any RecordWriter = report ? TerminalReportWriter(colour: false) : JSONLinesWriter()
  var session = ScanSession(
    screener: try Screener(configuration: configuration), writer: writer, output: OutputBuffer(descriptor: nil),
    inputFormat: format, fields: JSONFieldExtractor(textField: "text", idField: "id"),
    reportErrorsOnStandardError: false)
  try session.scan(chunks: chunks, path: path)
  try session.finish()
  return (String(decoding: session.output.bytes, as: UTF8.self), session)
}

@Suite struct ScanSessionTests {
  static let jsonl: [UInt8] = {
    var lines = [
      #"{"id":"1","text":"email me at jo.bloggs@example.com 👍🏽"}"#,
      #"{"id":"2","text":"nothing to see"}"#,
      "",
      #"{"id":"3","text":"broken"#,
      #"{"id":4,"body":"no text field"}"#,
      #"{"id":"5","text":"f u c k — Zoë's café, jo@x.org\r"}"#,
    ].map { Array($0.utf8) }
    lines.append([0x7B, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D])  // {"text":"\xFF"}
    var bytes: [UInt8] = []
    for line in lines { bytes += line + [0x0A] }
    for index in 0..<300 { bytes += Array(#"{"id":"g\#(index)","text":"post \#(index) to p\#(index)@example.com 日本 👍🏽"}"#.utf8) + [0x0A] }
    return bytes
  }()

  @Test func everyRecordGivesOneLineInOrder() throws {
    let (output, session) = try scanOutput([Self.jsonl])
    let lines = output.split(separator: "\n")
    #expect(lines.count == 306)
    #expect(session.posts == 303 && session.failures == 3)
    #expect(lines[0].contains(#""id":"1""#) && lines[0].contains(#""verdict":"review""#))
    #expect(lines[1].contains(#""verdict":"pass","score":0.0,"findings":[]"#))
    #expect(lines[2].contains(#""line":4}"#) && lines[2].contains(#""error":"malformed JSON: unterminated string"#))
    #expect(lines[3].contains(#""id":"4""#) && lines[3].contains(#""error":"no text field 'text'""#))
    #expect(lines[5].contains(#""error":"invalid UTF-8 at byte 0 of the post text""#))
  }

  @Test func outputIsTheSameWholeLineByLineAndInRandomChunks() throws {
    let whole = try scanOutput([Self.jsonl]).output
    var byLine: [[UInt8]] = []
    var current: [UInt8] = []
    for byte in Self.jsonl {
      current.append(byte)
      if byte == 0x0A {
        byLine.append(current)
        current = []
      }
    }
    #expect(try scanOutput(byLine).output == whole)
    var generator = SplitMix64(seed: 7)
    for _ in 0..<20 {
      var chunks: [[UInt8]] = []
      var start = 0
      while start < Self.jsonl.count {
        let length = 1 + Int(generator.next() % 97)
        chunks.append(Array(Self.jsonl[start..<min(start + length, Self.jsonl.count)]))
        start += length
      }
      #expect(try scanOutput(chunks).output == whole)
    }
    // One byte at a time splits every UTF-8 sequence.
    #expect(try scanOutput(Self.jsonl.map { [$0] }).output == whole)
  }

  @Test func readerThreadGivesTheSameOutput() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postcheck-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    // Enough records for many batches, plus a second file and a missing one.
    var big: [UInt8] = []
    for _ in 0..<6 { big += Self.jsonl }
    try Data(big).write(to: directory.appendingPathComponent("a.jsonl"))
    try Data("email me at jo@example.org".utf8).write(to: directory.appendingPathComponent("b.txt"))
    let paths = [directory.path, directory.appendingPathComponent("missing.jsonl").path]
    func session() throws -> ScanSession {
      ScanSession(
        screener: try Screener(configuration: try ScreeningConfiguration.standard()), writer: JSONLinesWriter(),
        output: OutputBuffer(descriptor: nil), inputFormat: .auto,
        fields: JSONFieldExtractor(textField: "text", idField: "id"), reportErrorsOnStandardError: false)
    }
    var sequential = try session()
    for path in paths { try sequential.scan(path: path) }
    var threaded = try session()
    try threaded.scanWithReaderThread(paths: paths)
    #expect(threaded.output.bytes == sequential.output.bytes)
    #expect(threaded.posts == sequential.posts && threaded.failures == sequential.failures)
    #expect(threaded.posts == 6 * 303 + 1)
  }

  @Test func plainTextIsOneDraftAndEmptyInputIsAnError() throws {
    let draft = Array("Hi all,\nemail me at jo.bloggs@example.com\n".utf8)
    let (output, _) = try scanOutput([draft], path: "-")
    #expect(output.split(separator: "\n").count == 1)
    #expect(output.contains(#""byte_start":20"#))
    let (empty, session) = try scanOutput([Array(" \n".utf8)], path: "-")
    #expect(empty.contains(#""error":"empty input: nothing to screen""#))
    #expect(session.failures == 1)
  }

  @Test func linesFormatMakesEachLineAPost() throws {
    let (output, session) = try scanOutput([Array("one jo@x.org\n\ntwo\nthree".utf8)], path: "x", format: .lines)
    #expect(session.posts == 3)
    #expect(output.split(separator: "\n").count == 3)
  }

  @Test func reportShowsTheSpanAndWhy() throws {
    let (output, _) = try scanOutput([Array("email me at jo.bloggs@example.com 👍🏽".utf8)], path: "-", report: true)
    #expect(output.contains("REVIEW -"))
    #expect(output.contains("  │ email me at jo.bloggs@example.com 👍🏽\n  │             ^^^^^^^^^^^^^^^^^^^^^\n"))
    #expect(output.contains("why: address syntax; context \"email me at\""))
  }
}

@Suite struct ParallelScanTests {
  func session() throws -> ScanSession {
    ScanSession(
      screener: try Screener(configuration: try ScreeningConfiguration.standard()), writer: JSONLinesWriter(),
      output: OutputBuffer(descriptor: nil), inputFormat: .auto,
      fields: JSONFieldExtractor(textField: "text", idField: "id"), reportErrorsOnStandardError: false)
  }

  @Test func severalJobsWriteTheSameBytesInTheSameOrder() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("postcheck-parallel-\(UUID().uuidString).jsonl")
    defer { try? FileManager.default.removeItem(at: file) }
    // Enough posts for many batches, some unreadable, some with findings.
    var lines: [String] = []
    for index in 0..<3000 {
      switch index % 7 {
      case 0: lines.append(#"{"id":"\#(index)","text":"ring me on 07911 123456 (\#(index))"}"#)
      case 3: lines.append(#"{"id":"\#(index)","text":"broken"#)
      default: lines.append(#"{"id":"\#(index)","text":"post number \#(index) about the weekend"}"#)
      }
    }
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
    var one = try session()
    try one.scanWithReaderThread(paths: [file.path])
    try one.finish()
    for jobs in [2, 3] {
      var many = try session()
      try many.scanInParallel(paths: [file.path], jobs: jobs)
      try many.finish()
      #expect(many.output.bytes == one.output.bytes, "\(jobs) jobs")
      #expect(many.posts == one.posts && many.failures == one.failures)
    }
    #expect(one.posts + one.failures == 3000)
  }

  @Test func exportsParsedOnScreeningThreadsGiveTheSameBytes() throws {
    let exports = Repository.path("Fixtures/golden")
    let paths = ["archive-x", "archive-mastodon", "archive-meta", "archive-linkedin"].map {
      exports.appendingPathComponent($0).appendingPathComponent("export").path
    }
    var one = try session()
    try one.scanWithReaderThread(paths: paths)
    try one.finish()
    var two = try session()
    try two.scanInParallel(paths: paths, jobs: 2)
    try two.finish()
    #expect(two.output.bytes == one.output.bytes)
    #expect(two.skipped == one.skipped && two.posts == one.posts && one.posts >= 20)
  }
}
