import CareerKit
import Foundation

/// What the analysis templates show of a resume or a posting: text already worded for people, escaped by the
/// template when rendered.
struct AnalysisView {
    struct Resume {
        struct Shown {
            let name: String
            let how: String
        }

        struct Coverage {
            let title: String
            let percent: Int
            /// An SVG bar drawn by `BarShape`, from numbers only.
            let bar: String
        }

        struct Plan {
            struct Step {
                let name: String
                let kind: String
                let statements: [StatementView]
            }

            let target: String
            /// The target's id, for "make this a plan".
            let targetID: String
            let steps: [Step]
        }

        let count: Int
        let skills: [Shown]
        let coverage: [Coverage]
        let plan: Plan?
    }

    struct Posting {
        struct Match {
            let title: String
            let score: String
            let because: String?
        }

        struct Section {
            let title: String
            let skills: String
        }

        let best: String?
        let reading: String
        let roles: [Match]
        let sections: [Section]
        let seniority: String
        let seniorityEvidence: String
        let salary: String
    }

    let resume: Resume?
    let posting: Posting?

    init(_ analysis: DocumentAnalysis?, in base: KnowledgeBase) {
        switch analysis {
        case .resume(let resume): self.resume = Self.resume(resume, in: base); posting = nil
        case .posting(let posting): self.posting = Self.posting(posting); resume = nil
        case nil: resume = nil; posting = nil
        }
    }

    static func resume(_ analysis: ResumeAnalysis, in base: KnowledgeBase) -> Resume {
        Resume(
            count: analysis.evidence.count,
            skills: analysis.evidence.map { shown in
                Resume.Shown(name: shown.name, how: shown.evidence.prefix(2).map(\.explanation).joined(separator: "; "))
            },
            coverage: analysis.coverage.map { coverage in
                let percent = Int((coverage.requiredCoverage * 100).rounded())
                return Resume.Coverage(title: coverage.title, percent: percent, bar: BarShape.pixels(percent * 3))
            },
            plan: analysis.plan.map { plan in
                Resume.Plan(
                    target: plan.targetTitle, targetID: plan.target.rawValue,
                    steps: plan.steps.map { step in
                        Resume.Plan.Step(
                            name: step.name, kind: step.required ? "required" : "nice to have",
                            statements: (step.advice + (step.project.map { [$0] } ?? [])).map {
                                StatementView($0, in: base)
                            })
                    })
            })
    }

    static func posting(_ analysis: PostingAnalysis) -> Posting {
        Posting(
            best: analysis.roles.first?.title, reading: analysis.reading,
            roles: analysis.roles.map { match in
                Posting.Match(
                    title: match.title, score: String(format: "%.0f", match.score),
                    because: match.evidence.isEmpty ? nil : match.evidence.joined(separator: ", "))
            },
            sections: [
                ("Required", analysis.required), ("Nice to have", analysis.niceToHave),
                ("Also mentioned", analysis.mentioned),
            ].compactMap { title, skills in
                skills.isEmpty ? nil : Posting.Section(title: title, skills: skills.map(\.name).joined(separator: ", "))
            },
            seniority: analysis.seniority.level?.rawValue ?? "not stated",
            seniorityEvidence: analysis.seniority.evidence, salary: analysis.salary?.printed ?? "not stated")
    }
}

/// A statement with its sources, for the `statements` template.
struct StatementView {
    /// A cited source as people see it: its short name, linked to its entry on the sources page, with the full
    /// title and publisher as the link's title.
    struct SourceLink {
        let id: String
        let name: String
        let detail: String
        let comma: Bool

        static func list(_ ids: [Source.ID], in base: KnowledgeBase) -> [SourceLink] {
            ids.enumerated().map { offset, id in
                let source = base.source(id)
                return SourceLink(
                    id: id.rawValue, name: source?.name ?? "unknown source",
                    detail: source.map { [$0.title, $0.publisher].compactMap { $0 }.joined(separator: ", ") } ?? "",
                    comma: offset > 0)
            }
        }
    }

    let text: String
    let sources: [SourceLink]

    init(_ statement: Statement, in base: KnowledgeBase) {
        self.init(text: statement.text, sources: statement.sources, in: base)
    }

    init(text: String, sources: [Source.ID], in base: KnowledgeBase) {
        self.text = base.namingSources(in: text)
        self.sources = SourceLink.list(sources, in: base)
    }
}

/// One choice of a `<select>`, for the templates: its value, what people read, and whether it is chosen.
struct OptionView {
    let id: String
    let title: String
    let selected: Bool
}
