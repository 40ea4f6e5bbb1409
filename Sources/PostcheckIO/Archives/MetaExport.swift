/// Facebook, Instagram and Threads exports ("Download your information",
/// JSON), whose records come in several shapes:
/// - Facebook posts: `{timestamp, data: [{post}], attachments: [{data: [{media: {description}}]}]}`;
/// - Facebook comments (under `comments_v2`): `{timestamp, data: [{comment: {comment}}]}`;
/// - Instagram posts and Threads posts (under `text_post_app_text_posts`):
///   `{title?, creation_timestamp?, media: [{title, creation_timestamp}]}`;
/// - Instagram comments: `{string_map_data: {Comment: {value}, Time: {timestamp}}}`.
///
/// Meta writes each UTF-8 byte as its own `\u00XX` escape (`café` arrives
/// as `cafÃ©`): every string is repaired before it is screened.
struct MetaExportReader: DictionaryRecordReader {
  /// The keys of the top-level object whose arrays hold records.
  static let recordKeys: Set<String> = [
    "comments_v2", "text_post_app_text_posts", "ig_stories", "ig_reels_media", "ig_archived_post_media",
    "group_posts_v2", "group_comments_v2",
  ]

  func read(_ object: [String: Any]) -> ExportItem {
    var texts: [String] = []
    func add(_ value: Any?) {
      guard let text = JSONValue.string(value).map(Mojibake.repaired), !text.isEmpty, !texts.contains(text) else { return }
      texts.append(text)
    }
    var kind = "post"
    var created = object["timestamp"] ?? object["creation_timestamp"]
    for entry in JSONValue.array(object["data"]) {
      guard let entry = entry as? [String: Any] else { continue }
      add(entry["post"])
      if let comment = entry["comment"] as? [String: Any] {
        add(comment["comment"])
        kind = "comment"
        created = created ?? comment["timestamp"]
      }
    }
    if let strings = object["string_map_data"] as? [String: Any] {
      add(JSONValue.at(strings, "Comment", "value") ?? JSONValue.at(strings, "Caption", "value"))
      created = created ?? JSONValue.at(strings, "Time", "timestamp")
      kind = "comment"
    }
    // Instagram and Threads: the caption is the record's title, or its first media item's.
    let media = JSONValue.array(object["media"]).compactMap { $0 as? [String: Any] }
    if object["media"] != nil || object["data"] == nil {
      add(object["title"])
    }
    for item in media {
      add(item["title"])
      created = created ?? item["creation_timestamp"]
      if (item["text_app_post"] as? [String: Any])?["is_reply"] as? Bool == true { kind = "reply" }
    }
    // Facebook attachments: photo descriptions and notes are published too.
    for attachment in JSONValue.array(object["attachments"]) {
      for entry in JSONValue.array((attachment as? [String: Any])?["data"]) {
        guard let entry = entry as? [String: Any] else { continue }
        add(JSONValue.at(entry, "media", "description"))
        add(JSONValue.at(entry, "note", "text"))
      }
    }
    guard !texts.isEmpty else { return .skipped(reason: "a record with no text (a photo, check-in or reaction)") }
    let createdAt = JSONValue.isoDate(unixSeconds: created)
    return .posts([
      ExportPost(
        id: JSONValue.string(created).map { "\($0)" }, text: texts.joined(separator: "\n\n"), createdAt: createdAt,
        kind: kind)
    ])
  }
}

/// Meta's mojibake: UTF-8 bytes written as `\u00XX` escapes, so that a JSON
/// parser returns Latin-1 look-alikes. A string made only of U+0000…U+00FF
/// whose code points form valid UTF-8 is decoded as UTF-8; anything else is
/// left alone (genuine Latin-1 text, or a future export that is fixed).
enum Mojibake {
  static func repaired(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var sawHigh = false
    for scalar in text.unicodeScalars {
      guard scalar.value <= 0xFF else { return text }
      if scalar.value >= 0x80 { sawHigh = true }
      bytes.append(UInt8(scalar.value))
    }
    guard sawHigh, let decoded = String(validating: bytes, as: UTF8.self) else { return text }
    return decoded
  }
}
