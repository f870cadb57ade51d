// -f xlsx: the 自评表 as a workbook. A summary sheet (the CSV columns, one row
// per input) comes first, then one sheet per scored project laid out like the
// official form, with the recomputed scores beside the reported ones.
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

#include <xlsxwriter.h>

#include "cli/batch_summary.h"
#include "cli/dashboard_data.h"
#include "cli/dashboard_xlsx.h"
#include "cli/documents.h"
#include "cli/form_cells.h"
#include "cli/form_headings.h"
#include "cli/group_table.h"
#include "cli/hostile_text.h"
#include "cli/private_temp_dir.h"
#include "cli/sheet_xml_writer.h"
#include "cli/spooled_names.h"
#include "cli/xlsx_form_sheet.h"
#include "cli/xlsx_internal_links.h"
#include "cli/xlsx_package_merge.h"
#include "cli/xlsx_sheet.h"
#include "cli/zip_stream_writer.h"

namespace evalscore::cli {
namespace {

constexpr size_t kSummaryRows = 65530;  // Excel's limit of links in one worksheet

// The CSV columns (render_csv.cc), in order. execution_rate is a fraction
// shown as a percentage; numbers are numbers.
const char* const kSummaryColumns[] = {
    "path",           "status",        "project",        "year",           "department",
    "unit",           "profile",       "execution_rate", "budget_score",   "indicator_score",
    "total",          "max_total",     "grade",          "reported_total", "reported_grade",
    "difference",     "errors",        "warnings",       "infos",          "message",
    "reviewed_total", "reviewed_grade"};
constexpr lxw_col_t kSummaryLast = 21;
constexpr lxw_col_t kSummaryMessage = 19;  // "message": empty on a scored row

// True when a text of `p` exceeds what one cell holds (Sheet::Fit cuts it).
bool HasOverlongText(const Project& p) {
  const auto too_long = [](const OptText& t) {
    return t && t->value.size() > kMaxCellChars && Sheet::Fit(t->value).size() < t->value.size();
  };
  if (too_long(p.name) || too_long(p.department) || too_long(p.unit) || too_long(p.goal_planned) ||
      too_long(p.goal_achieved)) {
    return true;
  }
  for (const IndicatorCategory& c : p.categories) {
    for (const IndicatorGroup& g : c.groups) {
      for (const Indicator& row : g.indicators) {
        if (too_long(OptText(row.name)) || too_long(row.target) || too_long(row.actual) ||
            too_long(row.deviation)) {
          return true;
        }
      }
    }
  }
  return false;
}

// A summary sheet and the links from its project names to the form sheets.
struct Summary {
  Sheet sheet;
  std::string part;  // its part in libxlsxwriter's workbook
  std::unique_ptr<InternalLinks> links;
};

// One summary row for `r`; `sheet` names its form sheet (scored inputs).
void SummaryRow(Summary& summary, const Formats& f, lxw_row_t row, const FileReport& r,
                const std::string& sheet) {
  Sheet& s = summary.sheet;
  s.Text(row, 0, r.path, nullptr);
  if (r.status == FileStatus::kError) {
    s.Text(row, 1, "error", nullptr);
    if (r.errors.empty()) return;
    const Error& e = r.errors.front();
    std::string message = RenderMessage(e.message, Lang::kEn);
    if (e.where.known())
      message = FormatLocation(e.where, r.eval.project.source_parts) + ": " + message;
    return s.Text(row, kSummaryMessage, message, nullptr);
  }
  const Project& p = r.eval.project;
  const Totals& sc = r.eval.totals;
  const BudgetScore& funds = r.eval.funds;
  s.Text(row, 1, "scored", nullptr);
  const std::string shown = Sheet::Fit(p.name ? p.name->value : sheet);
  s.Text(row, 2, shown, f.link);
  summary.links->Add(row, 2, sheet, shown);  // to the project's form sheet
  if (p.year) s.Num(row, 3, p.year->value, f.sum_count);
  s.Text(row, 4, Opt(p.department), nullptr);
  s.Text(row, 5, Opt(p.unit), nullptr);
  s.Text(row, 6, r.ProfileLabel(), nullptr);
  if (funds.status == BudgetStatus::kScored) {
    s.Num(row, 7, RoundScore(funds.rate * 100, 2, RoundMode::kHalfUp) / 100, f.sum_percent);
  }
  if (funds.status != BudgetStatus::kMissing) s.Num(row, 8, funds.score, f.sum_score);
  s.Num(row, 9, sc.indicator_score, f.sum_score);
  s.Num(row, 10, sc.total, f.sum_score);
  s.Num(row, 11, sc.max_total, nullptr);
  s.Text(row, 12, sc.grade, nullptr);
  if (p.reported_total) {
    const double diff = p.reported_total->value - sc.total;
    s.Num(row, 13, p.reported_total->value, f.sum_score);
    s.Num(row, 15, diff,
          Differs(p.reported_total->value, sc.total, r.eval.profile.score_tolerance)
              ? f.sum_score_hi
              : f.sum_score);
  }
  s.Text(row, 14, Opt(p.reported_grade), nullptr);
  s.Num(row, 16, static_cast<double>(r.Count(Severity::kError)), f.sum_count);
  s.Num(row, 17, static_cast<double>(r.Count(Severity::kWarning)), f.sum_count);
  s.Num(row, 18, static_cast<double>(r.Count(Severity::kInfo)), f.sum_count);
  if (r.reviewed.any) {
    s.Num(row, 20, r.reviewed.total, f.sum_score);
    s.Text(row, 21, r.reviewed.grade, nullptr);
  }
  if (HasOverlongText(p)) {
    s.Text(row, kSummaryMessage,
           "text longer than Excel's 32,767-character cell limit was cut (see the other formats)",
           nullptr);
  }
}

// Conditional colours of the summary: over-statement red, under-statement
// blue, execution below `low_execution` amber, rows with errors red.
void SummaryColours(lxw_workbook* wb, Sheet& s, lxw_row_t last, double low_execution) {
  if (last == 0) return;
  const auto rule = [&](lxw_col_t col, uint8_t criteria, double value, lxw_color_t fill) {
    lxw_format* f = workbook_add_format(wb);
    format_set_bg_color(f, fill);
    lxw_conditional_format c{};
    c.type = LXW_CONDITIONAL_TYPE_CELL;
    c.criteria = criteria;
    c.value = value;
    c.format = f;
    s.Check(worksheet_conditional_format_range(s.get(), 1, col, last, col, &c));
  };
  rule(15, LXW_CONDITIONAL_CRITERIA_GREATER_THAN, 0.01, 0xF4B6B0);  // difference > 0
  rule(15, LXW_CONDITIONAL_CRITERIA_LESS_THAN, -0.01, 0xBDD7EE);
  rule(7, LXW_CONDITIONAL_CRITERIA_LESS_THAN, low_execution, 0xFFE699);
  rule(16, LXW_CONDITIONAL_CRITERIA_GREATER_THAN, 0, 0xF4B6B0);  // errors
  lxw_conditional_format bar{};
  bar.type = LXW_CONDITIONAL_DATA_BAR;
  s.Check(worksheet_conditional_format_range(s.get(), 1, 10, last, 10, &bar));  // total
}

time_t CreationTime() {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (epoch != nullptr && *epoch != '\0') {
    char* end = nullptr;
    const long long seconds = std::strtoll(epoch, &end, 10);
    if (*end == '\0' && seconds > 0) return static_cast<time_t>(seconds);
  }
  return 946684800;  // 2000-01-01T00:00:00Z
}

// Writes each report as it comes, in input order, and keeps none: its summary
// row goes to libxlsxwriter's summary sheet (constant_memory: the rows wait in
// a temporary file in a private directory) and, when scored, its form sheet is
// made as XML and written at once into the output zip, keeping only the
// sheet's name (in a file, SpooledNames). The dashboard and --group-by sheets
// come right after the first summary sheet but are filled in Finish() from a
// small record per form (DashboardBuilder, the batch summary). Finish() closes
// libxlsxwriter's workbook (in the private directory) and copies it into the
// output zip with the form sheets added (xlsx_package_merge.h).
class XlsxRenderer : public Renderer {
 public:
  XlsxRenderer(const RenderOptions& options, std::string path, std::string* error)
      : chinese_(options.style.lang == Lang::kZh || options.csv_chinese_headers),
        group_by_(options.group_by),
        summary_(options.summary),
        digits_(std::max<size_t>(2, std::to_string(options.expected_reports).size())),
        path_(std::move(path)),
        shown_path_(options.output_path.empty() ? path_ : options.output_path),
        error_(*error) {
    Open();
  }
  // Finish() never ran or failed: the summary sheets' row files are closed
  // (lxw_workbook_free leaves them open); the caller drops the output file.
  ~XlsxRenderer() override {
    if (wb_ == nullptr) return;
    lxw_worksheet* ws = nullptr;
    LXW_FOREACH_WORKSHEET(ws, wb_) {
      if (ws->optimize_tmpfile != nullptr) std::fclose(ws->optimize_tmpfile);
      ws->optimize_tmpfile = nullptr;
      ws->file = nullptr;
    }
    lxw_workbook_free(wb_);
  }
  XlsxRenderer(const XlsxRenderer&) = delete;
  XlsxRenderer& operator=(const XlsxRenderer&) = delete;

  void Add(const FileReport& r) override {
    if (!Open()) return;
    const size_t i = added_++;
    if (i > 0 && i % kSummaryRows == 0) summaries_.push_back(AddSummary(summaries_.size() + 1));
    dashboard_.Add(r);
    const std::string title = r.eval.project.name ? r.eval.project.name->value : r.path;
    const std::string name = SheetName(i + 1, digits_, title);
    SummaryRow(summaries_.back(), *formats_, static_cast<lxw_row_t>(i % kSummaryRows + 1), r, name);
    if (r.status == FileStatus::kScored) AddFormSheet(r, name);
  }

  // Fills the dashboard (and group) sheet, finishes the summary sheets and
  // writes the workbook to path_; any failure ends up in error_.
  void Finish() override {
    if (!Open()) return;
    double low_execution = 0;
    {  // the records go before the workbook is assembled
      const Dashboard dashboard = std::move(dashboard_).Build();
      const DashboardSheets sheets{dashboard_sheet_, kDashboardName, scatter_sheet_, kScatterName};
      WriteDashboardSheet(wb_, sheets, dashboard, &write_error_);
      low_execution = dashboard.low_execution;
    }
    if (group_sheet_ != nullptr) WriteGroupSheet(*group_sheet_);
    for (size_t part = 0; part < summaries_.size(); ++part) {
      const size_t rows = std::min(kSummaryRows, added_ - part * kSummaryRows);
      FinishSummary(summaries_[part].sheet, rows, low_execution);
    }
    worksheet_activate(summaries_.front().sheet.get());
    if (write_error_.empty() && !names_->ok()) {
      write_error_ = "xlsx: writing the list of sheet names in " + temp_dir_->path() + " failed";
    }
    if (!write_error_.empty()) {  // a sheet may be incomplete: no file (the destructor frees)
      error_ = write_error_;
      return;
    }
    if (!CloseBook()) return;
    SheetLinks links;
    for (Summary& summary : summaries_) links[summary.part] = summary.links.get();
    if (!MergeWorkbookInto(book_path_, base_sheets_, *names_, links, *zip_, &error_)) return;
    if (!zip_->Close()) error_ = zip_->error();
    zip_.reset();
    names_.reset();
    temp_dir_.reset();  // its files are gone; the directory goes too
  }

 private:
  static constexpr const char* kDashboardName = "概览 dashboard";
  static constexpr const char* kScatterName = "散点 scatter data";

  // The form sheet of `r`, named `name`, into the output zip.
  void AddFormSheet(const FileReport& r, const std::string& name) {
    SheetXmlWriter xml;
    Sheet sheet(&xml, &write_error_);
    WriteFormSheet(sheet, *formats_, r);
    names_->Add(name);
    const std::string part = WorksheetPart(base_sheets_ + names_->size());
    const bool written = zip_->Begin(part) && zip_->Write(xml.Xml()) && zip_->End();
    if (!written && write_error_.empty()) write_error_ = zip_->error();
  }

  // Writes libxlsxwriter's workbook to book_path_; false with error_ set.
  bool CloseBook() {
    temp_dir_->UnlinkOnSignal(book_path_);
    errno = 0;
    const lxw_error closed = workbook_close(wb_);
    wb_ = nullptr;
    if (closed == LXW_NO_ERROR) return true;
    error_ = "writing the xlsx workbook " + shown_path_ + " failed: " + lxw_strerror(closed);
    if (errno != 0) error_ += std::string(" (") + std::strerror(errno) + ")";
    ::unlink(book_path_.c_str());
    return false;
  }

  // Creates the output zip, libxlsxwriter's workbook and its first sheets
  // (once, from the constructor); false (with error_ set) when it could not.
  bool Open() {
    if (wb_ != nullptr) return true;
    if (opened_) return false;
    opened_ = true;
    temp_dir_ = std::make_unique<PrivateTempDir>("evalscore-xlsx");
    if (!temp_dir_->ok()) {
      error_ = "cannot create a temporary directory for the xlsx workbook: " + temp_dir_->error();
      return false;
    }
    names_ = std::make_unique<SpooledNames>(temp_dir_->path());
    if (!names_->ok()) {
      error_ =
          "cannot create a temporary file in " + temp_dir_->path() + ": " + std::strerror(errno);
      return false;
    }
    zip_ = std::make_unique<ZipStreamWriter>(path_, shown_path_);
    if (!zip_->ok()) {
      error_ = zip_->error();
      return false;
    }
    book_path_ = temp_dir_->path() + "/book.xlsx";
    return OpenBook();
  }

  // libxlsxwriter's workbook with the summary, dashboard and group sheets.
  bool OpenBook() {
    std::string tmpdir = temp_dir_->path();  // copied by the library
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = tmpdir.data();
    wb_ = workbook_new_opt(book_path_.c_str(), &options);
    if (!wb_) {
      error_ = "cannot create the xlsx workbook " + shown_path_;
      return false;
    }
    // Reproducible bytes: the workbook's creation time is SOURCE_DATE_EPOCH when
    // set, else a fixed date (2000-01-01), never the clock.
    lxw_doc_properties properties{};
    properties.created = CreationTime();
    workbook_set_properties(wb_, &properties);
    formats_ = std::make_unique<Formats>(MakeFormats(wb_));
    // The mark a directory scan looks for, so this report is never read back as a form.
    workbook_set_custom_property_string(wb_, "evalscore", EVALSCORE_VERSION);
    summaries_.push_back(AddSummary(1));
    // The dashboard and group sheets are small, written out of row order, and
    // the dashboard's charts read their data back: in memory.
    wb_->options.constant_memory = LXW_FALSE;
    dashboard_sheet_ = workbook_add_worksheet(wb_, kDashboardName);
    if (group_by_ != GroupBy::kNone) {
      const std::string name = std::string("分组 ") + GroupByName(group_by_);
      group_sheet_ =
          std::make_unique<Sheet>(workbook_add_worksheet(wb_, name.c_str()), &write_error_);
    }
    // The scatter's row per form: written in order, so kept in a file.
    wb_->options.constant_memory = LXW_TRUE;
    scatter_sheet_ = workbook_add_worksheet(wb_, kScatterName);
    wb_->options.constant_memory = LXW_FALSE;
    base_sheets_ = wb_->num_worksheets;  // the form sheets are numbered after these
    return true;
  }

  // A summary sheet with its header row; `part` > 1 names a continuation
  // (Excel allows 65,530 links per sheet: every kSummaryRows projects start one).
  Summary AddSummary(size_t part) {
    const std::string name =
        part == 1 ? std::string("汇总 summary") : "汇总 summary " + std::to_string(part);
    wb_->options.constant_memory = LXW_TRUE;  // its own temporary file, filled as reports come
    Sheet summary(workbook_add_worksheet(wb_, name.c_str()), &write_error_);
    wb_->options.constant_memory = LXW_FALSE;
    std::string sheet_part = WorksheetPart(wb_->num_worksheets);
    // The Chinese columns (--lang zh, --csv-headers zh) are the CSV's.
    const std::vector<std::string> zh = SummaryColumnsZh("");
    for (lxw_col_t c = 0; c <= kSummaryLast; ++c) {
      summary.Text(0, c, chinese_ ? zh[c] : kSummaryColumns[c], formats_->sum_head);
    }
    const double widths[] = {40, 8, 30, 6, 24, 24, 14};
    for (lxw_col_t c = 0; c < 7; ++c) {
      summary.Check(worksheet_set_column(summary.get(), c, c, widths[c], nullptr));
    }
    // Before any data row: in constant_memory mode rows already written are gone.
    summary.Check(worksheet_repeat_rows(summary.get(), 0, 0));
    return {summary, std::move(sheet_part), std::make_unique<InternalLinks>(temp_dir_->path())};
  }

  // Filters, frozen header, colours and print set-up of a summary sheet of `rows` rows.
  void FinishSummary(Sheet& summary, size_t rows, double low_execution) {
    const auto last = static_cast<lxw_row_t>(rows);
    summary.Check(worksheet_autofilter(summary.get(), 0, 0, last, kSummaryLast));
    worksheet_freeze_panes(summary.get(), 1, 0);
    SummaryColours(wb_, summary, last, low_execution);
    worksheet_set_landscape(summary.get());
    worksheet_set_paper(summary.get(), 9);  // A4
    worksheet_fit_to_pages(summary.get(), 1, 0);
  }

  // --group-by: the table per department, unit or year.
  void WriteGroupSheet(Sheet& sheet) {
    const auto cells = GroupTableCells(summary_->groups);
    for (size_t i = 0; i < cells.size(); ++i) {
      for (size_t c = 0; c < cells[i].size(); ++c) {
        const auto row = static_cast<lxw_row_t>(i);
        const auto col = static_cast<lxw_col_t>(c);
        const std::string& v = cells[i][c];
        const bool number = i > 0 && c != 0 && c != 4 && !v.empty() && v.back() != '%';
        if (number) {
          sheet.Num(row, col, std::stod(v), formats_->sum_score);
        } else {
          sheet.Text(row, col, v, i == 0 ? formats_->sum_head : nullptr);
        }
      }
    }
    sheet.Check(worksheet_set_column(sheet.get(), 0, 0, 30, nullptr));
    worksheet_freeze_panes(sheet.get(), 1, 0);
  }

  bool chinese_;
  GroupBy group_by_;
  const BatchSummary* summary_;  // the batch's --group-by tallies, among the rest
  DashboardBuilder dashboard_;
  size_t digits_;           // sheet numbers are zero-padded to the number of inputs
  std::string path_;        // written (may be /proc/self/fd/N)
  std::string shown_path_;  // named in messages: the user's -o
  std::string& error_;
  std::string write_error_;  // the first failed write
  std::unique_ptr<PrivateTempDir> temp_dir_;
  std::unique_ptr<SpooledNames> names_;   // the form sheets' names, in order
  std::unique_ptr<ZipStreamWriter> zip_;  // the output file
  std::string book_path_;                 // libxlsxwriter's workbook, in temp_dir_
  size_t base_sheets_ = 0;                // libxlsxwriter's sheets before the forms
  lxw_workbook* wb_ = nullptr;
  bool opened_ = false;
  std::unique_ptr<Formats> formats_;
  std::vector<Summary> summaries_;
  lxw_worksheet* dashboard_sheet_ = nullptr;
  lxw_worksheet* scatter_sheet_ = nullptr;
  std::unique_ptr<Sheet> group_sheet_;
  size_t added_ = 0;
};

}  // namespace

std::unique_ptr<Renderer> MakeXlsxRenderer(const RenderOptions& options, const std::string& path,
                                           std::string* error) {
  return std::make_unique<XlsxRenderer>(options, path, error);
}

}  // namespace evalscore::cli
