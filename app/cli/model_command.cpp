// `spact model import SRC -o DST.spact` and `spact model export SRC -o DST`: weights between
// PyTorch (torch.save, safetensors, TorchScript) and SPAct Studio's `.spact` checkpoints.
// `spact model forward` runs one network of a model file on a tensor file.
#include <iostream>

#include "commands.h"
#include "nn/io/model_files.h"
#include "nn/io/model_forward.h"

namespace spact::cli {
namespace {

int report(const Result<config::Json>& result, const Globals& globals, const std::string& verb) {
  if (!result) {
    printError(result.error().message);
    return exitCodeFor(result.error());
  }
  if (globals.json) {
    std::cout << result->dump(2) << '\n';
  } else {
    std::cout << verb << ' ' << (*result)["path"].get<std::string>() << ':';
    for (const auto& net : (*result)["networks"]) std::cout << ' ' << net["role"].get<std::string>();
    std::cout << '\n';
  }
  return 0;
}

}  // namespace

CLI::App* modelGroup(CLI::App& app) {
  for (auto* sub : app.get_subcommands([](CLI::App* s) { return s->get_name() == "model"; })) return sub;
  auto* model = app.add_subcommand("model", "Import, export and run model weights");
  model->require_subcommand(1);
  return model;
}

Command addModelImportCommand(CLI::App& app, const Globals& globals) {
  auto* cmd = modelGroup(app)->add_subcommand(
      "import", "Read a torch.save checkpoint, safetensors file or TorchScript model into a .spact checkpoint");
  auto source = std::make_shared<std::string>();
  auto destination = std::make_shared<std::string>();
  cmd->add_option("SRC", *source, "The file to import")->required();
  cmd->add_option("-o,--output", *destination, "The .spact checkpoint to write")->required();
  return {cmd, [&globals, source, destination] {
            return report(nn::io::importModelFile(*source, *destination), globals, "Wrote");
          }};
}

Command addModelExportCommand(CLI::App& app, const Globals& globals) {
  auto* cmd = modelGroup(app)->add_subcommand(
      "export", "Write a model's weights as safetensors or as a .pth in the official SPAct layout");
  auto source = std::make_shared<std::string>();
  auto destination = std::make_shared<std::string>();
  auto network = std::make_shared<std::string>();
  cmd->add_option("SRC", *source, "The model file to export (.spact, or any importable file)")->required();
  cmd->add_option("-o,--output", *destination, "The file to write: .safetensors, .pth (.pt, .ckpt) or .spact")
      ->required();
  cmd->add_option("--net", *network, "Export only this network")
      ->check(CLI::IsMember({"anonymizer", "action", "privacy", "attributes"}));
  return {cmd, [&globals, source, destination, network] {
            return report(nn::io::exportModelFile(*source, *destination, *network), globals, "Wrote");
          }};
}

Command addModelForwardCommand(CLI::App& app, const Globals& globals) {
  auto* cmd = modelGroup(app)->add_subcommand(
      "forward", "Run one network of a model file in eval mode on a tensor file (to check an import against PyTorch)");
  auto weights = std::make_shared<std::string>();
  auto network = std::make_shared<std::string>();
  auto input = std::make_shared<std::string>();
  auto output = std::make_shared<std::string>();
  cmd->add_option("--weights", *weights, "The model file (.spact, or any importable file)")->required();
  cmd->add_option("--net", *network, "The network to run")
      ->required()
      ->check(CLI::IsMember({"anonymizer", "action", "privacy", "attributes"}));
  cmd->add_option("--input", *input, "A safetensors file with one tensor, or one named \"input\"")->required();
  cmd->add_option("--output", *output, "The safetensors file to write, holding \"output\"")->required();
  return {cmd, [&globals, weights, network, input, output] {
            auto result = nn::io::forwardModelFile(*weights, *network, *input, *output);
            if (!result) {
              printError(result.error().message);
              return exitCodeFor(result.error());
            }
            if (globals.json)
              std::cout << result->dump(2) << '\n';
            else
              std::cout << "Wrote " << *output << ": " << *network << " output " << (*result)["output"].dump() << '\n';
            return 0;
          }};
}

}  // namespace spact::cli
