#pragma once
// Each `spact` subcommand registers itself on the CLI11 app and returns what runs it once the
// whole command line is parsed (so global flags such as --verbose are in force). The function
// returns the exit status (DESIGN.md: 0 ok, 1 failure, 2 usage, 130 cancelled).
#include <CLI/CLI.hpp>
#include <functional>

#include "util/config.h"

namespace spact::cli {

struct Globals {
  bool json = false;
  bool verbose = false;
  int threads = 0;  // intra-op threads; 0: one per core the process may run on
};

struct Command {
  CLI::App* subcommand;
  std::function<int()> run;
};

Command addInfoCommand(CLI::App& app, const Globals& globals);
Command addAnonymizeCommand(CLI::App& app, const Globals& globals);       // media builds only
Command addBenchAnonymizeCommand(CLI::App& app, const Globals& globals);  // media builds only
Command addSynthCommand(CLI::App& app, const Globals& globals);           // media builds only
Command addModelImportCommand(CLI::App& app, const Globals& globals);
Command addModelExportCommand(CLI::App& app, const Globals& globals);
Command addModelForwardCommand(CLI::App& app, const Globals& globals);
Command addTrainCommand(CLI::App& app, const Globals& globals);
Command addEvaluateCommand(CLI::App& app, const Globals& globals);
Command addScoreCommand(CLI::App& app, const Globals& globals);  // media builds only

Command addBenchTrainCommand(CLI::App& app, const Globals& globals);

// The `spact model` group, created on first use: each `model` subcommand adds itself to it.
CLI::App* modelGroup(CLI::App& app);
// The `spact bench` group, likewise.
CLI::App* benchGroup(CLI::App& app);

// The text `spact info` prints for a model (the JSON of nn::io::describeModelFile).
std::string describeModel(const config::Json& model);

// Writes "spact: <sentence>" to stderr.
void printError(const std::string& message);

}  // namespace spact::cli
