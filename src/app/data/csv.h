#pragma once
// RFC 4180 CSV, read and written: our own small reader (see docs/DATA.md for why not libcsv).
// Fields separated by ',', records by CRLF, LF or CR; a field may be quoted ("...") and then hold
// commas, line breaks and doubled quotes (""). Input is UTF-8 with or without a BOM. The reader
// never throws: malformed input is a domain::Error whose message names the line and column.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.h"

namespace prm::app::csv {

// Size limits (docs/DATA.md, "Size limits"): anything the product writes, it reads back.
// Text files (CSV, JSON) are refused above kMaxFileBytes before parsing, and a CSV export above it
// is refused too, so every export imports again; 1,000,000 leads export to 252 MB.
constexpr std::size_t kMaxFileBytes = 512u * 1024u * 1024u;
// Org files (.sqlite): an org of 1,000,000 leads is 588 MB. 1024 MB is also the default maximum of
// SQLite's in-memory database, which holds the CLI's copy of an org and an upload while it is checked.
constexpr std::size_t kMaxOrgFileBytes = 1024u * 1024u * 1024u;
// "the file is 612.2 MB; the limit is 512 MB: split it into smaller files" (empty when within the limit).
// In the message language; an empty `what` is "the file" in it.
std::string sizeProblem(std::size_t bytes, const std::string& what = "", std::size_t limit = kMaxFileBytes);
// An org JSON export the importer would refuse: "the org as JSON is 684.7 MB, over the 512 MB limit
// of JSON files, so it could not be imported again; keep the org as a .sqlite file instead".
std::string jsonExportSizeProblem(std::size_t bytes);
// The same for an org file: "... the limit is 1024 MB for an org file".
std::string orgSizeProblem(std::size_t bytes, const std::string& what = "");

struct Record {
    std::vector<std::string> fields;
    int line = 0;  // line of the file where the record starts (1-based; a quoted line break spans lines)
};

struct Table {
    std::vector<std::string> header;  // the first record
    std::vector<Record> rows;         // the records after it; completely blank lines are skipped
    int headerLine = 1;
};

// Parses a whole CSV file. Refuses: an empty file, a binary file (NUL bytes), text that is not
// UTF-8, an unbalanced quote, text after a closing quote, a quote inside an unquoted field,
// a file over kMaxFileBytes. Rows may be ragged here; data_import reports them per row.
domain::Result<Table> parse(std::string_view bytes);

// Low-level: every record, the header included, with no checks on the header.
domain::Result<std::vector<Record>> parseRecords(std::string_view bytes);

// One field, quoted when it has to be (comma, quote, CR/LF, or leading/trailing space).
std::string quote(const std::string& field);

// Builds a CSV file: CRLF after every record, fields quoted only when needed.
class Writer {
public:
    // utf8Bom: start with EF BB BF so spreadsheet programs read ä and ö as UTF-8.
    explicit Writer(bool utf8Bom = true);
    void row(const std::vector<std::string>& fields);
    const std::string& str() const { return m_out; }
    std::string take() { return std::move(m_out); }

private:
    std::string m_out;
};

// Formula injection (docs/DATA.md, "Formulas"): a spreadsheet runs a cell that begins with = + - @,
// a tab or a CR. An export neutralises such a value by putting one more ' in front of any value
// matching ^'*[=+\-@\t\r] ("=1+2" → "'=1+2", "'=x" → "''=x"); an import removes exactly one leading '
// from a value matching ^'+[=+\-@\t\r]. Every value therefore comes back exactly as it was.
bool needsNeutralising(std::string_view value);
std::string neutralise(const std::string& value);
// The inverse of neutralise: the value the export started from.
std::string restoreNeutralised(const std::string& value);

// A number as an export writes it and an import reads it back to the same double: plain digits,
// '-' and '.', never an exponent ("9000000000000000", "0.1", "0.00001234", "1234.5678901234567").
std::string plainNumber(double value);

// True when s is valid UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
// On false, *badOffset (when given) is the offset of the first bad byte.
bool isValidUtf8(std::string_view s, std::size_t* badOffset = nullptr);

}  // namespace prm::app::csv
