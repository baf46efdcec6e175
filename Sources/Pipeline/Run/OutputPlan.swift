import Campaign
import Consolidation

/// The files a run writes, named as the contract says: the council workbook, one feedback workbook per
/// submitting unit (`phan-hoi/<CODE>.xlsx`) and one per input of no known unit (`phan-hoi/chua-xac-dinh-<n>.xlsx`).
struct OutputPlan {
    struct FeedbackJob {
        var unit: RegisteredUnit?
        var inputs: [Int]
        var path: String
    }

    let council: String
    let feedback: [FeedbackJob]
    let reportOutputs: Report.Outputs

    init(consolidation: Consolidation, campaign: Campaign, year: Int) {
        council = "danh-sach-de-nghi-khen-thuong-\(year).xlsx"
        var jobs: [FeedbackJob] = []
        for unit in campaign.units {
            let inputs = consolidation.inputs.indices.filter { consolidation.inputs[$0].record.unit == unit.code }
            if !inputs.isEmpty { jobs.append(FeedbackJob(unit: unit, inputs: inputs, path: "phan-hoi/\(unit.code).xlsx")) }
        }
        var unmatched: [(source: String, path: String)] = []
        for index in consolidation.inputs.indices where consolidation.inputs[index].record.unit == nil {
            let path = "phan-hoi/chua-xac-dinh-\(unmatched.count + 1).xlsx"
            unmatched.append((consolidation.inputs[index].record.source, path))
            jobs.append(FeedbackJob(unit: nil, inputs: [index], path: path))
        }
        feedback = jobs
        reportOutputs = Report.Outputs(council: council,
                                       feedback: jobs.compactMap { job in job.unit.map { ($0.code, job.path) } },
                                       unmatched: unmatched)
    }
}
