/// How an input's bytes divide into posts.
public enum InputFormat: String, Sendable, CaseIterable {
  /// Detect from the content (and the name where the content cannot tell).
  case auto
  /// The whole input is one post (a draft).
  case text
  /// Each non-blank line is a post.
  case lines
  /// One JSON object per line (`--text-field`, `--id-field`).
  case jsonl
  /// A JSON array of post objects (or an object holding one), by the same fields.
  case json
  /// A CSV file with a header row (`--column` names the text).
  case csv
  /// An X/Twitter archive's `tweets.js`, `note-tweet.js`, `deleted-tweets.js`.
  case x
  /// A Mastodon archive's `outbox.json`.
  case mastodon
  /// Facebook's JSON export (posts, comments).
  case facebook
  /// Instagram's JSON export (posts, stories, reels, comments).
  case instagram
  /// Threads' `threads_and_replies.json`.
  case threads
  /// LinkedIn's `Shares.csv` and `Comments.csv`.
  case linkedin

  /// Whether records are the elements of a JSON document's arrays.
  var isJSONExport: Bool { [.x, .mastodon, .facebook, .instagram, .threads, .json].contains(self) }

  /// Resolves `auto` from the input's first bytes (a few KiB) and its name.
  public func resolved(path: String, firstBytes: ArraySlice<UInt8>) -> InputFormat {
    guard self == .auto else { return self }
    let name = ExportMembers.fileName(path).lowercased()
    if let byName = ExportMembers.format(forFileName: name) { return byName }
    if let byContent = Self.sniff(firstBytes) { return byContent }
    if name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson") { return .jsonl }
    if name.hasSuffix(".csv") { return .csv }
    if name.hasSuffix(".txt") || name.hasSuffix(".md") { return .text }
    let first = firstBytes.first { !(($0 == 0x20) || ($0 == 0x09) || ($0 == 0x0A) || ($0 == 0x0D)) }
    if first == UInt8(ascii: "[") || (first == UInt8(ascii: "{") && name.hasSuffix(".json")) { return .json }
    return first == UInt8(ascii: "{") ? .jsonl : .text
  }

  /// The format the content itself announces, if any.
  static func sniff(_ bytes: ArraySlice<UInt8>) -> InputFormat? {
    let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
    let trimmed = head.drop { $0 == "\u{FEFF}" || $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
    if trimmed.hasPrefix("window.YTD.") { return .x }
    if trimmed.hasPrefix("Date,ShareLink,ShareCommentary") || trimmed.hasPrefix("Date,Link,Message") { return .linkedin }
    guard trimmed.hasPrefix("{") || trimmed.hasPrefix("[") else { return nil }
    if head.contains("\"orderedItems\"") || head.contains("\"OrderedCollection\"") { return .mastodon }
    if head.contains("\"text_post_app_text_posts\"") { return .threads }
    if head.contains("\"comments_v2\"") || (head.contains("\"timestamp\"") && head.contains("\"data\"")) && trimmed.hasPrefix("[") {
      return .facebook
    }
    if trimmed.hasPrefix("[") && (head.contains("\"creation_timestamp\"") || head.contains("\"string_map_data\"")) {
      return .instagram
    }
    if head.contains("\"ig_stories\"") || head.contains("\"ig_reels_media\"") { return .instagram }
    return nil
  }
}
