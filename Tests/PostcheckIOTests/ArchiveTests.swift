import Foundation
import PostcheckCore
@testable import PostcheckIO
import PostcheckTestSupport
import Testing
import ZIPFoundation

/// Export archives read zipped and unpacked, chunk by chunk, and refused when hostile.
@Suite struct ArchiveTests {
  static let golden = Repository.path("Fixtures/golden")
  static let exports = ["archive-x", "archive-mastodon", "archive-meta", "archive-linkedin"]

  /// Every record of `paths` as (kind, id, index, findings as rule@start-end) or (error, message), in order.
  static func records(_ paths: [String], format: InputFormat = .auto) throws -> [String] {
    let screener = try Screener(configuration: try ScreeningConfiguration.standard())
    var lines: [String] = []
    try RecordProducer(inputFormat: format, fields: JSONFieldExtractor(textField: "text", idField: "id"))
      .records(from: paths) { record in
        switch record {
        case .post(let id, let text, let source):
          let findings = text.withUnsafeBufferPointer { screener.screen($0).findings }
          let member = source.path.split(separator: "!").last.map(String.init) ?? source.path
          lines.append(
            "\(member.split(separator: "/").last ?? "")#\(source.index) \(id ?? "-") \(source.kind ?? "-") "
              + findings.map { "\($0.rule.id)@\($0.start)-\($0.end)" }.joined(separator: ","))
        case .failure(_, let message, let source):
          lines.append("error \(source.path.split(separator: "/").last ?? "") \(message)")
        case .skipped(let reason, let source):
          lines.append("skipped \(source.index) \(reason)")
        case .unparsed:
          Issue.record("a producer that does not defer parsing handed on an unparsed record")
        }
      }
    return lines
  }

  /// Zips `folder`'s files into a new archive, paths relative to `folder`.
  static func zip(_ folder: URL, to archiveURL: URL) throws {
    let archive = try Archive(url: archiveURL, accessMode: .create)
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
    var files: [URL] = []
    while let file = enumerator?.nextObject() as? URL {
      if (try file.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true { files.append(file) }
    }
    // Archive order unlike folder order on purpose: findings must not depend on it.
    for file in files.sorted(by: { $0.path > $1.path }) {
      let relative = String(file.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
      try archive.addEntry(with: relative, fileURL: file, compressionMethod: .deflate)
    }
  }

  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("postcheck-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test(arguments: exports)
  func zippedAndUnpackedGiveTheSameRecordsAndFindings(name: String) throws {
    let folder = Self.golden.appendingPathComponent(name).appendingPathComponent("export")
    let temporary = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let zipURL = temporary.appendingPathComponent("\(name).zip")
    try Self.zip(folder, to: zipURL)
    let unpacked = try Self.records([folder.path])
    let zipped = try Self.records([zipURL.path])
    #expect(unpacked.count >= 3)
    #expect(zipped.sorted() == unpacked.sorted())
    #expect(!unpacked.contains { $0.hasPrefix("error") })
  }

  @Test func jsonExportsGiveTheSameRecordsInAnyChunks() throws {
    let file = Self.golden.appendingPathComponent("archive-x/export/data/tweets.js")
    let bytes = Array(try Data(contentsOf: file))
    func read(_ cuts: [Int]) throws -> [InputRecord] {
      var reader = RecordReader(
        path: "tweets.js", format: .x, fields: JSONFieldExtractor(textField: "text", idField: "id"))
      var records: [InputRecord] = []
      var start = 0
      for cut in cuts + [bytes.count] {
        bytes[start..<cut].withUnsafeBytes { reader.feed($0) { records.append($0) } }
        start = cut
      }
      reader.finish { records.append($0) }
      return records
    }
    let whole = try read([])
    #expect(whole.count == 3)
    #expect(try read(Array(1..<bytes.count)) == whole)
    var random = SplitMix64(seed: 7)
    for _ in 0..<20 {
      let cuts = (0..<8).map { _ in Int(random.next() % UInt64(bytes.count)) }.sorted()
      #expect(try read(cuts) == whole)
    }
  }

  @Test func entitiesAreDecodedAndShortLinksExpanded() throws {
    let records = try Self.records([Self.golden.appendingPathComponent("archive-x/export/data/tweets.js").path])
    #expect(records.count == 3)
    var texts: [String] = []
    try RecordProducer(inputFormat: .auto, fields: JSONFieldExtractor(textField: "text", idField: "id"))
      .records(from: [Self.golden.appendingPathComponent("archive-x/export/data/tweets.js").path]) { record in
        if case .post(_, let text, _) = record { texts.append(String(decoding: text, as: UTF8.self)) }
      }
    #expect(texts[0].contains("123456 & book https://www.example.com/courses/level-3 #apprenticeships"))
    #expect(texts[1] == "RT @someone: Lovely sunny day <3 in Scunthorpe")
  }

  @Test func metaMojibakeIsRepaired() throws {
    var texts: [String] = []
    let path = Self.golden.appendingPathComponent(
      "archive-meta/export/your_instagram_activity/content/posts_1.json").path
    try RecordProducer(inputFormat: .auto, fields: JSONFieldExtractor(textField: "text", idField: "id"))
      .records(from: [path]) { record in
        if case .post(_, let text, _) = record { texts.append(String(decoding: text, as: UTF8.self)) }
      }
    #expect(texts == ["Graduation day in Leeds 🎓 DM me your number for the class photos", "Single-photo caption lives on the media item"])
    #expect(Mojibake.repaired("caf\u{00C3}\u{00A9}") == "café")
    #expect(Mojibake.repaired("déjà vu") == "déjà vu")
  }

  @Test func hostileEntriesAreRefusedAndTheRestIsRead() throws {
    let temporary = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let zipURL = temporary.appendingPathComponent("hostile.zip")
    let archive = try Archive(url: zipURL, accessMode: .create)
    let post = Data(#"{"id":"1","text":"hello from the archive"}"#.utf8 + [0x0A])
    try archive.addEntry(
      with: "posts.jsonl", type: .file, uncompressedSize: Int64(post.count), compressionMethod: .deflate,
      provider: { position, size in post.subdata(in: Int(position)..<Int(position) + size) })
    try archive.addEntry(
      with: "../../etc/evil.jsonl", type: .file, uncompressedSize: Int64(post.count), compressionMethod: .deflate,
      provider: { position, size in post.subdata(in: Int(position)..<Int(position) + size) })
    // 80 MiB of spaces packs into a few hundred KiB: more than 200 times smaller.
    let bomb = Int64(80 << 20)
    let chunk = Data(repeating: 0x20, count: 1 << 20)
    try archive.addEntry(
      with: "bomb.jsonl", type: .file, uncompressedSize: bomb, compressionMethod: .deflate,
      provider: { _, size in chunk.prefix(size) })
    let records = try Self.records([zipURL.path])
    #expect(records.count == 3)
    #expect(records.contains { $0.hasPrefix("posts.jsonl#0 1") })
    #expect(records.contains { $0.contains("refused: the entry's path leaves the archive's folder") })
    #expect(records.contains { $0.contains("refused: the entry would unpack to 83886080 bytes") })
  }

  /// Runs `tar` (every Debian has it) in `folder`.
  static func tar(_ arguments: [String], in folder: URL) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["tar"] + arguments
    process.currentDirectoryURL = folder
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "tar \(arguments)")
  }

  @Test(arguments: ["gnu", "pax", "ustar"])
  func tarballsGiveTheSameRecordsAsTheFolder(format: String) throws {
    let temporary = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    // Long leading folders: past tar's 100-byte names (each part short enough for ustar's prefix).
    let long = "archive-20250304091502-" + String(repeating: "0123456789abcdef", count: 3) + "/"
      + String(repeating: "unpacked-", count: 7)
    let root = temporary.appendingPathComponent(long)
    try FileManager.default.createDirectory(at: root.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: Self.golden.appendingPathComponent("archive-mastodon/export"), to: root)
    try Self.tar(["--format=\(format)", "-czf", "archive.tar.gz", long], in: temporary)
    try Self.tar(["--format=\(format)", "-cf", "archive.tar", long], in: temporary)
    let unpacked = try Self.records([root.path])
    #expect(unpacked.count == 4)
    #expect(try Self.records([temporary.appendingPathComponent("archive.tar.gz").path]) == unpacked)
    #expect(try Self.records([temporary.appendingPathComponent("archive.tar").path]) == unpacked)
  }

  @Test func truncatedTarballsSaySo() throws {
    let temporary = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    try FileManager.default.copyItem(
      at: Self.golden.appendingPathComponent("archive-mastodon/export"), to: temporary.appendingPathComponent("export"))
    try Self.tar(["-czf", "archive.tar.gz", "export"], in: temporary)
    let whole = try Data(contentsOf: temporary.appendingPathComponent("archive.tar.gz"))
    let cut = temporary.appendingPathComponent("cut.tar.gz")
    try whole.prefix(whole.count / 2).write(to: cut)
    let records = try Self.records([cut.path])
    #expect(records.last?.hasPrefix("error cut.tar.gz") == true)
  }

  @Test func unknownArchivesAndTarballsSaySo() throws {
    let temporary = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let zipURL = temporary.appendingPathComponent("photos.zip")
    let archive = try Archive(url: zipURL, accessMode: .create)
    let photo = Data([0xFF, 0xD8, 0xFF])
    try archive.addEntry(
      with: "IMG_0001.jpg", type: .file, uncompressedSize: Int64(photo.count), compressionMethod: .none,
      provider: { _, _ in photo })
    let tarball = temporary.appendingPathComponent("archive.tar.gz")
    try Data([0x1F, 0x8B, 0x08, 0x00]).write(to: tarball)
    let records = try Self.records([zipURL.path, tarball.path])
    #expect(records.count == 2)
    #expect(records[0].contains("no posts found: not an export postcheck reads"))
    #expect(records[1].hasPrefix("error archive.tar.gz"))
  }

  @Test func csvQuotingStyles() throws {
    var stream = CSVStream(largestRow: 1 << 20)
    var rows: [[String]] = []
    let input = Array("\u{FEFF}a,b\r\n\"x \"\"quoted\"\"\nline\",\"C:\\\"\n\"\\\"Sam\\\"!\",2\n".utf8)
    func collect(_ row: CSVStream.Row) {
      if case .fields(let fields, _) = row { rows.append(fields.map { String(decoding: $0, as: UTF8.self) }) }
    }
    input.withUnsafeBytes { stream.feed($0, collect) }
    stream.finish(collect)
    #expect(rows == [["a", "b"], ["x \"quoted\"\nline", "C:\\"], ["\"Sam\"!", "2"]])
  }

  /// A quote left open swallows the rest of the file into one row: that row is
  /// still screened, and the error names the line where it began.
  @Test func aQuoteLeftOpenNamesTheRowItOpenedIn() throws {
    let temporary = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let csv = temporary.appendingPathComponent("posts.csv")
    try Data("id,text\n1,hi\n2,\"call me on 07911 123456\n3,world\n".utf8).write(to: csv)
    let records = try Self.records([csv.path])
    #expect(records.count == 3)
    #expect(records[1].hasPrefix("posts.csv#1 2 - pii.phone@"))
    #expect(
      records[2]
        == "error posts.csv the file ends inside a quoted field opened in the row on line 3, which was read to the end of the file (truncated?)"
    )
  }

  @Test func aJSONFileWithNoArrayOfPostsSaysSo() throws {
    let temporary = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let single = temporary.appendingPathComponent("post.json")
    try Data(#"{"id":"1","text":"hello"}"#.utf8).write(to: single)
    let outbox = temporary.appendingPathComponent("outbox.json")
    try Data(#"{"type":"OrderedCollection","totalItems":0}"#.utf8).write(to: outbox)
    let empty = temporary.appendingPathComponent("tweets.js")
    try Data("window.YTD.tweets.part0 = [ ]".utf8).write(to: empty)
    #expect(try Self.records([single.path]) == ["error post.json no array of posts in this JSON (for one JSON object per line, use --format jsonl)"])
    #expect(try Self.records([outbox.path]) == ["error outbox.json no array of posts in this JSON"])
    #expect(try Self.records([empty.path]).isEmpty)
  }

  @Test func datesBecomeISO8601() {
    #expect(ExportDates.fromTwitter("Tue Mar 04 09:15:02 +0000 2025") == "2025-03-04T09:15:02Z")
    #expect(ExportDates.fromTwitter("Wed Mar 05 00:30:00 +0100 2025") == "2025-03-04T23:30:00Z")
    #expect(ExportDates.iso(unixSeconds: 1_741_079_702) == "2025-03-04T09:15:02Z")
    #expect(ExportDates.iso(unixSeconds: 951_782_400) == "2000-02-29T00:00:00Z")
  }

  /// A long post's head in `tweets.js` is skipped and the note screened
  /// whole, whichever file comes first: its findings are reported once.
  @Test func aLongPostIsScreenedOnceFromItsNote() throws {
    let folder = Self.golden.appendingPathComponent("archive-x").appendingPathComponent("export")
    let temporary = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let zipURL = temporary.appendingPathComponent("x.zip")
    try Self.zip(folder, to: zipURL)
    for records in [try Self.records([folder.path]), try Self.records([zipURL.path])] {
      #expect(records.filter { $0.contains("pii.date_of_birth") }.count == 1, "\(records)")
      #expect(records.contains { $0.hasPrefix("note-tweet.js#0 1800000000000000010 note pii.date_of_birth") })
      #expect(records.contains("skipped 1 \(XArchiveReader.headOfLongPost)"))
    }
  }

  @Test func aTweetIsTheHeadOfALongPostOnlyWhenPostedWithItAndOpeningIt() {
    let note = #"window.YTD.note_tweet.part0 = [ { "noteTweet" : { "noteTweetId" : "9", "createdAt" : "2025-03-07T10:00:00.000Z", "core" : { "text" : "Our assessors have been asked to sign off portfolios they have not seen, which is not how any of this is meant to work, and I am done pretending otherwise." } } } ]"#
    let longPosts = XLongPosts(noteFile: Array(note.utf8))
    let head = "Our assessors have been asked to sign off portfolios they have not seen, which is not how… https://t.co/x"
    #expect(longPosts.coversHead(head, createdAt: "2025-03-07T10:00:00Z"))
    #expect(longPosts.coversHead(head, createdAt: "2025-03-07T10:00:01Z"))
    #expect(!longPosts.coversHead(head, createdAt: "2025-03-07T10:00:05Z"))
    #expect(!longPosts.coversHead(head, createdAt: nil))
    #expect(!longPosts.coversHead("Our assessors have been praised by Ofsted", createdAt: "2025-03-07T10:00:00Z"))
    // Too short to tell a head from a reply that happens to open the same way.
    #expect(!longPosts.coversHead("Our", createdAt: "2025-03-07T10:00:00Z"))
  }

  @Test func isoTimesBecomeUnixSeconds() {
    #expect(ExportDates.unixSeconds(iso: "2025-03-04T09:15:02Z") == 1_741_079_702)
    #expect(ExportDates.unixSeconds(iso: "2025-03-04T09:15:02.000Z") == 1_741_079_702)
    #expect(ExportDates.unixSeconds(iso: "2025-03-04T10:15:02+01:00") == 1_741_079_702)
    #expect(ExportDates.unixSeconds(iso: "2025-03-04T09:15:02") == 1_741_079_702)
    #expect(ExportDates.unixSeconds(iso: "2000-02-29T00:00:00Z") == 951_782_400)
    #expect(ExportDates.unixSeconds(iso: "Tue Mar 04 09:15:02 +0000 2025") == nil)
    #expect(ExportDates.unixSeconds(iso: "2025-13-04T09:15:02Z") == nil)
    #expect(ExportDates.unixSeconds(iso: "2025-03-04T09:15:02Zjunk") == nil)
  }

  /// Older LinkedIn exports are Windows-1252: such a cell is read as it, not refused.
  @Test func windows1252LinkedInSharesAreRead() throws {
    let temporary = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let shares = temporary.appendingPathComponent("Shares.csv")
    // `Caf\xe9 \x93quote\x94 \x80 5`: é, curly quotes and the euro sign in Windows-1252.
    let row: [UInt8] = Array("Date,ShareLink,ShareCommentary\n2025-03-04 09:15:02,https://lnkd.in/1,Caf".utf8) + [0xE9]
      + Array(" ".utf8) + [0x93] + Array("quote".utf8) + [0x94] + Array(" ".utf8) + [0x80] + Array(" 5 ring 07911 123456\n".utf8)
    try Data(row).write(to: shares)
    var texts: [String] = []
    try RecordProducer(inputFormat: .auto, fields: JSONFieldExtractor(textField: "text", idField: "id"))
      .records(from: [shares.path]) { record in
        if case .post(_, let text, _) = record { texts.append(String(decoding: text, as: UTF8.self)) }
      }
    #expect(texts == ["Café \u{201C}quote\u{201D} € 5 ring 07911 123456"])
    #expect(try Self.records([shares.path]).first?.contains("pii.phone@") == true)
  }

  @Test func everyWindows1252ByteBecomesOneCharacter() {
    let all = (0...255).map { UInt8($0) }
    let text = String(decoding: Windows1252.utf8(from: all), as: UTF8.self)
    #expect(text.unicodeScalars.count == 256)
    #expect(Array(text.unicodeScalars)[0x80] == "€")
    #expect(Array(text.unicodeScalars)[0x9F] == "Ÿ")
    #expect(Array(text.unicodeScalars)[0xE9] == "é")
  }
}
