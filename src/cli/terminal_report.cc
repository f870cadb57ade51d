#include "cli/terminal_report.h"

#include <string>
#include <utility>

#include "cli/hostile_text.h"

namespace evalscore::cli {
namespace {

// Set per report: Markdown keeps line breaks (its cells turn them into <br>).
thread_local bool tl_keep_newlines = false;

void Escape(std::string* s) {
  if (!IsTerminalSafe(*s, tl_keep_newlines)) *s = TerminalSafe(*s, tl_keep_newlines);
}

void Escape(OptText* t) {
  if (*t) Escape(&(*t)->value);
}

void Escape(Value* v) {
  Escape(&v->text);
  Escape(&v->unit);
}

void Escape(Indicator* row) {
  Escape(&row->name.value);
  Escape(&row->target);
  Escape(&row->actual);
  Escape(&row->deviation);
  for (Indicator& part : row->parts) Escape(&part);
}

void Escape(Project* p) {
  for (OptText* t : {&p->name, &p->department, &p->unit, &p->rules, &p->goal_planned,
                     &p->goal_achieved, &p->reported_grade}) {
    Escape(t);
  }
  for (IndicatorCategory& c : p->categories) {
    Escape(&c.name.value);
    for (IndicatorGroup& g : c.groups) {
      Escape(&g.name.value);
      for (Indicator& row : g.indicators) Escape(&row);
    }
  }
}

void Escape(ProjectScore* s) {
  Escape(&s->grade);
  for (IndicatorScore& row : s->indicators) {
    for (std::string* t : {&row.category, &row.group, &row.name, &row.note}) Escape(t);
    Escape(&row.target);
    Escape(&row.actual);
  }
  for (CategoryScore& c : s->categories) {
    Escape(&c.name);
    for (GroupScore& g : c.groups) Escape(&g.name);
  }
}

class TerminalSafeRenderer : public Renderer {
 public:
  TerminalSafeRenderer(std::unique_ptr<Renderer> inner, bool keep_newlines)
      : inner_(std::move(inner)), keep_newlines_(keep_newlines) {}
  void Add(const FileReport& report) override {
    inner_->Add(TerminalSafeReport(report, keep_newlines_));
  }
  void Finish() override { inner_->Finish(); }

 private:
  std::unique_ptr<Renderer> inner_;
  bool keep_newlines_;
};

}  // namespace

FileReport TerminalSafeReport(const FileReport& report, bool keep_newlines) {
  tl_keep_newlines = keep_newlines;
  FileReport safe = report;
  Escape(&safe.path);
  Escape(&safe.profile_name);
  Escape(&safe.profile_source);
  for (Error& e : safe.errors) Escape(&e.message);
  for (Diagnostic& d : safe.diagnostics) Escape(&d.message);
  Escape(&safe.project);
  Escape(&safe.score);
  return safe;
}

std::unique_ptr<Renderer> MakeTerminalSafeRenderer(std::unique_ptr<Renderer> inner,
                                                   bool keep_newlines) {
  return std::make_unique<TerminalSafeRenderer>(std::move(inner), keep_newlines);
}

}  // namespace evalscore::cli
