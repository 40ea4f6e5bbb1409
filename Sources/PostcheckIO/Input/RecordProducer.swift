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
    for (file, format) in Self.filesToRead(inFolder: folder, format: inputFormat) {
      try records(fromFile: file, format: format, emit)
    }
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

  private func records(fromFile path: String, format: InputFormat, _ emit: (InputRecord) throws -> Void) throws {
    let descriptor: Int32
    do {
      descriptor = path == "-" ? 0 : try openForReading(path)
    } catch let error as InputError {
      try emit(.failure(id: nil, message: "cannot open: \(error.message)", source: SourceLocation(path: path, index: 0)))
      return
    }
    defer { if descriptor != 0 { closeDescriptor(descriptor) } }
    var reader: RecordReader?
    var refused: String?
    var container = ContainerKind.other
    do {
      try readChunks(descriptor: descriptor) { chunk in
        if reader == nil && refused == nil {
          let kind = ContainerKind(firstBytes: chunk.prefix(512))
          switch kind {
          case .zip where path != "-":
            refused = ""
            container = kind
            return
          case .zip:
            refused = "a zip archive on standard input: give its path instead, or unzip it and scan the folder"
            return
          case .gzip where path != "-", .tar where path != "-":
            refused = ""
            container = kind
            return
          case .gzip, .tar:
            refused = "a tar archive on standard input: give its path instead, or unpack it and scan the folder"
            return
          case .other:
            let resolved = format.resolved(path: path, firstBytes: Array(chunk.prefix(4096))[...])
            reader = RecordReader(
              path: path, format: resolved, fields: fields, csvColumn: csvColumn, defersParsing: defersParsing)
          }
        }
        guard refused == nil else { throw StopReading() }
        progress?.add(chunk.count)
        try reader?.feed(chunk, emit)
      }
    } catch is StopReading {
      // A container, read below or refused.
    } catch let error as InputError {
      try emit(.failure(id: nil, message: "read error: \(error.message)", source: SourceLocation(path: path, index: 0)))
      return
    }
    if let refused {
      if refused.isEmpty && container == .zip {
        try ZipInput.records(
          zipPath: path, format: format, fields: fields, csvColumn: csvColumn, progress: progress,
          defersParsing: defersParsing, emit)
      } else if refused.isEmpty {
        try TarInput.records(
          path: path, gzipped: container == .gzip, format: format, fields: fields, csvColumn: csvColumn,
          progress: progress, defersParsing: defersParsing, emit)
      } else {
        try emit(.failure(id: nil, message: refused, source: SourceLocation(path: path, index: 0)))
      }
      return
    }
    var final =
      reader
      ?? RecordReader(
        path: path, format: format.resolved(path: path, firstBytes: []), fields: fields, csvColumn: csvColumn)
    try final.finish(emit)
  }

  private struct StopReading: Error {}
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
