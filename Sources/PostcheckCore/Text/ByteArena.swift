/// A growable byte buffer that the tokenizer writes normalised forms into.
///
/// Forms are referred to by `FormRef` (offset and length), never by pointer,
/// because growing the arena moves it. Clearing keeps the capacity, so a
/// screener that is reused post after post stops allocating once warmed up.
public final class ByteArena {
  // Exclusivity is never at risk here (no accessor yields while another runs),
  // and the dynamic check would cost more than the byte copy it guards.
  @exclusivity(unchecked) private var storage: UnsafeMutablePointer<UInt8>
  @exclusivity(unchecked) private var capacity: Int
  /// Bytes in use.
  @exclusivity(unchecked) public private(set) var count = 0

  /// Zeroed bytes past `capacity`, so `wordPair` may load eight bytes at
  /// any form's start or end without a bounds branch.
  private static let readSlack = 16

  public init(capacity: Int = 4096) {
    self.capacity = max(capacity, 64)
    storage = .allocate(capacity: self.capacity + Self.readSlack)
    storage.initialize(repeating: 0, count: self.capacity + Self.readSlack)
  }

  deinit { storage.deallocate() }

  /// Forgets the contents, keeping the memory.
  public func removeAll() { count = 0 }

  /// Makes room for `extra` more bytes without moving again.
  @inline(__always)
  func reserve(_ extra: Int) {
    if count + extra > capacity { grow(to: count + extra) }
  }

  private func grow(to needed: Int) {
    var next = capacity * 2
    while next < needed { next *= 2 }
    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: next + Self.readSlack)
    bigger.initialize(from: storage, count: count)
    (bigger + count).initialize(repeating: 0, count: next + Self.readSlack - count)
    storage.deallocate()
    storage = bigger
    capacity = next
  }

  @inline(__always)
  func append(_ byte: UInt8) {
    reserve(1)
    storage[count] = byte
    count += 1
  }

  func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    reserve(bytes.count)
    (storage + count).initialize(from: source, count: bytes.count)
    count += bytes.count
  }

  /// Copies a form already in the arena to its end (the copy may then be edited).
  /// Appends `bytes` and returns where they are.
  func appendBytes(_ bytes: [UInt8]) -> FormRef {
    let start = count
    bytes.withUnsafeBufferPointer { append($0) }
    return FormRef(offset: start, count: bytes.count)
  }

  func appendCopy(of form: FormRef) -> FormRef {
    let start = count
    reserve(form.count)
    (storage + count).update(from: storage + form.offset, count: form.count)
    count += form.count
    return FormRef(offset: start, count: form.count)
  }

  /// Lets `write` fill up to `room` bytes at the end; it returns how many it wrote.
  func appendWriting(room: Int, _ write: (UnsafeMutablePointer<UInt8>, Int) -> Int) -> Int {
    reserve(room)
    let written = write(storage + count, room)
    if written > 0 && written <= room { count += written }
    return written
  }

  /// Room for `room` bytes at the end, to be written and then kept with
  /// `commit` (or abandoned). Valid until the next append.
  @inline(__always)
  func tail(reserving room: Int) -> UnsafeMutablePointer<UInt8> {
    reserve(room)
    return storage + count
  }

  /// Keeps `written` bytes written through `tail(reserving:)`.
  @inline(__always)
  func commit(_ written: Int) { count += written }

  /// Appends `source[..<count]` with `A`…`Z` lowered, eight bytes at a time,
  /// when every byte is ASCII; returns nil (appending nothing) otherwise,
  /// else whether any letter was upper case.
  func appendLoweringASCII(_ source: UnsafePointer<UInt8>, count length: Int) -> Bool? {
    reserve(length + 8)
    let output = storage + count
    var uppers: UInt64 = 0
    var offset = 0
    while offset < length {
      var word: UInt64
      if length - offset >= 8 {
        word = UnsafeRawPointer(source + offset).loadUnaligned(as: UInt64.self)
      } else {
        word = 0
        for index in 0..<(length - offset) { word |= UInt64(source[offset + index]) << UInt64(index * 8) }
      }
      guard word & ByteLanes.high == 0 else { return nil }
      let upper = ByteLanes.inRange(word, 0x41, 0x5A)
      uppers |= upper
      UnsafeMutableRawPointer(output + offset).storeBytes(of: word | (upper >> 2), as: UInt64.self)
      offset += 8
    }
    count += length
    return uppers != 0
  }

  /// A form's first and last eight bytes as two words (zero beyond a short
  /// form): a cheap fingerprint of a word for prefilters. Two unconditional
  /// loads and selects, no branches: it runs for every word of every post,
  /// where a mispredicted length test would cost more than the loads.
  @inline(__always)
  func wordPair(_ form: FormRef) -> (first: UInt64, last: UInt64) {
    let start = form.offset
    let count = form.count
    let isLong = count >= 8
    // Short forms: the form's bytes are the low ones (little-endian); the rest are masked off.
    let keep = isLong ? UInt64.max : (UInt64(1) &<< UInt64(truncatingIfNeeded: count &* 8)) &- 1
    let first = UnsafeRawPointer(storage + start).loadUnaligned(as: UInt64.self) & keep
    let lastWord = UnsafeRawPointer(storage + start + max(count - 8, 0)).loadUnaligned(as: UInt64.self)
    return (first, isLong ? lastWord : 0)
  }

  /// The bytes of a form. Valid until the next append.
  @inline(__always)
  public func bytes(_ form: FormRef) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: storage + form.offset, count: form.count)
  }

  @inline(__always)
  subscript(index: Int) -> UInt8 {
    get { storage[index] }
    set { storage[index] = newValue }
  }

  /// Drops bytes from the end (used when a tentative form turns out unneeded).
  func truncate(to newCount: Int) { count = min(count, newCount) }
}

/// Where a normalised form lives in a `ByteArena`. Stored in 32 bits each
/// (posts are at most 64 MiB) to keep `Token` small: tokens are copied often.
public struct FormRef: Sendable, Equatable {
  private var storedOffset: Int32
  private var storedCount: Int32

  public init(offset: Int, count: Int) {
    storedOffset = Int32(truncatingIfNeeded: offset)
    storedCount = Int32(truncatingIfNeeded: count)
  }

  public var offset: Int { Int(storedOffset) }
  public var count: Int { Int(storedCount) }

  public static var absent: FormRef { FormRef(offset: 0, count: -1) }

  public var isAbsent: Bool { storedCount < 0 }
}
