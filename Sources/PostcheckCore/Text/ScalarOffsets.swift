/// Converts UTF-8 byte offsets in a post to Unicode scalar offsets, as the
/// output schema reports both. Offsets must be asked for in ascending order;
/// each call continues counting where the last stopped, so converting all
/// of a post's findings costs one pass over the text.
public struct ScalarOffsets {
  private let text: UnsafeBufferPointer<UInt8>
  private var byteOffset = 0
  private var scalarOffset = 0

  public init(_ text: UnsafeBufferPointer<UInt8>) { self.text = text }

  public mutating func scalarOffset(ofByte target: Int) -> Int {
    if target < byteOffset {
      byteOffset = 0
      scalarOffset = 0
    }
    let end = min(target, text.count)
    scalarOffset += UTF8Scanning.scalarCount(text, from: byteOffset, to: end)
    byteOffset = end
    return scalarOffset
  }
}
