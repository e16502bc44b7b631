#pragma once
// Small drawing helpers shared by views. Text drawn here is recorded in the widget map.
#include <string>

namespace prm::ui {

void text(const std::string& s);
void textf(const char* fmt, ...);
void textColored(unsigned int rgba, const std::string& s);
void heading(const std::string& s);  // page title, larger and bold-ish
void hint(const std::string& s);     // grey help text, wrapped
void errorText(const std::string& s);
void okText(const std::string& s);
// A link-styled button ("[Change]"); returns true when clicked.
bool link(const char* label);

}  // namespace prm::ui
