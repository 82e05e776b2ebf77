#pragma once

#include <string>
#include <utility>
#include <variant>

namespace cloudtour::core {

/// One problem, worded for a person: what is wrong and where (file, and line:column or JSON pointer
/// when there is one). Module boundaries return these instead of throwing.
struct Error {
    std::string message;
};

/// The value of an operation that can fail, or the error that stopped it (a small std::expected,
/// which GCC 12 offers only in C++23).
template <typename T>
class Result {
public:
    Result(T value) : mState(std::move(value)) {}
    Result(Error error) : mState(std::move(error)) {}

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(mState); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(mState); }
    const T& value() const& { return std::get<T>(mState); }
    T&& value() && { return std::get<T>(std::move(mState)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    [[nodiscard]] const Error& error() const { return std::get<Error>(mState); }

private:
    std::variant<T, Error> mState;
};

/// Builds an Error whose message starts with the file it concerns: "FILE: what".
Error fileError(const std::string& path, const std::string& what);

} // namespace cloudtour::core
