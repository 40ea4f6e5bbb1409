/// Mastodon's account archive: `outbox.json`, an ActivityStreams collection
/// whose `orderedItems` are the account's activities. A `Create` holds one
/// of the account's posts (a `Note`, or a `Question` for a poll); an
/// `Announce` is a boost of someone else's post, with no text of its own.
///
/// The screened text is the content warning (`summary`), the post's HTML
/// as text, poll options and image descriptions, in that order, a blank
/// line apart: all of it is published, and alt text often names people.
struct MastodonOutboxReader: DictionaryRecordReader {
  func read(_ object: [String: Any]) -> ExportItem {
    let type = JSONValue.string(object["type"])
    if type == "Announce" { return .skipped(reason: "a boost of another account's post") }
    guard type == "Create" else { return .skipped(reason: "an activity that is not a post (\(type ?? "no type"))") }
    guard let note = object["object"] as? [String: Any] else {
      return .unreadable("Create activity without a post object")
    }
    var parts: [String] = []
    if let warning = JSONValue.string(note["summary"]), !warning.isEmpty { parts.append(warning) }
    let html = JSONValue.string(note["content"]) ?? (note["contentMap"] as? [String: Any])?.values.compactMap(JSONValue.string).first
    if let html, !html.isEmpty { parts.append(HTMLText.text(of: html)) }
    for option in JSONValue.array(note["oneOf"]) + JSONValue.array(note["anyOf"]) {
      if let name = JSONValue.string((option as? [String: Any])?["name"]), !name.isEmpty { parts.append(name) }
    }
    for attachment in JSONValue.array(note["attachment"]) {
      if let description = JSONValue.string((attachment as? [String: Any])?["name"]), !description.isEmpty {
        parts.append(description)
      }
    }
    guard !parts.isEmpty else { return .skipped(reason: "a post with no text") }
    let isReply = JSONValue.string(note["inReplyTo"]) != nil
    return .posts([
      ExportPost(
        id: JSONValue.string(note["id"] ?? object["id"]), text: parts.joined(separator: "\n\n"),
        createdAt: JSONValue.string(note["published"] ?? object["published"]), kind: isReply ? "reply" : "post",
        url: JSONValue.string(note["url"]))
    ])
  }
}
