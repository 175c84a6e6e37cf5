import CareerKit
import Testing

@Suite("Did-you-mean suggestions")
struct SuggestionsTests {
    @Test("Edit distance counts insertions, deletions and substitutions")
    func distance() {
        #expect(Suggestions.editDistance("kitten", "sitting") == 3)
        #expect(Suggestions.editDistance("", "abc") == 3)
        #expect(Suggestions.editDistance("same", "same") == 0)
    }

    @Test("Close ids come first; far ones are left out")
    func closest() {
        let ids = ["ml-engineer", "mlops-engineer", "data-scientist", "nlp-engineer"]
        #expect(Suggestions.closest(to: "ml-enginer", among: ids).first == "ml-engineer")
        #expect(Suggestions.closest(to: "mlops", among: ids) == ["mlops-engineer"])
        #expect(Suggestions.closest(to: "zzzzzzzz", among: ids).isEmpty)
    }
}
