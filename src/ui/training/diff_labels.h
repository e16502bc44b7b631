#pragma once
// How "Compare with now" names a changed field and shows its values: field labels by table and column,
// through tr(), and values as a person reads them (Off/On, a date, a record's name).
#include <string>

#include "app/training/org_diff.h"

namespace prm::ui {

// "Lead Owner" for ("leads", "owner"), "Partner Relationship Management" for ("org", "prm_enabled");
// a column without a label is spelt out in words ("annual revenue").
std::string diffFieldLabel(const std::string& table, const std::string& key);
// Off / On, a date, the record's name, the text; "(empty)" when there is none.
std::string diffValueText(const app::DiffValue& v);
// "Lead Owner: Emma Wilson → Sanna Lehtonen"
std::string diffChangeLine(const app::FieldChange& f);

}  // namespace prm::ui
