import Foundation
import ZIPFoundation

/// Reads the post files of a tar archive, gzipped (`.tar.gz`, as older
/// Mastodon servers deliver their archives) or not, in one pass: inflated
/// in chunks, cut into members as it streams, members other than post files
/// passed over. Memory stays flat whatever the archive's size.
enum TarInput {
  /// The records of the post files of the tar archive at `path`, read as `producer` reads files.
  static func records(
    path: String, gzipped: Bool, format: InputFormat, producer: RecordProducer, _ emit: (InputRecord) throws -> Void
  ) throws {
    let archiveSource = SourceLocation(path: path, index: 0)
    let descriptor: Int32
    do {
      descriptor = try openForReading(path)
    } catch let error as InputError {
      try emit(.failure(id: nil, message: "cannot open: \(error.message)", source: archiveSource))
      return
    }
    defer { closeDescriptor(descriptor) }
    let input = FileFeeder(descriptor: descriptor, progress: producer.progress)
    var tar = TarStream()
    var reader: RecordReader?
    var members = 0
    func handle(_ event: TarStream.Event) throws {
      switch event {
      case .begin(let member, _):
        let opened = try producer.reader(forMember: member, of: path, format: format, emit)
        if opened.isPostFile { members += 1 }
        reader = opened.reader
      case .bytes(let bytes):
        try reader?.feed(bytes, emit)
      case .end:
        try reader?.finish(emit)
        reader = nil
      case .malformed(let message):
        try emit(.failure(id: nil, message: message, source: archiveSource))
      }
    }
    do {
      if gzipped {
        guard try input.skipGzipHeader() else {
          try emit(.failure(id: nil, message: "not a gzip file (a damaged header)", source: archiveSource))
          return
        }
        // zlib's errors are not public: whatever the consumer did not throw is damaged data.
        var consumerError: (any Error)?
        do {
          _ = try Data.decompress(
            size: Int64(0), bufferSize: FileFeeder.chunkSize, skipCRC32: true,
            provider: { (_: Int64, size: Int) in try input.next(size) },
            consumer: { data in
              do {
                try data.withUnsafeBytes { raw in try tar.feed(raw, handle) }
              } catch {
                consumerError = error
                throw error
              }
            })
        } catch let error where consumerError == nil && !(error is InputError) {
          try emit(.failure(id: nil, message: "damaged gzip data (truncated or corrupt)", source: archiveSource))
          return
        }
      } else {
        while let chunk = try input.nextChunk() {
          try chunk.withUnsafeBytes { raw in try tar.feed(raw, handle) }
        }
      }
    } catch let error as InputError {
      try emit(.failure(id: nil, message: "read error: \(error.message)", source: archiveSource))
      return
    }
    if !tar.endedCleanly {
      try emit(.failure(id: nil, message: "the archive ends in the middle of an entry (truncated?)", source: archiveSource))
    } else if members == 0 {
      try emit(RecordProducer.noPosts(in: path))
    }
  }
}

/// Hands out a file's bytes in exact sizes, as `Data.decompress` needs: it
/// tells zlib each chunk is as long as it asked for, so the last, short
/// chunk is padded with zeros.
private final class FileFeeder {
  static let chunkSize = 1 << 20
  let descriptor: Int32
  let progress: ScanProgress?
  private var buffer: [UInt8] = []
  private var position = 0
  private var atEnd = false

  init(descriptor: Int32, progress: ScanProgress?) {
    self.descriptor = descriptor
    self.progress = progress
  }

  /// Reads until `count` bytes are buffered or the file ends.
  private func fill(_ count: Int) throws {
    while buffer.count - position < count && !atEnd {
      if position > 0 {
        buffer.removeFirst(position)
        position = 0
      }
      var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
      let read = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, Self.chunkSize) }
      if read < 0 {
        if errno == EINTR { continue }
        throw InputError(message: String(cString: strerror(errno)))
      }
      if read == 0 { atEnd = true }
      buffer.append(contentsOf: chunk[0..<read])
      progress?.add(read)
    }
  }

  private func take(_ count: Int) -> ArraySlice<UInt8> {
    let end = min(position + count, buffer.count)
    defer { position = end }
    return buffer[position..<end]
  }

  /// Exactly `size` bytes, the last chunk zero-padded; past the end, an
  /// error (zlib asks again until its stream ends, which a truncated file never does).
  func next(_ size: Int) throws -> Data {
    try fill(size)
    let chunk = take(size)
    if chunk.isEmpty && atEnd { throw InputError(message: "the file ends before its compressed data does (truncated?)") }
    var data = Data(chunk)
    if data.count < size { data.append(Data(count: size - data.count)) }
    return data
  }

  /// The next chunk as read; nil at the end.
  func nextChunk() throws -> Data? {
    try fill(Self.chunkSize)
    let chunk = take(Self.chunkSize)
    return chunk.isEmpty ? nil : Data(chunk)
  }

  /// Past a gzip member header (RFC 1952): false when the bytes are not one.
  func skipGzipHeader() throws -> Bool {
    try fill(10)
    let fixed = Array(take(10))
    guard fixed.count == 10, fixed[0] == 0x1F, fixed[1] == 0x8B, fixed[2] == 8 else { return false }
    let flags = fixed[3]
    if flags & 4 != 0 {
      try fill(2)
      let length = Array(take(2))
      guard length.count == 2 else { return false }
      try fill(Int(length[0]) | Int(length[1]) << 8)
      _ = take(Int(length[0]) | Int(length[1]) << 8)
    }
    for flag in [UInt8(8), 16] where flags & flag != 0 {
      // A zero-terminated name or comment.
      while true {
        try fill(1)
        guard let byte = take(1).first else { return false }
        if byte == 0 { break }
      }
    }
    if flags & 2 != 0 {
      try fill(2)
      _ = take(2)
    }
    return true
  }
}
