#include "cli/terminal_report.h"

#include <algorithm>
#include <string>
#include <utility>

#include "cli/hostile_text.h"

namespace evalscore::cli {
namespace {

// Escapes every string of a report in place; Markdown keeps line breaks (its
// cells turn them into <br>).
class Escaper {
 public:
  explicit Escaper(bool keep_newlines) : keep_newlines_(keep_newlines) {}

  void operator()(std::string* s) const {
    if (!IsTerminalSafe(*s, keep_newlines_)) *s = TerminalSafe(*s, keep_newlines_);
  }
  void operator()(OptText* t) const {
    if (*t) (*this)(&(*t)->value);
  }
  void operator()(Value* v) const {
    (*this)(&v->text);
    (*this)(&v->unit);
  }
  // A message's arguments (its templates are the catalogue's own words).
  void operator()(Message* m) const {
    for (MessageArg& a : m->args) {
      (*this)(&a.text);
      for (Message& inner : a.nested) (*this)(&inner);
    }
  }
  void operator()(Indicator* row) const {
    (*this)(&row->name.value);
    (*this)(&row->target);
    (*this)(&row->actual);
    (*this)(&row->deviation);
    for (Indicator& part : row->parts) (*this)(&part);
  }
  // Sheet and table names come from the workbook (an .xls sheet name is any bytes).
  void operator()(std::vector<SourcePart>* parts) const {
    for (SourcePart& part : *parts) (*this)(&part.name);
  }
  void operator()(Project* p) const {
    for (OptText* t : {&p->name, &p->department, &p->unit, &p->rules, &p->goal_planned,
                       &p->goal_achieved, &p->reported_grade}) {
      (*this)(t);
    }
    (*this)(&p->source_parts);
    for (IndicatorCategory& c : p->categories) {
      (*this)(&c.name.value);
      for (IndicatorGroup& g : c.groups) {
        (*this)(&g.name.value);
        for (Indicator& row : g.indicators) (*this)(&row);
      }
    }
  }
  // The scores' copies of the names and values (the tree's `form` pointers
  // already point at the project escaped above).
  void operator()(Evaluation* e) const {
    (*this)(&e->project);
    for (IndicatorBlock& b : e->project.blocks) (*this)(&b.name.value);
    (*this)(&e->totals.grade);
    for (CategoryEvaluation& c : e->categories) {
      for (GroupEvaluation& g : c.groups) {
        for (RowEvaluation& r : g.rows) {
          IndicatorScore& row = r.score;
          for (std::string* t : {&row.category, &row.group, &row.name}) (*this)(t);
          (*this)(&row.note);
          (*this)(&row.target);
          (*this)(&row.actual);
        }
      }
    }
  }

 private:
  bool keep_newlines_;
};

class TerminalSafeRenderer : public Renderer {
 public:
  TerminalSafeRenderer(std::unique_ptr<Renderer> inner, bool keep_newlines)
      : inner_(std::move(inner)), keep_newlines_(keep_newlines) {}
  void Add(const FileReport& report) override {
    inner_->Add(TerminalSafeReport(report, keep_newlines_));
  }
  // Batch findings quote names and paths from the forms: escaped like the
  // reports. The escaped copies go to `inner_` kChunk at a time (AddBatch may be
  // called several times), so the copy never doubles a big batch's findings.
  void AddBatch(const std::vector<BatchFinding>& findings) override {
    constexpr size_t kChunk = 256;
    const Escaper escape(keep_newlines_);
    if (findings.empty()) return inner_->AddBatch(findings);
    for (size_t from = 0; from < findings.size(); from += kChunk) {
      const auto begin = findings.begin() + static_cast<std::ptrdiff_t>(from);
      std::vector<BatchFinding> safe(
          begin, begin + static_cast<std::ptrdiff_t>(std::min(kChunk, findings.size() - from)));
      for (BatchFinding& f : safe) {
        escape(&f.file);
        escape(&f.diagnostic.message);
        escape(&f.source_parts);
      }
      inner_->AddBatch(safe);
    }
  }
  void Finish() override { inner_->Finish(); }

 private:
  std::unique_ptr<Renderer> inner_;
  bool keep_newlines_;
};

}  // namespace

FileReport TerminalSafeReport(const FileReport& report, bool keep_newlines) {
  const Escaper escape(keep_newlines);
  FileReport safe = report;
  escape(&safe.path);
  escape(&safe.eval.profile.name);
  escape(&safe.eval.profile.source);
  for (Error& e : safe.errors) escape(&e.message);
  for (Diagnostic& d : safe.eval.diagnostics) escape(&d.message);
  escape(&safe.eval);
  return safe;
}

std::unique_ptr<Renderer> MakeTerminalSafeRenderer(std::unique_ptr<Renderer> inner,
                                                   bool keep_newlines) {
  return std::make_unique<TerminalSafeRenderer>(std::move(inner), keep_newlines);
}

}  // namespace evalscore::cli
