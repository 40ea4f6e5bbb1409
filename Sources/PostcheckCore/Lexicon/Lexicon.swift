/// A versioned data file of words, phrases or mappings, with its provenance.
///
/// The format (`postcheck-lexicon 1`, documented in `Lexicons/README.md`) is
/// line based so that diffs review well: `@key value` metadata, then one
/// entry per line with tab-separated fields, each optionally followed by
/// `+ text` lines that must match it and `- text` lines that must not.
public struct Lexicon: Sendable {
  /// Where the lexicon came from: its path under `Lexicons/` or on disk.
  public var path: String
  public var name: String
  public var version: String
  public var source: String
  public var licence: String
  public var description: String
  public var columns: [String]
  public var entries: [LexiconEntry]

  /// The format version this build reads.
  public static let formatVersion = 1
}

/// One line of a lexicon, with the examples written under it.
public struct LexiconEntry: Sendable, Equatable {
  public var fields: [String]
  /// 1-based line number in the lexicon file, for error messages.
  public var line: Int
  public var mustMatch: [String] = []
  public var mustNotMatch: [String] = []

  public init(fields: [String], line: Int) {
    self.fields = fields
    self.line = line
  }
}

/// A problem in a lexicon file, located by file and line.
public struct LexiconError: Error, Equatable, CustomStringConvertible, Sendable {
  public var file: String
  public var line: Int
  public var message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String { "\(file):\(line): \(message)" }
}
