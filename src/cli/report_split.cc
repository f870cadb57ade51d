// `evalscore report --split DIR`: one draft 自评工作报告 per form, each in its
// own file DIR/NNN-<file stem>.md (NNN: the form's position in the batch), in
// a directory that is new or empty, so nothing is ever overwritten.
#include <filesystem>
#include <sstream>
#include <system_error>

#include "cli/documents.h"
#include "cli/output_file.h"
#include "cli/review.h"

namespace evalscore::cli {
namespace {

namespace fs = std::filesystem;

// "007-01-seed-chengde-2021.md"; standard input is "stdin".
std::string DraftName(size_t number, const std::string& path) {
  std::string stem = path == "-" ? "stdin" : fs::path(path).stem().string();
  for (char& c : stem) {
    if (c == '/' || c == '\\' || c == ':' || static_cast<unsigned char>(c) < 0x20) c = '_';
  }
  std::string n = std::to_string(number);
  if (n.size() < 3) n.insert(0, 3 - n.size(), '0');
  return n + "-" + (stem.empty() ? "form" : stem) + ".md";
}

class SplitDraftRenderer : public Renderer {
 public:
  SplitDraftRenderer(std::string dir, std::unique_ptr<Renderer> next, std::string* error,
                     size_t* written)
      : dir_(std::move(dir)), next_(std::move(next)), error_(*error), written_(*written) {}

  void Add(const FileReport& report) override {
    ++number_;
    if (next_) next_->Add(report);
    const fs::path target = fs::path(dir_) / DraftName(number_, report.path);
    std::error_code ec;
    if (fs::exists(fs::symlink_status(target, ec))) {
      Fail(target.string() + " exists; --split never overwrites a file");
      return;
    }
    OutputFile file;
    if (auto opened = file.Open(target.string()); !opened) {
      Fail(RenderMessage(opened.error().front().message, Lang::kEn));
      return;
    }
    WriteReportDraft(report, file.stream());
    if (auto committed = file.Commit(); !committed) {
      Fail(RenderMessage(committed.error().front().message, Lang::kEn));
      return;
    }
    ++written_;
  }

  void Finish() override {
    if (next_) next_->Finish();
  }

 private:
  void Fail(const std::string& why) {
    if (error_.empty()) error_ = why;
  }

  std::string dir_;
  std::unique_ptr<Renderer> next_;
  std::string& error_;
  size_t& written_;
  size_t number_ = 0;
};

}  // namespace

Result<bool> PrepareSplitDir(const std::string& dir) {
  std::error_code ec;
  const fs::file_status status = fs::status(dir, ec);
  if (fs::exists(status)) {
    if (!fs::is_directory(status)) {
      return Errors{{{"io.split_not_directory", {TextArg("path", dir)}}, {}}};
    }
    if (!fs::is_empty(dir, ec) || ec) {
      return Errors{{{"io.split_not_empty", {TextArg("path", dir)}}, {}}};
    }
    return true;
  }
  if (!fs::create_directories(dir, ec) || ec) {
    return Errors{
        {{"io.split_cannot_create", {TextArg("path", dir), TextArg("detail", ec.message())}}, {}}};
  }
  return true;
}

std::unique_ptr<Renderer> MakeSplitDraftRenderer(const std::string& dir,
                                                 std::unique_ptr<Renderer> next, std::string* error,
                                                 size_t* written) {
  return std::make_unique<SplitDraftRenderer>(dir, std::move(next), error, written);
}

}  // namespace evalscore::cli
