import PostcheckIO
import Testing

@Suite struct OutputBufferTests {
  func text(_ write: (OutputBuffer) -> Void) -> String {
    let buffer = OutputBuffer(descriptor: nil)
    write(buffer)
    return String(decoding: buffer.bytes, as: UTF8.self)
  }

  @Test(arguments: [
    (0.0, "0.0"), (1.0, "1.0"), (0.665, "0.665"), (0.1, "0.1"), (0.05, "0.05"), (0.005, "0.005"),
    (0.9996, "1.0"), (0.12345, "0.123"), (0.95, "0.95"), (1.7, "1.0"), (-0.2, "0.0"),
  ])
  func fractionsHaveThreeDecimalsAtMost(value: Double, expected: String) {
    #expect(text { $0.append(fraction: value) } == expected)
  }

  @Test func decimals() {
    #expect(text { $0.append(decimal: 0) } == "0")
    #expect(text { $0.append(decimal: 1_234_567) } == "1234567")
    #expect(text { $0.append(decimal: -42) } == "-42")
    #expect(text { $0.append(decimal: 10) } == "10")
    #expect(text { $0.append(decimal: Int.max) } == "9223372036854775807")
    #expect(text { $0.append(decimal: Int.min) } == "-9223372036854775808")
  }

  @Test func growsPastItsFirstRoomKeepingEveryByte() {
    let buffer = OutputBuffer(descriptor: nil, capacity: 3)
    var expected: [UInt8] = []
    for value in 0..<5000 {
      buffer.append(decimal: value)
      buffer.append(",")
      expected += Array("\(value),".utf8)
    }
    #expect(buffer.bytes == expected)
  }
}
