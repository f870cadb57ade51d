// Result<T, E>: a value or an error, the return type of every core function that
// can fail on bad input. Modelled on std::expected so a later move is an alias.
//
//   Result<Project> r = LoadProject(text);
//   if (!r) return r.error();
//   const Project& p = r.value();
#ifndef EVALSCORE_RESULT_H_
#define EVALSCORE_RESULT_H_

#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "evalscore/location.h"
#include "evalscore/message.h"

namespace evalscore {

// A problem with an input: a message of the catalogue (its id gives the input
// error code ES0xx, InputErrorCodeOf), with where it is when known.
struct Error {
  Message message;
  Location where;

  bool operator==(const Error&) const = default;
};

using Errors = std::vector<Error>;

template <typename T, typename E = Errors>
class Result {
 public:
  Result(T value) : data_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit
  Result(E error) : data_(std::in_place_index<1>, std::move(error)) {}  // NOLINT: implicit

  bool has_value() const { return data_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  // REQUIRES: has_value().
  const T& value() const& { return std::get<0>(data_); }
  T& value() & { return std::get<0>(data_); }
  T&& value() && { return std::get<0>(std::move(data_)); }

  // REQUIRES: !has_value().
  const E& error() const { return std::get<1>(data_); }

 private:
  std::variant<T, E> data_;
};

}  // namespace evalscore

#endif  // EVALSCORE_RESULT_H_
