// Where something is in an input text: 1-based line and column, or unknown.
#ifndef EVALSCORE_LOCATION_H_
#define EVALSCORE_LOCATION_H_

namespace evalscore {

struct Location {
  int line = 0;    // 1-based; 0 = unknown
  int column = 0;  // 1-based; 0 = unknown

  bool known() const { return line > 0; }
  bool operator==(const Location&) const = default;
};

// A value together with where it was written.
template <typename T>
struct Located {
  T value{};
  Location where;
};

}  // namespace evalscore

#endif  // EVALSCORE_LOCATION_H_
