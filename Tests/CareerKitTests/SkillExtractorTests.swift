import CareerKit
import Testing

@Suite("Finding skills in text")
struct SkillExtractorTests {
    static func skill(
        _ id: String, _ name: String, _ aliases: [String] = [], ambiguity: Skill.Ambiguity? = nil
    ) -> Skill {
        Skill(id: Skill.ID(id), name: name, category: .language, aliases: aliases, ambiguity: ambiguity)
    }

    static let extractor = SkillExtractor(skills: [
        skill("python", "Python"),
        skill("cpp", "C++"),
        skill("csharp", "C#"),
        skill("dotnet", ".NET", ["dotnet"]),
        skill("ci-cd", "CI/CD", ["continuous integration"]),
        skill("ab-testing", "A/B testing", ["split testing"]),
        skill("software-testing", "Testing"),
        skill("nodejs", "Node.js", ["nodejs"]),
        skill("machine-learning", "Machine learning", ["ml"]),
        skill("deep-learning", "Deep learning"),
        skill("llms", "Large language models", ["llm"]),
        skill("apis", "APIs", ["api"]),
        skill("scikit-learn", "scikit-learn", ["sklearn"]),
        skill("kubernetes", "Kubernetes", ["k8s"]),
        skill("sql", "SQL"),
        skill(
            "r", "R",
            ambiguity: .init(
                caseSensitive: true, cues: ["programming", "language", "tidyverse", "statistical"],
                rejectFollowing: ["&"], rejectPreceding: [])),
        skill(
            "go", "Go", ["golang"],
            ambiguity: .init(
                caseSensitive: true, cues: ["programming", "language", "microservices", "backend"],
                rejectFollowing: ["to", "-to", "live"], rejectPreceding: ["to", "will", "let's"])),
        skill(
            "spark", "Spark", ["pyspark"],
            ambiguity: .init(
                caseSensitive: false, cues: ["apache", "databricks", "hadoop", "cluster", "big data"],
                rejectFollowing: [], rejectPreceding: ["to", "will", "can"])),
        skill(
            "excel", "Excel", ["microsoft excel"],
            ambiguity: .init(
                caseSensitive: false, cues: ["spreadsheet", "spreadsheets", "pivot", "vlookup", "microsoft"],
                rejectFollowing: ["at", "in"], rejectPreceding: ["to", "will", "who", "you"])),
    ])

    func ids(_ text: String) -> [String] { Self.extractor.mentions(in: text).map(\.skill.rawValue) }

    @Test("Matching ignores case and reports where each mention is")
    func caseAndSpans() {
        let mentions = Self.extractor.mentions(in: "Loves PYTHON.\nAlso kubernetes (K8S).")
        #expect(mentions.map(\.skill.rawValue) == ["python", "kubernetes", "kubernetes"])
        #expect(
            mentions[0].text == "PYTHON" && mentions[0].start == 6 && mentions[0].end == 12 && mentions[0].line == 1)
        #expect(mentions[2].text == "K8S" && mentions[2].line == 2)
    }

    @Test("Only whole words count")
    func wordBoundaries() {
        #expect(ids("Pythonic code, a rapid API, sqlite, html, pythonista") == ["apis"])
        #expect(ids("xml and mlops and ml") == ["machine-learning"])
    }

    @Test("Names made of symbols are found and not confused with their neighbours")
    func symbols() {
        #expect(ids("C++, C#, .NET and CI/CD") == ["cpp", "csharp", "dotnet", "ci-cd"])
        #expect(ids("We use Node.js; nodejs too") == ["nodejs", "nodejs"])
        #expect(ids("C+++ is not a language, nor is C##") == [])
    }

    @Test("The longest name wins where names overlap: A/B testing is not Testing")
    func longestWins() {
        #expect(
            ids("Ran A/B testing and split testing, plus unit Testing") == [
                "ab-testing", "ab-testing", "software-testing",
            ])
        #expect(ids("deep learning, machine learning") == ["deep-learning", "machine-learning"])
    }

    @Test("Multi-word names match across line breaks, indentation and runs of spaces, with the right span")
    func multiWord() {
        #expect(ids("large language\nmodels and continuous   integration") == ["llms", "ci-cd"])
        let mention = Self.extractor.mentions(in: "Built deep\n      learning models").first
        #expect(mention?.text == "deep\n      learning")
        #expect(mention?.start == 6)
    }

    @Test("A name after a dot inside a word is part of a longer name: Next.js is not JS")
    func dottedNames() {
        let extractor = SkillExtractor(skills: [Self.skill("javascript", "JavaScript", ["js"])])
        #expect(extractor.mentions(in: "Next.js and plain JS").map(\.text) == ["JS"])
    }

    @Test("Plurals of names count: LLMs, APIs")
    func plurals() {
        #expect(ids("Built LLMs behind REST APIs") == ["llms", "apis"])
    }

    @Test("R counts as a language in a list or with a cue, not as a letter or in R&D")
    func ambiguousR() {
        #expect(ids("Python, R, SQL") == ["python", "r", "sql"])
        #expect(ids("Statistical programming in R") == ["r"])
        #expect(ids("Worked in R&D for years") == [])
        #expect(ids("Section r of the form") == [])
        #expect(ids("Plan R was chosen") == [])
    }

    @Test("Go counts as a language, not as a verb")
    func ambiguousGo() {
        #expect(ids("Backend services in Go and Python") == ["go", "python"])
        #expect(ids("Golang microservices") == ["go"])
        #expect(ids("Ready to go live, we will Go to market") == [])
        #expect(ids("Your go-to person") == [])
    }

    @Test("Spark counts as Apache Spark, not as to spark interest")
    func ambiguousSpark() {
        #expect(ids("Apache Spark on a Hadoop cluster") == ["spark"])
        #expect(ids("PySpark jobs") == ["spark"])
        #expect(ids("Ideas that spark curiosity; able to spark debate") == [])
    }

    @Test("Excel counts as the spreadsheet, not as the verb")
    func ambiguousExcel() {
        #expect(ids("Advanced Excel (pivot tables, VLOOKUP)") == ["excel"])
        #expect(ids("SQL, Excel and Python") == ["sql", "excel", "python"])
        #expect(ids("You will excel at communication and excel in teams") == [])
    }

    @Test("Empty text, text without skills and non-ASCII text are handled")
    func edges() {
        #expect(ids("").isEmpty)
        #expect(ids("Nothing to see here.").isEmpty)
        #expect(ids("Café python naïve SQL — 日本語 Kubernetes") == ["python", "sql", "kubernetes"])
    }
}
