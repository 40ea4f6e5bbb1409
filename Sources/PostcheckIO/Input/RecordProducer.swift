/// Reads inputs (files, folders, zip archives, `-`) into records, in order.
/// Holds no state between calls, so it can run on a reader thread of its own.
public struct RecordProducer: Sendable {
  public let inputFormat: InputFormat
  public let fields: JSONFieldExtractor
  /// The text column of CSV inputs (`--column`); the text field's name when nil.
  public let csvColumn: String?
  /// Counts the bytes read, for a progress line.
  public let progress: ScanProgress?
  /// Hand export records on unparsed, for screening threads to parse.
  public let defersParsing: Bool

  public init(
    inputFormat: InputFormat, fields: JSONFieldExtractor, csvColumn: String? = nil, progress: ScanProgress? = nil,
    defersParsing: Bool = false
  ) {
    self.inputFormat = inputFormat
    self.fields = fields
    self.csvColumn = csvColumn
    self.progress = progress
    self.defersParsing = defersParsing
  }

  /// Calls `emit` with every record of every input, in order. A file that
  /// cannot be opened or read becomes a failure record; the run goes on.
  public func records(from paths: [String], _ emit: (InputRecord) throws -> Void) throws {
    for path in paths {
      if path != "-" && isDirectory(path) {
        try records(fromFolder: path, emit)
      } else {
        try records(fromFile: path, format: inputFormat, emit)
      }
    }
  }

  /// A folder: an unpacked export is read as its archive would be (its post
  /// files only, media and profile data passed over); any other folder file by file.
  private func records(fromFolder folder: String, _ emit: (InputRecord) throws -> Void) throws {
    let files = Self.filesToRead(inFolder: folder, format: inputFormat)
    let longPosts = Self.longPosts(among: files)
    for (file, format) in files {
      try records(fromFile: file, format: format, longPosts: longPosts, emit)
    }
  }

  /// Whether an export file is X's long posts (`note-tweet.js`).
  static func isLongPostFile(_ path: String) -> Bool { ExportMembers.fileName(path).lowercased() == "note-tweet.js" }

  /// The long posts of an unpacked X archive's `note-tweet.js`, read ahead
  /// of its tweets; nil when there is none (or it cannot be read: the main pass says so).
  private static func longPosts(among files: [(path: String, format: InputFormat)]) -> XLongPosts? {
    guard let note = files.first(where: { $0.format == .x && isLongPostFile($0.path) }),
      let bytes = readWholeFile(note.path, largest: XLongPosts.largestFile)
    else { return nil }
    return XLongPosts.read(noteFile: bytes)
  }

  /// The files of a folder that are read, each with the format to read it in.
  static func filesToRead(inFolder folder: String, format: InputFormat) -> [(path: String, format: InputFormat)] {
    let files = filesBelow(folder)
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    let isExport = files.contains { ExportMembers.format(forFileName: ExportMembers.fileName($0).lowercased()) != nil }
    guard isExport else { return files.map { ($0, format) } }
    return files.compactMap { file in
      let member = file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
      return ExportMembers.format(forMember: member, given: format).map { (file, $0) }
    }
  }

  private func records(
    fromFile path: String, format: InputFormat, longPosts: XLongPosts? = nil, _ emit: (InputRecord) throws -> Void
  ) throws {
    let descriptor: Int32
    do {
      descriptor = path == "-" ? 0 : try openForReading(path)
    } catch let error as InputError {
      try emit(.failure(id: nil, message: "cannot open: \(error.message)", source: SourceLocation(path: path, index: 0)))
      return
    }
    defer { if descriptor != 0 { closeDescriptor(descriptor) } }
    var reader: RecordReader?
    // An archive is read from its path by its own reader, not as a stream.
    var container: ContainerKind?
    do {
      try readChunks(descriptor: descriptor) { chunk in
        if reader == nil {
          let kind = ContainerKind(firstBytes: chunk.prefix(512))
          guard kind == .other else {
            container = kind
            throw StopReading()
          }
          let resolved = format.resolved(path: path, firstBytes: Array(chunk.prefix(4096))[...])
          reader = RecordReader(
            path: path, format: resolved, fields: fields, csvColumn: csvColumn, defersParsing: defersParsing,
            longPosts: longPosts)
        }
        progress?.add(chunk.count)
        try reader?.feed(chunk, emit)
      }
    } catch is StopReading {
      // An archive: read below.
    } catch let error as InputError {
      try emit(.failure(id: nil, message: "read error: \(error.message)", source: SourceLocation(path: path, index: 0)))
      return
    }
    switch container {
    case .zip? where path != "-":
      try ZipInput.records(zipPath: path, format: format, producer: self, emit)
    case .gzip? where path != "-", .tar? where path != "-":
      try TarInput.records(path: path, gzipped: container == .gzip, format: format, producer: self, emit)
    case .some:
      try emit(
        .failure(
          id: nil, message: "an archive on standard input: give its path instead, or unpack it and scan the folder",
          source: SourceLocation(path: path, index: 0)))
    case nil:
      var final =
        reader
        ?? RecordReader(
          path: path, format: format.resolved(path: path, firstBytes: []), fields: fields, csvColumn: csvColumn)
      try final.finish(emit)
    }
  }

  private struct StopReading: Error {}

  /// Hands the records of `paths` to `send` in batches of `size`, until
  /// `send` says the consumer has stopped; returns how many batches it sent.
  func batches(from paths: [String], size: Int, _ send: ([InputRecord]) -> Bool) -> Int {
    var batch: [InputRecord] = []
    batch.reserveCapacity(size)
    var sent = 0
    do {
      try records(from: paths) { record in
        batch.append(record)
        guard batch.count == size else { return }
        sent += 1
        guard send(batch) else { throw ConsumerStopped() }
        batch.removeAll(keepingCapacity: true)
      }
      if !batch.isEmpty {
        sent += 1
        _ = send(batch)
      }
    } catch {
      // Only a stopped consumer ends the producer early; it has nothing more to say.
    }
    return sent
  }

  /// How to read member `member` of archive `archive`: whether it is a post
  /// file at all, and its reader, nil for a member passed over or refused
  /// (a path that leaves the archive's folder, said through `emit`).
  /// `longPosts`: the archive's long posts, read ahead (X archives).
  func reader(
    forMember member: String, of archive: String, format: InputFormat, longPosts: XLongPosts? = nil,
    _ emit: (InputRecord) throws -> Void
  ) throws -> (isPostFile: Bool, reader: RecordReader?) {
    guard let memberFormat = ExportMembers.format(forMember: member, given: format) else { return (false, nil) }
    let path = "\(archive)!\(member)"
    if ExportMembers.escapes(member) {
      try emit(
        .failure(
          id: nil, message: "refused: the entry's path leaves the archive's folder",
          source: SourceLocation(path: path, index: 0)))
      return (true, nil)
    }
    return (
      true,
      RecordReader(
        path: path, format: memberFormat, fields: fields, csvColumn: csvColumn, defersParsing: defersParsing,
        longPosts: longPosts)
    )
  }

  /// The record for an archive with no post file in it.
  static func noPosts(in archive: String) -> InputRecord {
    .failure(
      id: nil,
      message: "no posts found: not an export postcheck reads (X, Mastodon, Facebook, Instagram, Threads, LinkedIn) and no .jsonl files",
      source: SourceLocation(path: archive, index: 0))
  }
}

/// What kind of file the first bytes announce.
enum ContainerKind {
  case zip, gzip, tar, other

  init(firstBytes: Slice<UnsafeRawBufferPointer>) {
    let bytes = Array(firstBytes)
    if bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && (bytes[2] == 3 || bytes[2] == 5) {
      self = .zip
    } else if bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B {
      self = .gzip
    } else if bytes.count >= 262 && bytes[257..<262].elementsEqual("ustar".utf8) {
      self = .tar
    } else {
      self = .other
    }
  }
}
