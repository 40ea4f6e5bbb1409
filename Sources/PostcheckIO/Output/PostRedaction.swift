import PostcheckCore

/// Which findings `postcheck redact` masks.
public enum RedactionScope: String, CaseIterable, Sendable {
  /// Personal information and credentials: what must never be published.
  case personal
  /// Every finding of every rule.
  case all

  public func masks(_ finding: Finding) -> Bool {
    switch self {
    case .personal: finding.rule.category == .pii || finding.rule.id == "confidential.credential"
    case .all: true
    }
  }
}

/// The post with the text of the findings `scope` covers masked as
/// `--redact` masks it (first character kept, letters and digits `*`),
/// overlapping findings masked once, everything else byte for byte.
public func redactedPost(_ text: [UInt8], findings: [Finding], scope: RedactionScope) -> String {
  var spans: [Range<Int>] = []
  for finding in findings.filter(scope.masks).sorted(by: { $0.start < $1.start }) {
    if let last = spans.last, finding.start <= last.upperBound {
      spans[spans.count - 1] = last.lowerBound..<max(last.upperBound, finding.end)
    } else {
      spans.append(finding.start..<finding.end)
    }
  }
  var result = ""
  var done = 0
  for span in spans {
    result += String(decoding: text[done..<span.lowerBound], as: UTF8.self)
    result += redacted(String(decoding: text[span], as: UTF8.self))
    done = span.upperBound
  }
  return result + String(decoding: text[done...], as: UTF8.self)
}

/// The bytes `range` of a post with every finding's text in it masked (a
/// finding reaching across the range's edge masked up to the edge): the
/// context lines of a `--redact` report, which must not show what another
/// finding on the same line masks.
public func redactedSlice(_ text: [UInt8], _ range: Range<Int>, findings: [Finding]) -> String {
  var clipped: [Finding] = []
  for finding in findings where finding.start < range.upperBound && finding.end > range.lowerBound {
    var inside = finding
    inside.start = max(finding.start, range.lowerBound) - range.lowerBound
    inside.end = min(finding.end, range.upperBound) - range.lowerBound
    clipped.append(inside)
  }
  return redactedPost(Array(text[range]), findings: clipped, scope: .all)
}
