/// Reads inputs (files, folders, `-`) into records, in order. Holds no
/// state between calls, so it can run on a reader thread of its own.
public struct RecordProducer: Sendable {
  public let inputFormat: InputFormat
  public let fields: JSONFieldExtractor

  public init(inputFormat: InputFormat, fields: JSONFieldExtractor) {
    self.inputFormat = inputFormat
    self.fields = fields
  }

  /// Calls `emit` with every record of every input, in order. A file that
  /// cannot be opened or read becomes a failure record; the run goes on.
  public func records(from paths: [String], _ emit: (InputRecord) throws -> Void) throws {
    for path in paths {
      if path != "-" && isDirectory(path) {
        try records(from: filesBelow(path), emit)
      } else {
        try records(fromFile: path, emit)
      }
    }
  }

  private func records(fromFile path: String, _ emit: (InputRecord) throws -> Void) throws {
    let descriptor: Int32
    do {
      descriptor = path == "-" ? 0 : try openForReading(path)
    } catch let error as InputError {
      try emit(.failure(id: nil, message: "cannot open: \(error.message)", source: SourceLocation(path: path, index: 0)))
      return
    }
    defer { if descriptor != 0 { closeDescriptor(descriptor) } }
    var reader: RecordReader?
    do {
      try readChunks(descriptor: descriptor) { chunk in
        if reader == nil {
          let format = inputFormat.resolved(path: path, firstBytes: Array(chunk.prefix(64))[...])
          reader = RecordReader(path: path, format: format, fields: fields)
        }
        try reader?.feed(chunk, emit)
      }
    } catch let error as InputError {
      try emit(.failure(id: nil, message: "read error: \(error.message)", source: SourceLocation(path: path, index: 0)))
      return
    }
    var final =
      reader ?? RecordReader(path: path, format: inputFormat.resolved(path: path, firstBytes: []), fields: fields)
    try final.finish(emit)
  }
}
