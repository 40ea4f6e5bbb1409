/// Which files of a platform export hold the account's posts, by name: the
/// same whether the export is a zip or a folder it was unpacked into, and
/// wherever the platform's layout of the week puts them.
enum ExportMembers {
  /// The format of a file holding posts, or nil for anything else (media, profile data).
  static func format(forFileName lowered: String) -> InputFormat? {
    if lowered.hasSuffix(".js") {
      let stem = lowered.dropLast(3)
      if stem == "tweets" || stem == "tweet" || stem == "note-tweet" || stem == "deleted-tweets"
        || (stem.hasPrefix("tweets-part") && stem.dropFirst(11).allSatisfy(\.isNumber))
      {
        return .x
      }
      return nil
    }
    if lowered == "outbox.json" { return .mastodon }
    if lowered == "threads_and_replies.json" { return .threads }
    if lowered.hasSuffix(".json") {
      let stem = lowered.dropLast(5)
      if stem.hasPrefix("your_posts") || stem == "comments" || stem == "your_comments_in_groups"
        || stem == "group_posts_and_comments" || stem == "posts_on_other_pages_and_profiles"
      {
        return .facebook
      }
      if (stem.hasPrefix("posts_") && stem.dropFirst(6).allSatisfy(\.isNumber)) || stem.hasPrefix("post_comments")
        || stem == "reels_comments" || stem == "stories" || stem == "reels" || stem == "archived_posts"
      {
        return .instagram
      }
      return nil
    }
    if lowered.hasSuffix(".csv") {
      let stem = lowered.dropLast(4)
      if stem == "shares" || stem.hasPrefix("shares_") || stem == "comments" { return .linkedin }
    }
    return nil
  }

  /// The format of a member of an archive or unpacked export: export files
  /// by name, and JSON Lines files; nil to pass it over.
  static func format(forMember path: String) -> InputFormat? {
    let name = fileName(path).lowercased()
    if name.hasPrefix(".") || path.contains("__MACOSX/") { return nil }
    if let format = format(forFileName: name) { return format }
    // JSON Lines files packed with an export; other CSV files of an export
    // (LinkedIn's connections, profile) hold no posts.
    if name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson") { return .jsonl }
    return nil
  }

  /// The format to read a member in: the member's own, narrowed to `given`
  /// when the user named one (`--format x` reads only an archive's X files).
  static func format(forMember path: String, given: InputFormat) -> InputFormat? {
    guard let own = format(forMember: path) else { return nil }
    if given == .auto || given == own { return own }
    // Meta's three exports share shapes; a CSV file may be read as LinkedIn's.
    let meta: Set<InputFormat> = [.facebook, .instagram, .threads]
    if meta.contains(given) && meta.contains(own) { return given }
    return nil
  }

  static func fileName(_ path: String) -> String {
    path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
  }

  /// Whether an archive member's path would leave the folder it is unpacked into.
  static func escapes(_ path: String) -> Bool {
    path.hasPrefix("/") || path.hasPrefix("\\") || path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..")
  }
}
