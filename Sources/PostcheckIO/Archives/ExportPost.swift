import Foundation

/// One post taken out of a platform export, before it is checked and screened.
struct ExportPost: Equatable {
  var id: String?
  /// What is screened: the text as a reader would see it (entities decoded,
  /// HTML turned into text, mojibake repaired, short links expanded).
  var text: String
  var createdAt: String?
  /// `post`, `reply`, `comment`, `note` (an X long post), `deleted`, `caption`…
  var kind: String
  var url: String?
}

/// What one export record holds: posts, nothing to screen (a boost, a
/// photo with no caption), or a reason it cannot be read.
enum ExportItem {
  case posts([ExportPost])
  case skipped(reason: String)
  case unreadable(String)
}

/// Reads one record (a JSON element's bytes) of an export.
protocol ExportRecordReader: Sendable {
  func read(_ bytes: [UInt8]) -> ExportItem
}

/// A reader of records parsed into `JSONSerialization`'s dictionaries: for
/// exports whose records vary in shape (Mastodon, Meta).
protocol DictionaryRecordReader: ExportRecordReader {
  func read(_ object: [String: Any]) -> ExportItem
}

extension DictionaryRecordReader {
  func read(_ bytes: [UInt8]) -> ExportItem {
    guard let object = JSONValue.object(bytes) else { return .unreadable("malformed JSON in this record") }
    return read(object)
  }
}

/// Small helpers over `JSONSerialization`'s values.
enum JSONValue {
  static func object(_ bytes: [UInt8]) -> [String: Any]? {
    (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) as? [String: Any]
  }

  static func string(_ value: Any?) -> String? {
    switch value {
    case let string as String: string
    case let number as NSNumber: number.stringValue
    default: nil
    }
  }

  /// `object[path[0]][path[1]]…`, for dictionaries.
  static func at(_ object: [String: Any], _ path: String...) -> Any? {
    var current: Any? = object
    for key in path { current = (current as? [String: Any])?[key] }
    return current
  }

  static func array(_ value: Any?) -> [Any] { value as? [Any] ?? [] }

  /// Unix seconds as ISO 8601 in UTC (`2025-03-04T09:15:02Z`).
  static func isoDate(unixSeconds value: Any?) -> String? {
    guard let seconds = (value as? NSNumber)?.int64Value ?? (value as? String).flatMap({ Int64($0) }) else { return nil }
    return ExportDates.iso(unixSeconds: seconds)
  }
}
