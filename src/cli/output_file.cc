#include "cli/output_file.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <unistd.h>

namespace evalscore::cli {
namespace fs = std::filesystem;
namespace {

// The temporary file of the one OutputFile a run has, for the signal handler:
// an interrupted run removes it and dies of the same signal, leaving the
// target untouched.
char g_temp_path[4096];

extern "C" void RemoveTempAndDie(int sig) {
  if (g_temp_path[0] != '\0') ::unlink(g_temp_path);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void GuardTemp(const std::string& temp) {
  if (temp.size() >= sizeof g_temp_path) return;
  std::memcpy(g_temp_path, temp.c_str(), temp.size() + 1);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) std::signal(sig, RemoveTempAndDie);
}

void UnguardTemp() {
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) std::signal(sig, SIG_DFL);
  g_temp_path[0] = '\0';
}

}  // namespace

OutputFile::~OutputFile() {
  if (!temp_.empty() && !committed_) {
    out_.close();
    std::remove(temp_.c_str());
    UnguardTemp();
  }
}

Result<bool> OutputFile::Open(const std::string& path, bool open_stream) {
  path_ = path;
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  const bool special = !ec && fs::exists(st) && !fs::is_regular_file(st);
  if (!ec && fs::is_directory(st)) return Errors{{path + ": is a directory", {}}};
  if (!special) {
    temp_ = path + ".tmp." + std::to_string(::getpid());
    GuardTemp(temp_);
  }
  if (!open_stream) return true;
  if (special) {
    out_.open(path, std::ios::binary | std::ios::app);
  } else {
    out_.open(temp_, std::ios::binary | std::ios::trunc);
  }
  if (!out_) {
    return Errors{
        {"cannot write " + path + ": " + std::strerror(errno), {}}};  // the name the user gave
  }
  return true;
}

Result<bool> OutputFile::Commit() {
  if (out_.is_open()) {
    out_.flush();
    if (!out_) return Errors{{"writing " + path_ + " failed", {}}};
    out_.close();
  }
  if (!temp_.empty()) {
    if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
      return Errors{{"cannot write " + path_ + ": " + std::strerror(errno), {}}};
    }
    UnguardTemp();
  }
  committed_ = true;
  return true;
}

}  // namespace evalscore::cli
