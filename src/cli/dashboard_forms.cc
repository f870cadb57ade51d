#include "cli/dashboard_forms.h"

#include "cli/dashboard_data.h"
#include "cli/record_fields.h"

namespace evalscore::cli {
namespace {

void PutMessage(RecordWriter& w, const Message& m) {
  w.Text(m.id).Number<uint64_t>(m.args.size());
  for (const MessageArg& a : m.args) {
    w.Text(a.name).Text(a.text).Optional(a.number).Number<uint64_t>(a.nested.size());
    for (const Message& inner : a.nested) PutMessage(w, inner);
  }
}

Message GetMessage(RecordReader& in) {
  Message m;
  m.id = in.Text();
  for (auto n = in.Number<uint64_t>(); n > 0 && in.ok(); --n) {
    MessageArg a;
    a.name = in.Text();
    a.text = in.Text();
    a.number = in.Optional();
    for (auto k = in.Number<uint64_t>(); k > 0 && in.ok(); --k) a.nested.push_back(GetMessage(in));
    m.args.push_back(std::move(a));
  }
  return m;
}

void PutSize(RecordWriter& w, size_t n) { w.Number<uint64_t>(n); }
size_t GetSize(RecordReader& in) { return static_cast<size_t>(in.Number<uint64_t>()); }

}  // namespace

std::string SerialiseDashboardForm(const DashboardForm& f) {
  RecordWriter w;
  PutSize(w, f.number);
  w.Text(f.path).Text(f.name).Text(f.department).Text(f.unit).Number<uint8_t>(f.scored);
  PutMessage(w, f.error);
  w.Number<uint8_t>(f.incomplete).Text(f.incomplete_why).Number(f.max_total).Number(f.total);
  w.Number(f.total_pct).Optional(f.self_score).Number<uint8_t>(f.self_score_from_rows);
  w.Optional(f.self_pct).Optional(f.over).Optional(f.over_pct).Optional(f.rate);
  w.Text(f.grade).Text(f.reported_grade);
  PutSize(w, f.errors);
  PutSize(w, f.warnings);
  PutSize(w, f.infos);
  PutSize(w, f.codes.size());
  for (const auto& [code, n] : f.codes) {
    w.Text(code);
    PutSize(w, n);
  }
  PutSize(w, f.rows);
  PutSize(w, f.qualitative_rows);
  PutSize(w, f.rows_self_scored);
  PutSize(w, f.rows_full_marks);
  w.Number<uint8_t>(f.full_marks_no_money);
  PutSize(w, f.reasons.size());
  for (const std::string& reason : f.reasons) w.Text(reason);
  w.Optional(f.reviewed_total).Text(f.reviewed_grade);
  return w.bytes();
}

DashboardForm ParseDashboardForm(std::string_view bytes) {
  RecordReader in(bytes);
  DashboardForm f;
  f.number = GetSize(in);
  f.path = in.Text();
  f.name = in.Text();
  f.department = in.Text();
  f.unit = in.Text();
  f.scored = in.Number<uint8_t>() != 0;
  f.error = GetMessage(in);
  f.incomplete = in.Number<uint8_t>() != 0;
  f.incomplete_why = in.Text();
  f.max_total = in.Number<double>();
  f.total = in.Number<double>();
  f.total_pct = in.Number<double>();
  f.self_score = in.Optional();
  f.self_score_from_rows = in.Number<uint8_t>() != 0;
  f.self_pct = in.Optional();
  f.over = in.Optional();
  f.over_pct = in.Optional();
  f.rate = in.Optional();
  f.grade = in.Text();
  f.reported_grade = in.Text();
  f.errors = GetSize(in);
  f.warnings = GetSize(in);
  f.infos = GetSize(in);
  for (size_t n = GetSize(in); n > 0 && in.ok(); --n) {
    std::string code = in.Text();
    f.codes.emplace_back(std::move(code), GetSize(in));
  }
  f.rows = GetSize(in);
  f.qualitative_rows = GetSize(in);
  f.rows_self_scored = GetSize(in);
  f.rows_full_marks = GetSize(in);
  f.full_marks_no_money = in.Number<uint8_t>() != 0;
  for (size_t n = GetSize(in); n > 0 && in.ok(); --n) f.reasons.push_back(in.Text());
  f.reviewed_total = in.Optional();
  f.reviewed_grade = in.Text();
  return f;
}

DashboardForm DashboardForms::Iterator::operator*() const { return (*forms_)[i_]; }

void DashboardForms::push_back(const DashboardForm& form) {
  if (!spool_) spool_ = std::make_shared<SpooledRecords>();
  offsets_.push_back(spool_->Add(SerialiseDashboardForm(form)));
}

DashboardForm DashboardForms::operator[](size_t i) const {
  if (i >= offsets_.size()) return DashboardForm{};
  const std::optional<std::string> bytes = spool_->Read(offsets_[i]);
  return bytes ? ParseDashboardForm(*bytes) : DashboardForm{};
}

}  // namespace evalscore::cli
