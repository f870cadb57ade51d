// The per-form records of a dashboard (DashboardForm), kept in a spool
// (SpooledRecords: an anonymous temporary file, else memory) rather than in
// memory: a batch of 100,000 forms costs 8 bytes a form (its record's offset).
// Reading gives copies: by index, or in input order with a range-for.
#ifndef EVALSCORE_CLI_DASHBOARD_FORMS_H_
#define EVALSCORE_CLI_DASHBOARD_FORMS_H_

#include <cstdint>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "cli/spooled_names.h"

namespace evalscore::cli {

struct DashboardForm;

// A form's record as bytes and back (exposed for tests).
std::string SerialiseDashboardForm(const DashboardForm& form);
DashboardForm ParseDashboardForm(std::string_view bytes);

class DashboardForms {
 public:
  class Iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = DashboardForm;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = DashboardForm;
    Iterator(const DashboardForms* forms, size_t i) : forms_(forms), i_(i) {}
    DashboardForm operator*() const;
    Iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator==(const Iterator& other) const { return i_ == other.i_; }
    bool operator!=(const Iterator& other) const { return i_ != other.i_; }

   private:
    const DashboardForms* forms_;
    size_t i_;
  };

  void push_back(const DashboardForm& form);
  size_t size() const { return offsets_.size(); }
  bool empty() const { return offsets_.empty(); }
  // Form `i` (< size()); an empty record when reading back failed.
  DashboardForm operator[](size_t i) const;
  Iterator begin() const { return {this, 0}; }
  Iterator end() const { return {this, size()}; }

 private:
  std::shared_ptr<SpooledRecords> spool_;  // made at the first push_back
  std::vector<uint64_t> offsets_;
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_DASHBOARD_FORMS_H_
