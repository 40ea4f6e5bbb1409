import PostcheckCore

/// Writes schema 1 JSON Lines (documented in `docs/output-format.md`): one
/// object per input record, in input order, with `findings` or `error`.
///
/// Hand-written rather than `JSONEncoder`: it runs once per post and is
/// several times faster, and the field order stays fixed for diffing.
public struct JSONLinesWriter: RecordWriter {
  /// The `schema` value written (the literal in `write` must match).
  public static let schemaVersion = 1
  public var redact: Bool
  /// The last source path written and its JSON string: records come file
  /// by file, and escaping the same path for each one cost more than the rest of the source.
  private var encodedPath: (path: String, json: [UInt8]) = ("", Array("\"\"".utf8))

  public init(redact: Bool = false) { self.redact = redact }

  public mutating func write(_ record: OutputRecord, to out: OutputBuffer) throws {
    out.append("{\"schema\":1,\"id\":" as StaticString)
    if let id = record.id { appendString(id, to: out) } else { out.append("null" as StaticString) }
    out.append(",\"source\":{\"path\":" as StaticString)
    if record.source.path != encodedPath.path {
      let json = OutputBuffer(descriptor: nil, capacity: record.source.path.utf8.count * 6 + 2)
      appendString(record.source.path, to: json)
      encodedPath = (record.source.path, json.bytes)
    }
    encodedPath.json.withUnsafeBufferPointer { out.append(contentsOf: $0) }
    out.append(",\"index\":" as StaticString)
    out.append(decimal: record.source.index)
    if let line = record.source.line {
      out.append(",\"line\":" as StaticString)
      out.append(decimal: line)
    }
    if let createdAt = record.source.createdAt {
      out.append(",\"created_at\":" as StaticString)
      appendString(createdAt, to: out)
    }
    if let kind = record.source.kind {
      out.append(",\"kind\":" as StaticString)
      appendString(kind, to: out)
    }
    if let url = record.source.url {
      out.append(",\"url\":" as StaticString)
      appendString(url, to: out)
    }
    out.append("}" as StaticString)
    switch record.outcome {
    case .failed(let message):
      out.append(",\"error\":" as StaticString)
      appendString(message, to: out)
    case .screened(let text, let result):
      out.append(",\"verdict\":\"" as StaticString)
      switch result.verdict {
      case .pass: out.append("pass" as StaticString)
      case .review: out.append("review" as StaticString)
      case .block: out.append("block" as StaticString)
      }
      out.append("\",\"score\":" as StaticString)
      out.append(fraction: result.score)
      out.append(",\"findings\":[" as StaticString)
      if !result.findings.isEmpty {
        text.withUnsafeBufferPointer { bytes in
          var offsets = ScalarOffsets(bytes)
          for (index, finding) in result.findings.enumerated() {
            if index > 0 { out.append("," as StaticString) }
            appendFinding(finding, bytes: bytes, offsets: &offsets, to: out)
          }
        }
      }
      out.append("]" as StaticString)
    }
    out.append("}\n" as StaticString)
    try out.flushIfFull()
  }

  /// One finding, with no `String` built on the way (rule names and
  /// messages are copied from the rule, the matched text from the post):
  /// interpolation cost several allocations per finding.
  private func appendFinding(
    _ finding: Finding, bytes: UnsafeBufferPointer<UInt8>, offsets: inout ScalarOffsets, to out: OutputBuffer
  ) {
    let rule = finding.rule
    out.append("{\"rule\":" as StaticString)
    appendString(rule.id, to: out)
    out.append(",\"category\":" as StaticString)
    appendString(rule.category.rawValue, to: out)
    out.append(",\"policy\":" as StaticString)
    appendString(rule.policy, to: out)
    out.append(",\"severity\":" as StaticString)
    appendString(finding.severity.rawValue, to: out)
    out.append(",\"confidence\":" as StaticString)
    out.append(fraction: finding.confidence)
    out.append(",\"start\":" as StaticString)
    out.append(decimal: offsets.scalarOffset(ofByte: finding.start))
    out.append(",\"end\":" as StaticString)
    out.append(decimal: offsets.scalarOffset(ofByte: finding.end))
    out.append(",\"byte_start\":" as StaticString)
    out.append(decimal: finding.start)
    out.append(",\"byte_end\":" as StaticString)
    out.append(decimal: finding.end)
    out.append(",\"text\":" as StaticString)
    let matched = UnsafeBufferPointer(rebasing: bytes[finding.start..<finding.end])
    if redact {
      appendString(redacted(String(decoding: matched, as: UTF8.self)), to: out)
    } else {
      appendString(bytes: matched, to: out)
    }
    out.append(",\"message\":" as StaticString)
    appendString(rule.message, to: out)
    out.append(",\"explanation\":{" as StaticString)
    var first = true
    func key(_ name: StaticString) {
      if !first { out.append("," as StaticString) }
      first = false
      out.append(name)
    }
    let explanation = finding.explanation
    if let validator = explanation.validator {
      key("\"validator\":")
      appendString(validator, to: out)
    }
    if let context = explanation.context {
      key("\"context\":")
      appendString(context, to: out)
    }
    if let entry = explanation.entry {
      key("\"entry\":")
      appendString(entry, to: out)
    }
    if !explanation.normalisations.isEmpty {
      key("\"normalisations\":[")
      for (index, name) in explanation.normalisations.names.enumerated() {
        if index > 0 { out.append("," as StaticString) }
        appendString(name, to: out)
      }
      out.append("]" as StaticString)
    }
    if let base = explanation.baseConfidence {
      key("\"base_confidence\":")
      out.append(fraction: base)
    }
    out.append("}}" as StaticString)
  }

  /// Appends a JSON string literal; UTF-8 passes through, controls are escaped.
  /// Runs that need no escaping are copied whole.
  func appendString(_ string: String, to out: OutputBuffer) {
    var string = string
    string.withUTF8 { appendString(bytes: $0, to: out) }
  }

  /// The same for UTF-8 bytes in place.
  func appendString(bytes: UnsafeBufferPointer<UInt8>, to out: OutputBuffer) {
    out.append(UInt8(ascii: "\""))
    var runStart = 0
    while true {
      let index = ByteLanes.firstNeedingJSONEscape(in: bytes, from: runStart)
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
      guard index < bytes.count else { break }
      runStart = index + 1
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""): out.append("\\\"" as StaticString)
      case UInt8(ascii: "\\"): out.append("\\\\" as StaticString)
      case 0x0A: out.append("\\n" as StaticString)
      case 0x0D: out.append("\\r" as StaticString)
      case 0x09: out.append("\\t" as StaticString)
      default:
        let hex: StaticString = "0123456789abcdef"
        out.append("\\u00" as StaticString)
        out.append(hex.utf8Start[Int(byte >> 4)])
        out.append(hex.utf8Start[Int(byte & 0xF)])
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
