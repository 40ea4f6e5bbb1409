/// The tokens of one post and the arena holding their forms. Reused from
/// post to post by a `Screener`, so steady-state tokenising allocates nothing.
public final class TokenBuffer {
  /// The post's tokens in text order.
  @exclusivity(unchecked) public private(set) var tokens: [Token] = []
  /// Tokens made by joining separated single letters (`f u c k`), in text order.
  @exclusivity(unchecked) public private(set) var joined: [Token] = []
  public let arena = ByteArena()

  public init() { tokens.reserveCapacity(256) }

  public func removeAll() {
    tokens.removeAll(keepingCapacity: true)
    joined.removeAll(keepingCapacity: true)
    arena.removeAll()
  }

  @inline(__always)
  func append(_ token: Token) { tokens.append(token) }

  @inline(__always)
  func updateLast(_ update: (inout Token) -> Void) {
    guard !tokens.isEmpty else { return }
    update(&tokens[tokens.count - 1])
  }

  func appendJoined(_ token: Token) { joined.append(token) }

  /// A form as a `String` (tests, explanations); empty for an absent form.
  public func string(_ form: FormRef) -> String {
    form.isAbsent ? "" : String(decoding: arena.bytes(form), as: UTF8.self)
  }

  /// Whether a form equals the given ASCII/UTF-8 bytes.
  public func form(_ form: FormRef, equals bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !form.isAbsent, form.count == bytes.count else { return false }
    let stored = arena.bytes(form)
    for index in 0..<bytes.count where stored[index] != bytes[index] { return false }
    return true
  }
}
