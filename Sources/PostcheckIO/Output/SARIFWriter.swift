import Foundation
import PostcheckCore

/// SARIF 2.1.0, for code-scanning tools (GitHub code scanning, the SARIF
/// viewers of editors): one run, the rules as the tool's, one result per
/// finding, unreadable records as error notifications. Written whole at the
/// end (SARIF is one JSON document), so it suits drafts and repositories of
/// them rather than multi-gigabyte archives.
///
/// Locations: a post that is a whole file (a draft) gets its exact region,
/// lines and columns counted in Unicode scalars (`columnKind`); a post that
/// is one record of a larger file (a JSON line, a CSV row, an archive
/// member's element) gets the record's line where there is one and a
/// logical location naming the record, with the offsets inside the post in
/// the result's properties.
public struct SARIFWriter: RecordWriter {
  public let rules: [Rule]
  public let redact: Bool
  private let ruleIndex: [String: Int]
  private var results: [[String: Any]] = []
  private var notifications: [[String: Any]] = []

  public init(rules: [Rule], redact: Bool = false) {
    self.rules = rules
    self.redact = redact
    ruleIndex = Dictionary(rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
  }

  public mutating func write(_ record: OutputRecord, to out: OutputBuffer) throws {
    let (uri, member) = Self.split(record.source.path)
    switch record.outcome {
    case .failed(let message):
      notifications.append([
        "level": "error",
        "message": ["text": "\(record.source.description): \(message)"],
        "locations": [location(uri: uri, member: member, record: record, region: record.source.line.map { ["startLine": $0] })],
      ])
    case .screened(let text, let result):
      text.withUnsafeBufferPointer { bytes in
        var offsets = ScalarOffsets(bytes)
        for finding in result.findings {
          results.append(self.result(finding, bytes: bytes, offsets: &offsets, record: record, uri: uri, member: member))
        }
      }
    }
  }

  public mutating func finish(to out: OutputBuffer) throws {
    let driver: [String: Any] = [
      "name": "postcheck",
      "informationUri": "https://example.org/postcheck",
      "semanticVersion": "0.1.0",
      "rules": rules.map { rule -> [String: Any] in
        [
          "id": rule.id,
          "name": rule.id.split(separator: ".").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(),
          "shortDescription": ["text": rule.summary],
          "fullDescription": ["text": "\(rule.summary). Policy section \(rule.policy)."],
          "defaultConfiguration": ["level": Self.level(rule.severity)],
          "properties": ["category": rule.category.rawValue, "policy": rule.policy, "severity": rule.severity.rawValue],
        ]
      },
    ]
    let log: [String: Any] = [
      "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
      "version": "2.1.0",
      "runs": [
        [
          "tool": ["driver": driver],
          "columnKind": "unicodeCodePoints",
          "results": results,
          "invocations": [["executionSuccessful": true, "toolExecutionNotifications": notifications]],
        ] as [String: Any]
      ],
    ]
    let data = try JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    data.withUnsafeBytes { out.append(contentsOf: $0.bindMemory(to: UInt8.self)) }
    out.append(UInt8(ascii: "\n"))
  }

  private func result(
    _ finding: Finding, bytes: UnsafeBufferPointer<UInt8>, offsets: inout ScalarOffsets, record: OutputRecord,
    uri: String, member: String?
  ) -> [String: Any] {
    let start = offsets.scalarOffset(ofByte: finding.start)
    let end = offsets.scalarOffset(ofByte: finding.end)
    let matched = String(decoding: UnsafeBufferPointer(rebasing: bytes[finding.start..<finding.end]), as: UTF8.self)
    let shown = redact ? redacted(matched) : matched
    var region: [String: Any] = ["snippet": ["text": shown]]
    let wholeFile = member == nil && record.source.line == nil && record.source.index == 0
    if wholeFile {
      let (startLine, startColumn) = Self.lineAndColumn(ofByte: finding.start, in: bytes)
      let (endLine, endColumn) = Self.lineAndColumn(ofByte: finding.end, in: bytes)
      region.merge(
        [
          "startLine": startLine, "startColumn": startColumn, "endLine": endLine, "endColumn": endColumn,
          "charOffset": start, "charLength": end - start,
        ], uniquingKeysWith: { _, new in new })
    } else if let line = record.source.line {
      region["startLine"] = line
    }
    let rule = finding.rule
    var entry: [String: Any] = [
      "ruleId": rule.id,
      "level": Self.level(finding.severity),
      "message": ["text": "\(rule.message): \(shown)"],
      "locations": [location(uri: uri, member: member, record: record, region: region)],
      // The baseline's fingerprint: a finding accepted there is the same finding here.
      "partialFingerprints": [
        "postcheck/v1": Baseline.fingerprint(
          rule: rule.id, text: matched, post: Baseline.post(id: record.id, source: record.source))
      ],
      "properties": [
        "category": rule.category.rawValue, "policy": rule.policy, "severity": finding.severity.rawValue,
        "confidence": finding.confidence, "start": start, "end": end, "byte_start": finding.start,
        "byte_end": finding.end, "record": record.source.index,
      ] as [String: Any],
    ]
    if let index = ruleIndex[rule.id] { entry["ruleIndex"] = index }
    return entry
  }

  private func location(uri: String, member: String?, record: OutputRecord, region: [String: Any]?) -> [String: Any] {
    var physical: [String: Any] = ["artifactLocation": ["uri": uri == "-" ? "stdin" : uri]]
    if let region { physical["region"] = region }
    var name = member.map { "\($0) record \(record.source.index)" } ?? "record \(record.source.index)"
    if let id = record.id { name += " (id \(id))" }
    return ["physicalLocation": physical, "logicalLocations": [["name": name, "kind": "object"]]]
  }

  /// `archive.zip!data/tweets.js` → the archive and the member inside it.
  private static func split(_ path: String) -> (String, String?) {
    guard let bang = path.firstIndex(of: "!") else { return (path, nil) }
    return (String(path[..<bang]), String(path[path.index(after: bang)...]))
  }

  private static func level(_ severity: Severity) -> String {
    switch severity {
    case .high: "error"
    case .medium: "warning"
    case .low, .info: "note"
    }
  }

  /// 1-based line and column (in scalars) of a byte offset.
  private static func lineAndColumn(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
    var line = 1
    var column = 1
    for index in 0..<min(offset, bytes.count) {
      let byte = bytes[index]
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }
}
