import PostcheckCore
import PostcheckIO
import Testing

/// `postcheck redact` and the redacted report's context lines.
@Suite struct RedactionTests {
  @Test func personalInformationIsMaskedAndTheRestKept() throws {
    let screener = try Screener(configuration: try ScreeningConfiguration.standard())
    let text = "Écrivez à josé.bloggs@example.com 👍🏽, ring 07911 123456; my boss is shit"
    let result = screener.screen(text)
    let personal = redactedPost(Array(text.utf8), findings: result.findings, scope: .personal)
    #expect(personal == "Écrivez à j***.******@*******.*** 👍🏽, ring 0**** ******; my boss is shit")
    let all = redactedPost(Array(text.utf8), findings: result.findings, scope: .all)
    #expect(all.hasSuffix("; m* **** is s***"))
  }

  @Test func overlappingFindingsAreMaskedOnce() {
    let rule = Rule(id: "pii.x", category: .pii, policy: "5", severity: .high, summary: "", message: "")
    let findings = [
      Finding(rule: rule, start: 2, end: 7, confidence: 1, explanation: Explanation()),
      Finding(rule: rule, start: 5, end: 9, confidence: 1, explanation: Explanation()),
    ]
    let text = Array("ab cdefghij".utf8)
    #expect(redactedPost(text, findings: findings, scope: .all) == "ab ******ij")
    // A slice masks what lies inside it, from its own start.
    #expect(redactedSlice(text, 4..<11, findings: findings) == "d****ij")
  }
}
