import Foundation
import Campaign
import Consolidation

/// What every workbook the tool writes needs besides its data.
public struct WorkbookContext: Sendable {
    public var campaign: Campaign
    /// The award year.
    public var year: Int
    public var language: Language
    /// The day printed in the place-and-date line (the run's day in the campaign's time zone, or the day of
    /// `SOURCE_DATE_EPOCH`).
    public var printDay: (year: Int, month: Int, day: Int)
    /// The document's creation time: 00:00 of `printDay` in the campaign's time zone.
    public var createdAt: Date

    public init(campaign: Campaign, year: Int, language: Language, printDay: (year: Int, month: Int, day: Int), createdAt: Date) {
        self.campaign = campaign; self.year = year; self.language = language; self.printDay = printDay; self.createdAt = createdAt
    }
}

/// Error writing a workbook (libxlsxwriter's error, or the file system's).
public struct WorkbookWriteError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// The council's workbook: the consolidated list, the rows not eligible, the summary per unit, the sources.
public enum CouncilWorkbook {
    /// Writes the workbook to `path` (the caller writes to a temporary name and renames it).
    public static func write(_ consolidation: Consolidation, context: WorkbookContext, to path: String) throws {
        // STUB
    }
}

/// One unit's feedback workbook: its rows as sent, each cell with a finding highlighted and explained.
public enum FeedbackWorkbook {
    /// Writes the feedback of `unit` (nil: an input of no known unit) covering the inputs at `inputIndices` of
    /// `consolidation` and their rows.
    public static func write(unit: RegisteredUnit?, inputIndices: [Int], of consolidation: Consolidation, context: WorkbookContext, to path: String) throws {
        // STUB
    }
}

/// The blank submission workbook units fill in.
public enum TemplateWorkbook {
    public static func write(campaign: Campaign, unit: RegisteredUnit?, year: Int, language: Language, printDay: (year: Int, month: Int, day: Int), createdAt: Date, to path: String) throws {
        // STUB
    }
}
