import PostcheckCore
import Testing

/// A token as tests compare it: original text and forms as strings.
struct TokenView: Equatable, CustomStringConvertible {
  var text: String
  var kind: TokenKind
  var folded: String
  var ascii = ""
  var skeleton = ""
  var leet = ""
  var squeezed = ""
  var compact = ""
  var scalarStart = 0
  var scalarEnd = 0
  var byteStart = 0
  var byteEnd = 0
  var normalisations: Normalisations = []

  var description: String { "\(kind):\(text)→\(folded)" }
}

/// One screener per test process: ICU set-up is the slow part.
let sharedConfiguration: ScreeningConfiguration = {
  do {
    return try ScreeningConfiguration.standard()
  } catch {
    fatalError("default lexicons do not load: \(error)")
  }
}()

func makeScreener() -> Screener {
  do {
    return try Screener(configuration: sharedConfiguration)
  } catch {
    fatalError("ICU does not initialise: \(error)")
  }
}

func views(_ buffer: TokenBuffer, in text: String, joined: Bool = false) -> [TokenView] {
  var copy = text
  return copy.withUTF8 { bytes in
    var offsets = ScalarOffsets(bytes)
    return (joined ? buffer.joined : Array(buffer.tokens)).map { token in
      TokenView(
        text: String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self),
        kind: token.kind, folded: buffer.string(token.folded), ascii: buffer.string(token.ascii),
        skeleton: buffer.string(token.skeleton), leet: buffer.string(token.leet),
        squeezed: buffer.string(token.squeezed), compact: buffer.string(token.compact),
        scalarStart: offsets.scalarOffset(ofByte: token.start), scalarEnd: offsets.scalarOffset(ofByte: token.end),
        byteStart: token.start, byteEnd: token.end, normalisations: token.normalisations)
    }
  }
}

func tokens(_ text: String, joined: Bool = false) -> [TokenView] {
  let screener = makeScreener()
  _ = screener.screen(text)
  return views(screener.lastTokens, in: text, joined: joined)
}

func texts(_ text: String) -> [String] { tokens(text).map(\.text) }
