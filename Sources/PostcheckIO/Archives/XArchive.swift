import Foundation

/// X/Twitter's "archive of your data": `data/tweets.js` (and `tweets-partN.js`,
/// older `tweet.js`), `data/note-tweet.js` (long posts), `data/deleted-tweets.js`.
/// Each file is `window.YTD.<name>.partN = [ … ]`; each element one post.
///
/// `full_text` is HTML-escaped (`&amp;`) and its links are `t.co` short
/// links: the screened text has the entities decoded and each short link
/// replaced by the address it stands for, so findings and offsets refer to
/// what the post says and where it points.
struct XArchiveReader: DictionaryRecordReader {
  /// The long posts of the archive, when its `note-tweet.js` was read ahead:
  /// a tweet that is only the head of one is skipped, the note screened whole.
  var longPosts: XLongPosts?

  static let noteKind = "note"
  static let headOfLongPost = "the head of a long post, screened whole from note-tweet.js"

  func read(_ object: [String: Any]) -> ExportItem {
    if let note = object["noteTweet"] as? [String: Any] { return readNote(note) }
    guard let tweet = object["tweet"] as? [String: Any] ?? (object["full_text"] != nil ? object : nil) else {
      return .unreadable("not an X post: no 'tweet' or 'noteTweet' object")
    }
    guard let fullText = JSONValue.string(tweet["full_text"] ?? tweet["text"]) else {
      return .unreadable("X post without 'full_text'")
    }
    let id = JSONValue.string(tweet["id_str"] ?? tweet["id"])
    var text = HTMLEntities.decode(fullText)
    for link in JSONValue.array(JSONValue.at(tweet, "entities", "urls")) {
      guard let link = link as? [String: Any], let short = JSONValue.string(link["url"]),
        let expanded = JSONValue.string(link["expanded_url"]), !short.isEmpty
      else { continue }
      text = text.replacing(short, with: expanded)
    }
    let kind: String
    if tweet["deleted_at"] != nil {
      kind = "deleted"
    } else if text.hasPrefix("RT @") {
      kind = "repost"
    } else if tweet["in_reply_to_status_id_str"] is String || tweet["in_reply_to_status_id"] is String {
      kind = "reply"
    } else {
      kind = "post"
    }
    let createdAt = JSONValue.string(tweet["created_at"]).flatMap(ExportDates.fromTwitter)
    if kind != "repost", let longPosts, longPosts.coversHead(text, createdAt: createdAt) {
      return .skipped(reason: Self.headOfLongPost)
    }
    return .posts([
      ExportPost(id: id, text: text, createdAt: createdAt, kind: kind, url: id.map { "https://x.com/i/web/status/\($0)" })
    ])
  }

  /// A long post: `noteTweet.core.text` (or `noteTweetResults.text` in some copies).
  private func readNote(_ note: [String: Any]) -> ExportItem {
    guard var text = JSONValue.string(JSONValue.at(note, "core", "text") ?? note["text"]) else {
      return .unreadable("X long post without 'core.text'")
    }
    text = HTMLEntities.decode(text)
    for link in JSONValue.array(JSONValue.at(note, "core", "urls")) {
      guard let link = link as? [String: Any], let short = JSONValue.string(link["shortUrl"] ?? link["url"]),
        let expanded = JSONValue.string(link["expandedUrl"] ?? link["expanded_url"]), !short.isEmpty
      else { continue }
      text = text.replacing(short, with: expanded)
    }
    let created = JSONValue.string(note["createdAt"])
    return .posts([
      ExportPost(
        id: JSONValue.string(note["noteTweetId"] ?? note["tweetId"]), text: text, createdAt: created, kind: Self.noteKind)
    ])
  }
}
