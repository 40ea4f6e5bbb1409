/// Tokenizes text that arrives in pieces, giving exactly the tokens that
/// `Tokenizer.tokenize` gives for the whole text.
///
/// Tokens never cross ASCII white space, so each piece is tokenized up to
/// its last white space byte and the rest waits for the next piece; the
/// letter joiner's look-behind needs only a few bytes, which are kept as
/// context. Split UTF-8 sequences never reach the tokenizer, as a cut always
/// follows an ASCII byte.
public struct TokenStream {
  private let tokenizer: Tokenizer
  public let buffer: TokenBuffer
  private var pending: [UInt8] = []
  /// How many bytes at the front of `pending` are look-behind context only.
  private var contextCount = 0
  /// Absolute offset of `pending[0]`.
  private var pendingBase = 0

  public init(tokenizer: Tokenizer, into buffer: TokenBuffer) {
    self.tokenizer = tokenizer
    self.buffer = buffer
    buffer.removeAll()
    tokenizer.lastTokenEnd = 0
    tokenizer.singleCharacterTokens = 0
  }

  public mutating func feed(_ piece: UnsafeBufferPointer<UInt8>) {
    pending.append(contentsOf: piece)
    guard let lastSpace = pending.lastIndex(where: { $0 < 0x80 && ASCIIClass.of($0) == .space }),
      lastSpace >= contextCount
    else { return }
    let cut = lastSpace + 1
    pending.withUnsafeBufferPointer { bytes in
      tokenizer.tokenizePiece(
        UnsafeBufferPointer(rebasing: bytes[0..<cut]), from: contextCount, base: pendingBase, into: buffer)
    }
    let keep = min(Token.maximumJoinableGap, cut)
    pending.removeFirst(cut - keep)
    pendingBase += cut - keep
    contextCount = keep
  }

  /// Tokenizes what is left and joins separated letters over the whole text.
  public mutating func finish() {
    pending.withUnsafeBufferPointer { bytes in
      tokenizer.tokenizePiece(bytes, from: contextCount, base: pendingBase, into: buffer)
    }
    pending.removeAll()
    tokenizer.joinSeparatedLetters(in: buffer)
  }
}

extension Screener {
  /// A stream feeding this screener's tokenizer (tests, very long drafts).
  public func tokenStream() -> TokenStream { TokenStream(tokenizer: tokenizer, into: TokenBuffer()) }
}
