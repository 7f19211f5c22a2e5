#pragma once
// Each `spact` subcommand registers itself on the CLI11 app and returns what runs it once the
// whole command line is parsed (so global flags such as --verbose are in force). The function
// returns the exit status (DESIGN.md: 0 ok, 1 failure, 2 usage, 130 cancelled).
#include <CLI/CLI.hpp>
#include <functional>

namespace spact::cli {

struct Globals {
  bool json = false;
  bool verbose = false;
};

struct Command {
  CLI::App* subcommand;
  std::function<int()> run;
};

Command addInfoCommand(CLI::App& app, const Globals& globals);

// Writes "spact: <sentence>" to stderr.
void printError(const std::string& message);

}  // namespace spact::cli
