import PostcheckCore

/// A readable report for people at a terminal: each post with a finding,
/// its verdict, the lines holding findings with the spans highlighted (in
/// colour) or underlined with `^` (without), and what each finding means.
public struct TerminalReportWriter: RecordWriter {
  public var colour: Bool
  public var redact: Bool
  public var showPassing: Bool
  /// Spelling suggestions for `quality.spelling` findings (nil: none shown).
  public var suggestions: (@Sendable (String) -> [String])?
  private var counts: [Verdict: Int] = [:]
  private var failures = 0

  public init(
    colour: Bool, redact: Bool = false, showPassing: Bool = true, suggestions: (@Sendable (String) -> [String])? = nil
  ) {
    self.colour = colour
    self.redact = redact
    self.showPassing = showPassing
    self.suggestions = suggestions
  }

  private func style(_ text: String, _ code: String) -> String {
    colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  private func verdictLabel(_ verdict: Verdict) -> String {
    switch verdict {
    case .pass: style("PASS", "1;32")
    case .review: style("REVIEW", "1;33")
    case .block: style("BLOCK", "1;31")
    }
  }

  public mutating func write(_ record: OutputRecord, to out: OutputBuffer) throws {
    let name = record.id.map { "\(record.source.description) (id \($0))" } ?? record.source.description
    switch record.outcome {
    case .failed(let message):
      failures += 1
      out.append("\(style("ERROR", "1;31")) \(name): \(message)\n\n")
    case .screened(let text, let result):
      counts[result.verdict, default: 0] += 1
      guard showPassing || !result.findings.isEmpty else { return }
      let score = (result.score * 100).rounded() / 100
      out.append("\(verdictLabel(result.verdict)) \(style(name, "1"))  score \(score)\n")
      for finding in result.findings {
        writeFinding(finding, in: text, among: result.findings, to: out)
      }
      out.append("\n")
    }
    try out.flushIfFull()
  }

  private func writeFinding(_ finding: Finding, in text: [UInt8], among all: [Finding], to out: OutputBuffer) {
    // The line of the post that holds the finding's start.
    let lineStart = text[..<finding.start].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
    let lineEnd = text[finding.start...].firstIndex(of: UInt8(ascii: "\n")) ?? text.count
    let spanEnd = min(finding.end, lineEnd)
    // Redacted, the line around the finding masks the other findings on it too.
    func context(_ range: Range<Int>) -> String {
      redact ? redactedSlice(text, range, findings: all) : String(decoding: text[range], as: UTF8.self)
    }
    let before = context(lineStart..<finding.start)
    let matched = String(decoding: text[finding.start..<spanEnd], as: UTF8.self)
    let after = context(spanEnd..<lineEnd)
    let shown = redact ? redacted(matched) : matched
    if colour {
      out.append("  │ \(before)\(style(shown, "4;1;31"))\(after)\n")
    } else {
      out.append("  │ \(before)\(shown)\(after)\n")
      let pad = String(repeating: " ", count: width(before))
      out.append("  │ \(pad)\(String(repeating: "^", count: max(1, width(shown))))\n")
    }
    let rule = finding.rule
    let confidence = (finding.confidence * 100).rounded() / 100
    out.append(
      "  └ \(style(rule.id, "1")) · policy \(rule.policy) · \(finding.severity.rawValue) · confidence \(confidence)\n")
    out.append("    \(rule.message)\n")
    var reasons: [String] = []
    if let validator = finding.explanation.validator { reasons.append(validator) }
    if let context = finding.explanation.context { reasons.append("context \"\(context)\"") }
    if let entry = finding.explanation.entry { reasons.append("entry \"\(entry)\"") }
    if !finding.explanation.normalisations.isEmpty {
      reasons.append("seen through " + finding.explanation.normalisations.names.joined(separator: " + "))
    }
    if !reasons.isEmpty { out.append("    why: \(reasons.joined(separator: "; "))\n") }
    if rule.id == "quality.spelling", !redact, let suggest = suggestions {
      let options = suggest(matched)
      if !options.isEmpty { out.append("    did you mean: \(options.joined(separator: ", "))\n") }
    }
  }

  private func width(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + ($1 == "\t" ? 4 : displayWidth(of: $1)) }
  }

  public mutating func finish(to out: OutputBuffer) throws {
    let total = counts.values.reduce(0, +) + failures
    guard total > 1 || failures > 0 else { return }
    var parts = Verdict.allCases.reversed().map { "\(counts[$0, default: 0]) \($0.rawValue)" }
    if failures > 0 { parts.append("\(failures) unreadable") }
    out.append("\(total) posts: \(parts.joined(separator: ", "))\n")
  }
}
