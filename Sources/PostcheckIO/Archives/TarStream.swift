/// Cuts a tar archive fed in chunks into its members: ustar and GNU headers,
/// long names (GNU `L` entries, ustar prefixes, PAX `path=`), members'
/// bytes handed on as they pass, nothing kept but the current header.
struct TarStream {
  enum Event {
    /// A regular file begins: its path inside the archive and its size.
    case begin(path: String, size: UInt64)
    /// Bytes of the current file.
    case bytes(UnsafeRawBufferPointer)
    /// The current file is complete.
    case end
    /// The archive cannot be read further (a bad header).
    case malformed(String)
  }

  private enum State {
    case header
    /// Inside a member: bytes left, padding after it, and what the bytes are for.
    case data(remaining: UInt64, padding: Int, purpose: Purpose)
    case padding(Int)
    case finished
  }

  private enum Purpose {
    case file
    case longName
    case paxHeader
    case skipped
  }

  private var state = State.header
  private var header: [UInt8] = []
  private var longName: [UInt8] = []
  private var pendingName: String?
  private var zeroBlocks = 0

  /// Whether the archive ended properly (two zero blocks, or at a header boundary).
  var endedCleanly: Bool {
    switch state {
    case .finished: true
    case .header: header.isEmpty
    default: false
    }
  }

  mutating func feed(_ chunk: UnsafeRawBufferPointer, _ handle: (Event) throws -> Void) rethrows {
    var offset = 0
    while offset < chunk.count {
      switch state {
      case .finished:
        return
      case .header:
        let take = min(512 - header.count, chunk.count - offset)
        header.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[offset..<offset + take]))
        offset += take
        if header.count == 512 {
          try readHeader(handle)
          header.removeAll(keepingCapacity: true)
        }
      case .data(let remaining, let padding, let purpose):
        let take = Int(min(remaining, UInt64(chunk.count - offset)))
        let piece = UnsafeRawBufferPointer(rebasing: chunk[offset..<offset + take])
        switch purpose {
        case .file: try handle(.bytes(piece))
        case .longName, .paxHeader: longName.append(contentsOf: piece)
        case .skipped: break
        }
        offset += take
        let left = remaining - UInt64(take)
        if left == 0 {
          finishMember(purpose, handle: handle)
          if purpose == .file { try handle(.end) }
          state = padding > 0 ? .padding(padding) : .header
        } else {
          state = .data(remaining: left, padding: padding, purpose: purpose)
        }
      case .padding(let left):
        let take = min(left, chunk.count - offset)
        offset += take
        state = left - take > 0 ? .padding(left - take) : .header
      }
    }
  }

  private mutating func finishMember(_ purpose: Purpose, handle: (Event) throws -> Void) {
    switch purpose {
    case .longName:
      pendingName = String(decoding: longName.prefix { $0 != 0 }, as: UTF8.self)
      longName.removeAll()
    case .paxHeader:
      pendingName = Self.paxPath(longName) ?? pendingName
      longName.removeAll()
    default:
      break
    }
  }

  private mutating func readHeader(_ handle: (Event) throws -> Void) rethrows {
    if header.allSatisfy({ $0 == 0 }) {
      zeroBlocks += 1
      if zeroBlocks == 2 { state = .finished }
      return
    }
    zeroBlocks = 0
    guard let size = Self.octal(header[124..<136]), Self.checksumMatches(header) else {
      try handle(.malformed("a tar header that does not add up (not a tar archive, or a damaged one)"))
      state = .finished
      return
    }
    let type = header[156]
    let padding = Int((512 - size % 512) % 512)
    let purpose: Purpose
    switch type {
    case UInt8(ascii: "0"), 0, UInt8(ascii: "7"):
      var name = Self.string(header[0..<100])
      if header[257..<262].elementsEqual("ustar".utf8) {
        let prefix = Self.string(header[345..<500])
        if !prefix.isEmpty { name = prefix + "/" + name }
      }
      if let pendingName { name = pendingName }
      pendingName = nil
      try handle(.begin(path: name, size: size))
      purpose = .file
    case UInt8(ascii: "L"):
      purpose = .longName
    case UInt8(ascii: "x"):
      purpose = .paxHeader
    default:
      // Folders, links, global PAX headers: nothing to read.
      pendingName = nil
      purpose = .skipped
    }
    if size == 0 {
      finishMember(purpose, handle: handle)
      if purpose == .file { try handle(.end) }
      state = .header
    } else {
      state = .data(remaining: size, padding: padding, purpose: purpose)
    }
  }

  private static func string(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
  }

  /// An octal field (NUL- or space-terminated), or a base-256 one for sizes past 8 GiB.
  private static func octal(_ field: ArraySlice<UInt8>) -> UInt64? {
    if let first = field.first, first & 0x80 != 0 {
      var value: UInt64 = UInt64(first & 0x7F)
      for byte in field.dropFirst() { value = value << 8 | UInt64(byte) }
      return value
    }
    var value: UInt64 = 0
    var digits = 0
    for byte in field {
      if byte == 0 || byte == UInt8(ascii: " ") {
        if digits > 0 { break } else { continue }
      }
      guard byte &- UInt8(ascii: "0") < 8 else { return nil }
      value = value * 8 + UInt64(byte - UInt8(ascii: "0"))
      digits += 1
    }
    return value
  }

  /// The header's checksum: its bytes summed with the checksum field read as spaces.
  private static func checksumMatches(_ header: [UInt8]) -> Bool {
    guard let stored = octal(header[148..<156]) else { return false }
    var sum: UInt64 = 0
    for (index, byte) in header.enumerated() { sum += (148..<156).contains(index) ? 32 : UInt64(byte) }
    return sum == stored
  }

  /// The `path` record of a PAX extended header (`NN path=…\n`).
  private static func paxPath(_ records: [UInt8]) -> String? {
    let text = String(decoding: records, as: UTF8.self)
    for line in text.split(separator: "\n") {
      guard let space = line.firstIndex(of: " ") else { continue }
      let record = line[line.index(after: space)...]
      if record.hasPrefix("path=") { return String(record.dropFirst(5)) }
    }
    return nil
  }
}
