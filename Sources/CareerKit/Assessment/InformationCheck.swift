/// Recognises answer sets that carry no information, so they are never ranked as if they meant something.
struct InformationCheck {
    /// Per item: the answer's position among the item's possible answers, or nil when skipped.
    let codes: [Int?]
    /// Per item: how many answers it allows, for rated items; nil for choice items.
    let scalePoints: [Int?]
    /// Per item: whether it asks about interests or work style (not skills or goals).
    let isInterest: [Bool]

    /// Why the sheet cannot rank roles, or nil when it can.
    var problem: String? {
        let answered = codes.count { $0 != nil }
        if answered * 2 < codes.count {
            return
                "Only \(answered) of \(codes.count) items are answered; at least half are needed to rank roles meaningfully."
        }
        var ratedCount = 0, allBottom = true, allTop = true
        var interestCount = 0, firstInterest: Int?, interestsDiffer = false
        for (index, code) in codes.enumerated() {
            guard let code, let points = scalePoints[index] else { continue }
            ratedCount += 1
            allBottom = allBottom && code == 0
            allTop = allTop && code == points - 1
            if isInterest[index] {
                interestCount += 1
                if let first = firstInterest, first != code { interestsDiffer = true }
                firstInterest = firstInterest ?? code
            }
        }
        if ratedCount >= 5, allBottom || allTop {
            return "Every rating is at the same extreme, which says nothing about which work suits you."
        }
        if interestCount >= 5, !interestsDiffer {
            return "Every interest answer is the same, so they cannot tell one kind of work from another."
        }
        return nil
    }
}
