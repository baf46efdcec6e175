import CXlsxWriter

/// How a cell looks. Each distinct style becomes one libxlsxwriter format, created once per workbook
/// (`XlsxBook.format(_:)`) and shared by every cell that uses it: never a format per cell.
struct CellStyle: Hashable {
    enum Horizontal: Hashable { case left, center, right }
    enum Vertical: Hashable { case top, center, bottom }

    /// Every workbook prints in Times New Roman, as Decree 30/2020 asks.
    static let fontName = "Times New Roman"

    var size: Double = 13
    var bold = false
    var italic = false
    var underlined = false
    var horizontal: Horizontal = .left
    var vertical: Vertical = .top
    var wrap = true
    /// Thin borders on all four sides (table cells).
    var boxed = false
    /// A thin rule under the cell only (the rules under the header block's names).
    var ruleBelow = false
    /// A solid background, 0xRRGGBB.
    var fill: UInt32?
    /// Cells a unit may type into on a protected sheet.
    var unlocked = false
    var numberFormat: String?

    /// Text in a dense table (12 pt, as the decree allows for tables).
    static let tableText = CellStyle(size: 12, boxed: true)
    /// Centred text in a dense table.
    static let tableCentered = CellStyle(size: 12, horizontal: .center, boxed: true)
    /// A table's column header: bold, centred, boxed.
    static let tableHeader = CellStyle(size: 12, bold: true, horizontal: .center, vertical: .center, boxed: true)
    /// Ordinary body text.
    static let body = CellStyle()
    /// A centred bold title.
    static let title = CellStyle(size: 14, bold: true, horizontal: .center, vertical: .center)

    /// Red fill for a cell with an error; amber for a warning; light amber for rows the council decides on.
    static let errorFill: UInt32 = 0xF4B6B6
    static let warningFill: UInt32 = 0xFFD966
    static let councilDecisionFill: UInt32 = 0xFFF2CC
    static let sectionFill: UInt32 = 0xE7E6E6

    /// A copy with some properties changed, to derive a style from a base one.
    func with(_ change: (inout CellStyle) -> Void) -> CellStyle {
        var copy = self
        change(&copy)
        return copy
    }

    /// Applies this style to a fresh libxlsxwriter format.
    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        format_set_font_name(format, Self.fontName)
        format_set_font_size(format, size)
        if bold { format_set_bold(format) }
        if italic { format_set_italic(format) }
        if underlined { format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        switch horizontal {
        case .left: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        }
        switch vertical {
        case .top: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        case .center: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        case .bottom: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_BOTTOM.rawValue))
        }
        if wrap { format_set_text_wrap(format) }
        if boxed { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if ruleBelow { format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if let fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, lxw_color_t(fill))
        }
        if unlocked { format_set_unlocked(format) }
        if let numberFormat { format_set_num_format(format, numberFormat) }
    }
}
