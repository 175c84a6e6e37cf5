/// Interview questions for one role, written by AI Career Finder (`interview/ROLE.yaml`): each with its kind, level,
/// the skills it probes, and the points a strong answer covers, which a person checks their own answer against.
public struct InterviewBank: Sendable, Codable, Hashable {
    public let role: Role.ID
    public let questions: [InterviewQuestion]

    /// The fewest questions a profiled role's bank holds; the AI product manager's holds 50, the number of
    /// questions the AI PM interview guide advertised in seed 000 promises.
    public static func minimumQuestions(for role: Role.ID) -> Int { role == "ai-product-manager" ? 50 : 40 }
}

/// One interview question.
public struct InterviewQuestion: Sendable, Codable, Hashable, Identifiable {
    /// What a question tests.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case technical, design, `case`, behavioural
    }

    /// Who is usually asked it.
    public enum Level: String, Sendable, Codable, CaseIterable {
        case entry, mid, senior
    }

    public let id: String
    public let kind: Kind
    public let level: Level
    public let skills: [Skill.ID]
    public let question: String
    /// What a strong answer covers: 3 to 6 points.
    public let points: [String]
    /// The sources it rests on, or `editorial`.
    public let sources: [Source.ID]
}

extension InterviewBank {
    /// Words that carry no topic, left out when comparing questions.
    static let stopwords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "by", "do", "does", "for", "from", "how", "i", "in", "is", "it",
        "of", "on", "or", "that", "the", "this", "to", "what", "when", "where", "which", "who", "why", "with",
        "would", "you", "your",
    ]

    /// Above this share of shared topic words two questions are near duplicates.
    public static let duplicateThreshold = 0.5

    /// A question's topic words: lower-cased runs of letters and digits, stopwords left out.
    static func topicWords(_ text: String) -> Set<String> {
        Set(
            text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
                .filter { !stopwords.contains($0) })
    }

    /// Jaccard similarity of two questions' topic words.
    public static func similarity(_ a: String, _ b: String) -> Double { jaccard(topicWords(a), topicWords(b)) }

    /// Shared words over all words of two sets.
    static func jaccard(_ x: Set<String>, _ y: Set<String>) -> Double {
        let union = x.union(y).count
        return union == 0 ? 0 : Double(x.intersection(y).count) / Double(union)
    }

    /// Pairs of questions more alike than `duplicateThreshold`, with their similarity.
    public func nearDuplicates() -> [(InterviewQuestion, InterviewQuestion, Double)] {
        var pairs: [(InterviewQuestion, InterviewQuestion, Double)] = []
        // Each question's words once, not once per pair: every start-up validates the banks.
        let words = questions.map { Self.topicWords($0.question) }
        for first in questions.indices {
            for second in (first + 1)..<questions.count {
                let similarity = Self.jaccard(words[first], words[second])
                if similarity > Self.duplicateThreshold {
                    pairs.append((questions[first], questions[second], similarity))
                }
            }
        }
        return pairs
    }
}
