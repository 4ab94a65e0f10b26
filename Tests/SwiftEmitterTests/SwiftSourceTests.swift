import Testing

@testable import SwiftEmitter

@Suite struct SwiftSourceTests {
    /// Comment lines are split by scalars for speed; they must break exactly where `Character.isNewline` does.
    @Test(arguments: [
        "", "one line", "a\nb", "a\r\nb", "a\rb", "a\n\nb\n", "\n", "\r\n\r\n", "a\u{0B}b\u{0C}c", "a\u{85}b",
        "a\u{2028}b\u{2029}c", "a\n\u{301}b", "e\u{301}\nx", "👩‍👩‍👧\n🇩🇪", "a\r\u{301}\nb", "\r", "trailing\r",
    ])
    func linesBreakWhereCharactersDo(_ text: String) {
        let byCharacters = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        #expect(SwiftSource.lines(of: text).map(String.init) == byCharacters)
    }
}
