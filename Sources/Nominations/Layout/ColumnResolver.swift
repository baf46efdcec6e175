import Campaign

/// Settles a read header into one column per field: the "Tên …" → name rule, two columns for one field, and
/// the `S-HEADER` findings for columns that are not read.
enum ColumnResolver {
    struct Resolution {
        var columns: [ColumnMapping]
        var findings: [Finding]
    }

    static func resolve(_ header: HeaderReading, sheet: String?, year: Int, campaign: Campaign) -> Resolution {
        let severity = campaign.severity(of: .sHeader)
        var findings: [Finding] = []
        var targets = header.columns.map(\.match.target)
        // When no column maps to name, a header beginning with "Tên" that maps to unit is the name ("Tên đơn vị").
        if !targets.contains(.field(.name)), let nameColumn = header.nameColumn,
           let index = header.columns.firstIndex(where: { $0.column == nameColumn }) {
            targets[index] = .field(.name)
        }

        var mappings = header.columns.indices.map { index -> ColumnMapping in
            let reading = header.columns[index]
            let target = targets[index]
            return ColumnMapping(column: reading.column, header: reading.header, field: target?.field,
                                 isRowNumber: target == .rowNumber, combinedDecision: target == .combinedDecision,
                                 headerYear: reading.words.year)
        }

        for (index, reading) in header.columns.enumerated() where targets[index] == nil {
            let message: Message
            if case .tie(let tied) = reading.match {
                message = LayoutMessages.tie(sheet: sheet, column: reading.column, header: reading.header, targets: tied)
            } else {
                message = LayoutMessages.unmapped(sheet: sheet, column: reading.column, header: reading.header)
            }
            findings.append(Finding(rule: .sHeader, severity: severity, message: message, column: reading.column))
        }

        // Two columns for one field: the one naming the run's year, then the closer match, then the first.
        for field in Field.allCases {
            let indexes = mappings.indices.filter { mappings[$0].field == field }
            guard indexes.count > 1, !indexes.allSatisfy({ header.columns[$0].sharesField }) else { continue }
            func rank(_ index: Int) -> (Int, Int, Int, Int) {
                let names = mappings[index].headerYear == year ? 0 : 1
                var exact = 1, leftover = Int.max
                if case .matched(_, let isExact, let left) = header.columns[index].match {
                    exact = isExact ? 0 : 1; leftover = left
                }
                return (names, exact, leftover, mappings[index].column)
            }
            guard let chosen = indexes.min(by: { rank($0) < rank($1) }) else { continue }
            for index in indexes where index != chosen {
                let message = LayoutMessages.duplicate(sheet: sheet, column: mappings[index].column, header: mappings[index].header,
                                                       field: field, chosenColumn: mappings[chosen].column,
                                                       chosenHeader: mappings[chosen].header)
                findings.append(Finding(rule: .sHeader, severity: severity, field: field, message: message, column: mappings[index].column))
                mappings[index].field = nil
                mappings[index].combinedDecision = false
            }
        }
        return Resolution(columns: mappings, findings: findings)
    }
}
