#pragma once
// Result<T>: an expected failure (validation, constraint, bad file) carried as a message a user can act on.
#include <optional>
#include <string>
#include <utility>

namespace prm::domain {

struct Error {
    std::string message;  // what happened and what to do next, in words a user can act on
    std::string field;    // the input that caused it ("" when none); the UI shows the message next to it
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}
    static Result fail(std::string message, std::string field = {}) { return Result(Error{std::move(message), std::move(field)}); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }
    const std::string& message() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

struct Unit {};
using Status = Result<Unit>;
inline Status okStatus() { return Status(Unit{}); }

}  // namespace prm::domain
