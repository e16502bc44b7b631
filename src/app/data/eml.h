#pragma once
// Outbox e-mails as .eml files (RFC 5322 + MIME) that mail programs open: CRLF line endings,
// non-ASCII header text as RFC 2047 encoded-words (=?UTF-8?B?...?=), a text/plain UTF-8 body in
// quoted-printable, an RFC 5322 Date and a Message-ID. See docs/DATA.md.
#include <string>

#include "domain/result.h"
#include "domain/types.h"
#include "store/db.h"

namespace prm::app::eml {

using domain::Id;
using domain::TimeMs;

struct Message {
    std::string fromName;     // "Pohjola Tech Oy" (may be non-ASCII)
    std::string fromAddress;  // "no-reply@prm-sandbox.invalid"
    std::string toName;       // "" when unknown
    std::string toAddress;
    std::string subject;
    std::string body;         // UTF-8, lines separated by \n or \r\n
    TimeMs sentAt = 0;
    std::string messageId;    // without the angle brackets: "outbox-42.1700000000000@prm-sandbox.invalid"
    std::string kind;         // written as X-PRM-Kind when not empty
};

// The whole .eml file.
std::string format(const Message& m);

struct File {
    std::string filename;  // "email-42.eml"
    std::string content;
};
// The outbox e-mail with that id as an .eml file; an error when there is none.
domain::Result<File> outboxEmail(store::Db& db, Id emailId);

// ---- building blocks (exposed for tests) ------------------------------------------------------
// "Tue, 14 Nov 2023 22:13:20 +0000" (UTC).
std::string rfc5322Date(TimeMs ms);
// "2023-11-14T22:13:20.000Z": the date-time form Data Loader writes in CSV exports.
std::string iso8601(TimeMs ms);
// Header text: as is when printable ASCII, else one or more =?UTF-8?B?...?= words (each at most
// 75 characters, split between whole UTF-8 characters) joined by CRLF + space. Line breaks become spaces.
std::string encodeHeaderText(const std::string& text);
// "Name <address>", the name quoted or encoded as needed; just the address when name is empty.
std::string mailbox(const std::string& name, const std::string& address);
// Quoted-printable (RFC 2045) with CRLF hard line breaks and soft breaks keeping lines within 76 characters.
std::string quotedPrintable(const std::string& text);

}  // namespace prm::app::eml
