/// The long posts of an X archive (`data/note-tweet.js`), read before its
/// tweets so that a tweet which is only the head of one of them is not
/// screened twice: `tweets.js` keeps the first ~280 characters of a long
/// post and `note-tweet.js` the whole of it, and each finding in the head
/// would otherwise be reported once from each file.
///
/// A note names no tweet, so a tweet is taken for the head of a note as the
/// archive's readers link them: posted within a second of it, and its text
/// (without the trailing ellipsis and link to the rest) opening the note's.
struct XLongPosts: Sendable {
  /// Each note's opening (whitespace collapsed), by the Unix second it was posted.
  private var openings: [Int64: [String]] = [:]

  /// Characters of a tweet compared with the note's opening; a tweet this
  /// long that opens a note posted the same second is no coincidence.
  static let comparedCharacters = 60
  /// Shorter heads say too little to match on.
  static let shortestHead = 12
  /// `note-tweet.js` files larger than this are not read ahead (none is near it).
  static let largestFile = 256 << 20

  var isEmpty: Bool { openings.isEmpty }

  /// The long posts of a `note-tweet.js` file's bytes, nil when it holds none.
  static func read(noteFile bytes: [UInt8]) -> XLongPosts? {
    let longPosts = XLongPosts(noteFile: bytes)
    return longPosts.isEmpty ? nil : longPosts
  }

  /// The long posts of a `note-tweet.js` file's bytes; unreadable notes are left out here (the main pass reports them).
  init(noteFile bytes: [UInt8]) {
    var stream = JSONElementStream(target: .topLevelArray, largestElement: ExportRecords.largestRecord)
    var notes: [ExportPost] = []
    bytes.withUnsafeBytes { raw in
      stream.feed(raw) { element in
        guard case .success(let record) = element, case .posts(let posts) = XArchiveReader().read(record) else { return }
        notes += posts.filter { $0.kind == XArchiveReader.noteKind }
      }
    }
    for note in notes {
      guard let second = note.createdAt.flatMap(ExportDates.unixSeconds(iso:)) else { continue }
      openings[second, default: []].append(String(Self.collapsed(note.text).prefix(Self.comparedCharacters)))
    }
  }

  /// Whether a tweet posted at `createdAt` (ISO 8601) with `text` is the head of one of the long posts.
  func coversHead(_ text: String, createdAt: String?) -> Bool {
    guard let second = createdAt.flatMap(ExportDates.unixSeconds(iso:)) else { return false }
    let head = Self.head(of: text)
    guard head.count >= Self.shortestHead else { return false }
    for nearby in second - 1...second + 1 {
      for opening in openings[nearby] ?? [] where opening.hasPrefix(head) { return true }
    }
    return false
  }

  /// A tweet's comparable opening: whitespace collapsed, a trailing link (to the
  /// rest of the post) and ellipsis dropped, at most `comparedCharacters` long.
  static func head(of text: String) -> String {
    var words = collapsed(text).split(separator: " ")
    if let last = words.last, last.hasPrefix("http://") || last.hasPrefix("https://") { words.removeLast() }
    var head = words.joined(separator: " ")
    while head.hasSuffix("…") || head.hasSuffix(".") || head.hasSuffix(" ") { head.removeLast() }
    if head.count > comparedCharacters { return String(head.prefix(comparedCharacters)) }
    return head
  }

  private static func collapsed(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
