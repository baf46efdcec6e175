/// Picks the delimiter of a CSV or text file among comma, semicolon and tab from the first records: the one
/// that splits most records into the same number (two or more) of fields, quotes respected. Excel pads every
/// record to the same width, so its files give a clear answer; title rows of one field are ignored.
enum DelimiterSniffer {
    /// How much of the file is looked at: enough for the title, header and a few data rows.
    static let sampleBytes = 64 << 10
    static let sampleRecords = 100

    /// The delimiter byte; `preferTab` (UTF-16 "Unicode text") decides ties in favour of tab, otherwise the
    /// order is comma, semicolon, tab. A file of one column gets the preferred delimiter.
    static func sniff(_ bytes: UnsafeBufferPointer<UInt8>, preferTab: Bool) -> UInt8 {
        let comma = UInt8(ascii: ","), semicolon = UInt8(ascii: ";"), tab = UInt8(ascii: "\t")
        let candidates = preferTab ? [tab, comma, semicolon] : [comma, semicolon, tab]
        var best = candidates[0]
        var bestScore = (records: 0, fields: 0)
        for candidate in candidates {
            let score = consistency(of: candidate, in: bytes)
            // Equal consistency: the delimiter that makes more fields (a comma inside text makes fewer).
            if score.records > bestScore.records || (score.records == bestScore.records && score.fields > bestScore.fields) {
                best = candidate
                bestScore = score
            }
        }
        return best
    }

    /// The most common field count of two or more among the sampled records, and how many records have it.
    static func consistency(of delimiter: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> (records: Int, fields: Int) {
        let limit = min(bytes.count, sampleBytes)
        var counts: [Int] = []
        var fields = 1
        var inQuotes = false
        var index = 0
        var recordHasContent = false
        var atFieldStart = true
        while index < limit, counts.count < sampleRecords {
            let byte = bytes[index]
            if inQuotes {
                // A doubled quote is a quote; a single one closes the field's quoted part.
                if byte == CSVScanner.quote {
                    if index + 1 < limit, bytes[index + 1] == CSVScanner.quote { index += 1 } else { inQuotes = false }
                }
            } else if byte == CSVScanner.quote, atFieldStart {
                // Only a quote that opens a field quotes (as the scanner reads it): 5" tall is text.
                inQuotes = true
                recordHasContent = true
                atFieldStart = false
            } else if byte == delimiter {
                fields += 1
                atFieldStart = true
            } else if byte == CSVScanner.lineFeed || byte == CSVScanner.carriageReturn {
                if recordHasContent || fields > 1 { counts.append(fields) }
                fields = 1
                recordHasContent = false
                atFieldStart = true
                if byte == CSVScanner.carriageReturn, index + 1 < limit, bytes[index + 1] == CSVScanner.lineFeed { index += 1 }
            } else {
                recordHasContent = true
                atFieldStart = false
            }
            index += 1
        }
        // The last record counts only when the whole file was read (a cut record would miscount).
        if limit == bytes.count, recordHasContent || fields > 1 { counts.append(fields) }
        var frequency: [Int: Int] = [:]
        for fieldCount in counts where fieldCount > 1 { frequency[fieldCount, default: 0] += 1 }
        let mode = frequency.max { ($0.value, $0.key) < ($1.value, $1.key) }
        return (mode?.value ?? 0, mode?.key ?? 0)
    }
}
