import PostcheckCore

/// What the writers print for one input record.
public struct OutputRecord {
  public var id: String?
  public var source: SourceLocation
  public var outcome: Outcome

  public enum Outcome {
    /// The post's UTF-8 text and what screening found in it.
    case screened(text: [UInt8], result: ScreeningResult)
    case failed(message: String)
  }

  public init(id: String?, source: SourceLocation, outcome: Outcome) {
    self.id = id
    self.source = source
    self.outcome = outcome
  }
}

/// A writer of output records in one format.
public protocol RecordWriter {
  mutating func write(_ record: OutputRecord, to output: OutputBuffer) throws
  /// Called once after the last record.
  mutating func finish(to output: OutputBuffer) throws
}

extension RecordWriter {
  public mutating func finish(to output: OutputBuffer) throws {}
}

/// Masks a finding's text for `--redact`: the first character stays, other
/// letters and digits become `*`, punctuation (`@`, `.`, spaces) stays so
/// the shape is still recognisable.
public func redacted(_ text: String) -> String {
  var result = ""
  var first = true
  for scalar in text.unicodeScalars {
    if first || !(scalar.properties.isAlphabetic || scalar.properties.numericType != nil) {
      result.unicodeScalars.append(scalar)
    } else {
      result.append("*")
    }
    first = false
  }
  return result
}
