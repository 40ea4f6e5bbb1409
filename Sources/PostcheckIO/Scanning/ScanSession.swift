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
  public private(set) var verdicts: [Verdict: Int] = [:]
  public private(set) var findingsByRule: [String: Int] = [:]
  /// UTF-8 bytes of post text screened.
  public private(set) var textBytes = 0

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
    try RecordProducer(inputFormat: inputFormat, fields: fields, csvColumn: csvColumn).records(from: [path]) { try handle($0) }
  }

  /// Reads the inputs on a thread of its own while this thread screens and
  /// writes, so reading and JSON decoding overlap screening. Output order
  /// and content are exactly those of `scan(path:)` over each path in turn.
  public mutating func scanWithReaderThread(paths: [String]) throws {
    let queue = BatchQueue<InputRecord>(capacity: 8)
    let producer = RecordProducer(inputFormat: inputFormat, fields: fields, csvColumn: csvColumn)
    let reader = Thread {
      var batch: [InputRecord] = []
      batch.reserveCapacity(Self.batchSize)
      do {
        try producer.records(from: paths) { record in
          batch.append(record)
          if batch.count == Self.batchSize {
            guard queue.push(batch) else { throw ConsumerStopped() }
            batch.removeAll(keepingCapacity: true)
          }
        }
        if !batch.isEmpty { _ = queue.push(batch) }
      } catch {
        // Only a stopped consumer ends the producer early; it has nothing more to say.
      }
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
    switch record {
    case .post(let id, let text, let source):
      posts += 1
      textBytes += text.count
      let result = text.withUnsafeBufferPointer { screener.screen($0) }
      worstVerdict = max(worstVerdict, result.verdict)
      verdicts[result.verdict, default: 0] += 1
      for finding in result.findings { findingsByRule[finding.rule.id, default: 0] += 1 }
      try writer.write(OutputRecord(id: id, source: source, outcome: .screened(text: text, result: result)), to: &output)
    case .failure(let id, let message, let source):
      failures += 1
      if reportErrorsOnStandardError { printError("postcheck: \(source.description): \(message)") }
      try writer.write(OutputRecord(id: id, source: source, outcome: .failed(message: message)), to: &output)
    case .skipped(let reason, _):
      skipped[reason, default: 0] += 1
    }
  }

  public mutating func finish() throws {
    try writer.finish(to: &output)
    try output.flush()
  }
}
