#include <xlsxwriter.h>

#include "cli/documents.h"

namespace evalscore::cli {
namespace {

class XlsxRenderer : public Renderer {
 public:
  XlsxRenderer(const RenderOptions& options, std::string path, std::string* error)
      : options_(options), path_(std::move(path)), error_(*error) {}
  void Add(const FileReport&) override {}
  void Finish() override {}

 private:
  RenderOptions options_;
  std::string path_;
  std::string& error_;
};

}  // namespace

std::unique_ptr<Renderer> MakeXlsxRenderer(const RenderOptions& options, const std::string& path,
                                           std::string* error) {
  return std::make_unique<XlsxRenderer>(options, path, error);
}

}  // namespace evalscore::cli
