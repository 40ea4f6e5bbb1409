import Foundation
import PostcheckCore

/// One run of postcheck: reads inputs, screens each post, writes records in
/// input order and keeps the tallies that decide the exit code.
public struct ScanSession {
  public let screener: Screener
  public var writer: any RecordWriter
  public var output: OutputBuffer
  public let inputFormat: InputFormat
  public let fields: JSONFieldExtractor
  /// The text column of CSV inputs; the text field's name when nil.
  public let csvColumn: String?
  /// Also print unreadable records to standard error (when the output is for machines).
  public let reportErrorsOnStandardError: Bool
  public private(set) var worstVerdict: Verdict = .pass
  public private(set) var failures = 0
  public private(set) var posts = 0
  /// Export records with nothing of the account's own to screen, by reason.
  public private(set) var skipped: [String: Int] = [:]
  /// Posts by verdict.
  public var verdicts: [Verdict: Int] {
    Dictionary(uniqueKeysWithValues: zip(Verdict.allCases, verdictCounts).filter { $0.1 > 0 })
  }
  /// Counted in `Verdict.allCases` order: a dictionary update per post cost
  /// more than writing the post's record.
  private var verdictCounts = [Int](repeating: 0, count: Verdict.allCases.count)
  public private(set) var findingsByRule: [String: Int] = [:]
  /// UTF-8 bytes of post text screened.
  public private(set) var textBytes = 0
  /// Counts what the reader reads; with `drawsProgress`, a line on standard error shows it.
  public var progress: ScanProgress?
  public var drawsProgress = false
  /// Findings accepted earlier: left out of the output, the verdicts and the exit status.
  public var baseline: Baseline?
  /// Whether to keep every finding for `writeBaseline(to:)`.
  public var collectsBaseline = false
  private var baselineEntries: [Baseline.Entry] = []
  /// Findings left out because the baseline accepts them.
  public private(set) var acceptedByBaseline = 0
  private var progressLine: ProgressLine?

  public init(
    screener: Screener, writer: any RecordWriter, output: OutputBuffer, inputFormat: InputFormat,
    fields: JSONFieldExtractor, csvColumn: String? = nil, reportErrorsOnStandardError: Bool
  ) {
    self.csvColumn = csvColumn
    self.screener = screener
    self.writer = writer
    self.output = output
    self.inputFormat = inputFormat
    self.fields = fields
    self.reportErrorsOnStandardError = reportErrorsOnStandardError
  }

  /// Reads one input (`-` is standard input; a directory is read file by file).
  public mutating func scan(path: String) throws {
    try RecordProducer(inputFormat: inputFormat, fields: fields, csvColumn: csvColumn, progress: progress).records(from: [path]) { try handle($0) }
  }

  /// Reads the inputs on a thread of its own while this thread screens and
  /// writes, so reading and JSON decoding overlap screening. Output order
  /// and content are exactly those of `scan(path:)` over each path in turn.
  public mutating func scanWithReaderThread(paths: [String]) throws {
    let queue = BatchQueue<InputRecord>(capacity: 8)
    let producer = RecordProducer(inputFormat: inputFormat, fields: fields, csvColumn: csvColumn, progress: progress)
    let reader = Thread {
      _ = producer.batches(from: paths, size: Self.batchSize) { queue.push($0) }
      queue.finish()
    }
    reader.start()
    do {
      while let batch = queue.pop() {
        for record in batch { try handle(record) }
      }
    } catch {
      queue.cancel()
      throw error
    }
  }

  static let batchSize = 256

  /// `scanWithReaderThread` with posts screened on `jobs` threads, each with
  /// a screener of its own; records are written in input order, exactly as
  /// with one job.
  public mutating func scanInParallel(paths: [String], jobs: Int) throws {
    guard jobs > 1 else { return try scanWithReaderThread(paths: paths) }
    let input = BatchQueue<SequencedBatch>(capacity: jobs * 2)
    let results = OrderedResults(window: jobs * 4)
    let producer = RecordProducer(
      inputFormat: inputFormat, fields: fields, csvColumn: csvColumn, progress: progress, defersParsing: true)
    let reader = Thread {
      var sequence = 0
      let total = producer.batches(from: paths, size: Self.batchSize) { batch in
        defer { sequence += 1 }
        return input.push([SequencedBatch(sequence: sequence, records: batch)])
      }
      results.expect(total: total)
      input.finish()
    }
    let configuration = screener.configuration
    var workers: [Thread] = []
    for _ in 0..<jobs {
      let worker = Thread {
        guard let screener = try? Screener(configuration: configuration) else {
          results.fail("could not set up a screening thread")
          return
        }
        while let batches = input.pop() {
          for batch in batches {
            // Export records are parsed here, on a screening thread, not on the reader's.
            let records = batch.records.flatMap(\.parsed)
            let screened = records.map { record -> ScreeningResult? in
              guard case .post(_, let text, _) = record else { return nil }
              return text.withUnsafeBufferPointer { screener.screen($0) }
            }
            guard results.put(batch.sequence, ScreenedBatch(records: records, results: screened)) else { return }
          }
        }
      }
      workers.append(worker)
    }
    reader.start()
    for worker in workers { worker.start() }
    do {
      var sequence = 0
      while let batch = try results.take(sequence) {
        for (record, result) in zip(batch.records, batch.results) { try write(record, screened: result) }
        sequence += 1
      }
    } catch {
      results.cancel()
      input.cancel()
      throw error
    }
  }

  /// Feeds bytes that are already in memory, in the given chunks (tests and
  /// the chunk-invariance check).
  public mutating func scan(chunks: [[UInt8]], path: String) throws {
    let format = inputFormat.resolved(path: path, firstBytes: (chunks.first ?? []).prefix(64))
    var reader = RecordReader(path: path, format: format, fields: fields)
    for chunk in chunks {
      try chunk.withUnsafeBytes { raw in try reader.feed(raw) { try handle($0) } }
    }
    try reader.finish { try handle($0) }
  }

  public mutating func handle(_ record: InputRecord) throws {
    var result: ScreeningResult?
    if case .post(_, let text, _) = record { result = text.withUnsafeBufferPointer { screener.screen($0) } }
    try write(record, screened: result)
  }

  /// Writes a record screened elsewhere (`result` for a post) and keeps the tallies.
  mutating func write(_ record: InputRecord, screened result: ScreeningResult?) throws {
    if drawsProgress, let progress, (posts + failures) & 255 == 0 {
      if progressLine == nil { progressLine = ProgressLine(progress: progress) }
      progressLine?.draw(posts: posts)
    }
    switch record {
    case .post(let id, let text, let source):
      guard var result else { return }
      if baseline != nil || collectsBaseline { result = applyBaseline(to: result, id: id, text: text, source: source) }
      posts += 1
      textBytes += text.count
      worstVerdict = max(worstVerdict, result.verdict)
      verdictCounts[result.verdict.rank] += 1
      for finding in result.findings { findingsByRule[finding.rule.id, default: 0] += 1 }
      try writer.write(OutputRecord(id: id, source: source, outcome: .screened(text: text, result: result)), to: output)
    case .failure(let id, let message, let source):
      failures += 1
      if reportErrorsOnStandardError { printError("postcheck: \(source.description): \(message)") }
      try writer.write(OutputRecord(id: id, source: source, outcome: .failed(message: message)), to: output)
    case .skipped(let reason, _):
      skipped[reason, default: 0] += 1
    case .unparsed:
      // Only a producer asked to defer parsing makes these; its records are screened first.
      for parsed in record.parsed { try handle(parsed) }
    }
  }

  /// Leaves out the findings the baseline accepts (rescoring the post), and
  /// remembers every finding when a baseline is to be written.
  private mutating func applyBaseline(
    to result: ScreeningResult, id: String?, text: [UInt8], source: SourceLocation
  ) -> ScreeningResult {
    guard !result.findings.isEmpty else { return result }
    let post = Baseline.post(id: id, source: source)
    let prints = Baseline.fingerprints(of: result.findings, text: text, post: post)
    if collectsBaseline {
      for (finding, print) in zip(result.findings, prints) {
        let matched = String(decoding: text[finding.start..<finding.end], as: UTF8.self)
        baselineEntries.append(Baseline.Entry(fingerprint: print, rule: finding.rule.id, post: post, text: matched))
      }
    }
    guard let baseline else { return result }
    let kept = zip(result.findings, prints).filter { !baseline.contains($0.1) }.map(\.0)
    guard kept.count < result.findings.count else { return result }
    acceptedByBaseline += result.findings.count - kept.count
    let scoring = screener.configuration.scoring
    let score = scoring.score(kept)
    return ScreeningResult(findings: kept, score: score, verdict: scoring.verdict(for: score))
  }

  /// Writes every finding of the scan as a baseline file (`--write-baseline`).
  public func writeBaseline(to path: String) throws {
    try Baseline.write(baselineEntries, to: path)
  }

  public mutating func finish() throws {
    // The progress line is wiped before the report's last lines are written.
    progressLine?.draw(posts: posts, final: true)
    try writer.finish(to: output)
    try output.flush()
  }

  /// One paragraph for standard error at the end of a scan: what was read,
  /// what was found, how long it took.
  public func summary(seconds: Double) -> String {
    func count(_ value: Int, _ noun: String) -> String { "\(value) \(noun)\(value == 1 ? "" : "s")" }
    var lines: [String] = []
    var read = [count(posts, "post") + " screened"]
    if failures > 0 { read.append(count(failures, "unreadable record")) }
    let skippedTotal = skipped.values.reduce(0, +)
    if skippedTotal > 0 {
      let reasons = skipped.sorted { $0.value > $1.value }.map { "\($0.key) ×\($0.value)" }.joined(separator: "; ")
      read.append("\(count(skippedTotal, "record")) with nothing of its own to screen (\(reasons))")
    }
    if acceptedByBaseline > 0 { read.append("\(count(acceptedByBaseline, "finding")) accepted by the baseline") }
    lines.append("postcheck: " + read.joined(separator: ", "))
    let verdictLine = Verdict.allCases.reversed().map { "\(verdicts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
    lines.append("  verdicts: \(verdictLine)")
    if !findingsByRule.isEmpty {
      let rules = findingsByRule.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }
      lines.append("  findings: " + rules.joined(separator: ", "))
    }
    let megabytes = Double(progress?.bytesRead ?? textBytes) / 1e6
    lines.append(
      "  \(String(format: "%.1f", seconds)) s, \(String(format: "%.1f", megabytes)) MB read, \(String(format: "%.1f", megabytes / max(seconds, 0.001))) MB/s")
    return lines.joined(separator: "\n")
  }
}
