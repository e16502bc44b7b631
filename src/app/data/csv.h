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

// Every file the sandbox reads (CSV, JSON, .sqlite) is refused above this size, before parsing.
constexpr std::size_t kMaxFileBytes = 50u * 1024u * 1024u;
// "the file is 61.2 MB; the limit is 50 MB: split it into smaller files" (empty when within the limit).
std::string sizeProblem(std::size_t bytes, const std::string& what = "the file");

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

// True when s is valid UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
// On false, *badOffset (when given) is the offset of the first bad byte.
bool isValidUtf8(std::string_view s, std::size_t* badOffset = nullptr);

}  // namespace prm::app::csv
